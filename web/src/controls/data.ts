// The data: which dataset (as thumbnails of its points; the many-class ones in a second row), the
// train/test ratio, noise, batch size, Regenerate.
import type { Locks } from '../app/locks';
import type { Part, PartContext } from '../app/part';
import { labelColour } from '../classColours';
import { colourScheme, type ColourScheme } from '../colours';
import {
  CLASSIFICATION_DATASETS,
  LIMITS,
  MULTI_CLASS_DATASETS,
  REGRESSION_DATASETS,
  type ClassificationDataset,
  type PlaygroundState,
  type RegressionDataset,
} from '../state';
import { drawPoints } from '../points';
import { CurveField } from './curve';
import { applyLock, button, element, Slider, uniqueId } from '../widgets';

type Dataset = ClassificationDataset | RegressionDataset;

export const DATASET_LABELS: Record<Dataset, string> = {
  circle: 'Circle',
  xor: 'Exclusive or',
  gauss: 'Gaussian',
  spiral: 'Spiral',
  spirals: 'Spirals',
  blobs: 'Blobs',
  function: 'Function',
  plane: 'Plane',
  multigauss: 'Multi-Gaussian',
};
/** Every dataset a thumbnail shows, in the order shown: the Playground's first. */
export const DATASETS: readonly Dataset[] = ['circle', 'xor', 'gauss', 'spiral', ...MULTI_CLASS_DATASETS, 'function', ...REGRESSION_DATASETS];
const isMultiClass = (dataset: string): boolean => (MULTI_CLASS_DATASETS as readonly string[]).includes(dataset);

const THUMBNAIL_SIZE = 48;

interface Thumbnail {
  input: HTMLInputElement;
  canvas: HTMLCanvasElement;
  box: HTMLElement;
}

/** Asks the worker for every dataset's example points, and draws them as thumbnails when they come. */
export class DataControls implements Part {
  private readonly thumbnails = new Map<Dataset, Thumbnail>();
  private readonly datasets: HTMLFieldSetElement;
  private readonly ratio: Slider;
  private readonly noise: Slider;
  private readonly batchSize: Slider;
  private readonly curve: CurveField;
  private readonly actions: HTMLElement;
  /** Under the dataset picker, for the controls of the data's size (controls/classes.ts). */
  readonly extras = element('div', 'nnplay-data-extras');
  /** Each dataset's example points; the many-class ones of `sampledClasses` classes. */
  private readonly samples = new Map<string, Float32Array>();
  private sampledClasses = 0;
  private readonly stopListening: () => void;

  constructor(
    parent: HTMLElement,
    private readonly context: PartContext,
  ) {
    const { settings, training, engine } = context;
    const change = (patch: Partial<PlaygroundState>): void => void settings.update(patch);
    const fieldset = element('fieldset', 'nnplay-datasets');
    this.datasets = fieldset;
    fieldset.append(element('legend', 'nnplay-label', 'Dataset'));
    const group = uniqueId('dataset');
    for (const dataset of DATASETS) {
      const box = element('label', 'nnplay-dataset');
      const input = element('input', 'nnplay-dataset-input');
      input.type = 'radio';
      input.name = group;
      input.value = dataset;
      input.addEventListener('change', () => {
        if (!input.checked) return;
        // A dataset chosen replaces the learner's own data.
        change((CLASSIFICATION_DATASETS as readonly string[]).includes(dataset)
          ? { dataset: dataset as ClassificationDataset, customData: '' }
          : { regDataset: dataset as RegressionDataset, customData: '' });
      });
      const canvas = element('canvas', 'nnplay-dataset-thumbnail');
      canvas.width = canvas.height = Math.round(THUMBNAIL_SIZE * window.devicePixelRatio);
      box.append(input, canvas, element('span', 'nnplay-dataset-name', DATASET_LABELS[dataset]));
      if (dataset === MULTI_CLASS_DATASETS[0]) box.classList.add('nnplay-dataset-row');
      fieldset.append(box);
      this.thumbnails.set(dataset, { input, canvas, box });
    }
    parent.append(fieldset, this.extras);
    this.curve = new CurveField(parent, (curve) => change({ curve }));

    // The Playground's steps: 10% of the data, 5 of noise, 1 example.
    this.ratio = new Slider(parent, 'percTrainData', 'Ratio of training to test data', LIMITS.percTrainData, 10,
      (value) => `${value}%`, (percTrainData) => change({ percTrainData }));
    this.noise = new Slider(parent, 'noise', 'Noise', LIMITS.noise, 5, String, (noise) => change({ noise }));
    this.batchSize = new Slider(parent, 'batchSize', 'Batch size', LIMITS.batchSize, 1, String,
      (batchSize) => change({ batchSize }));
    this.actions = element('div', 'nnplay-field');
    button(this.actions, 'Regenerate', () => training.regenerate());
    parent.append(this.actions);

    this.stopListening = engine.on('samples', ({ samples }) => {
      for (const { dataset, points } of samples) this.samples.set(dataset, points);
      this.drawSamples(settings.get());
    });
    engine.send({ type: 'samples', datasets: DATASETS.filter((dataset) => !isMultiClass(dataset)) });
  }

  show(state: Readonly<PlaygroundState>, locks: Locks): void {
    const classification = state.problem === 'classification';
    const chosen = classification ? state.dataset : state.regDataset;
    for (const [dataset, { input, box }] of this.thumbnails) {
      box.hidden = (CLASSIFICATION_DATASETS as readonly string[]).includes(dataset) !== classification;
      input.checked = dataset === chosen && !state.customData;
    }
    this.ratio.set(state.percTrainData);
    this.noise.set(state.noise);
    this.batchSize.set(state.batchSize);
    this.curve.show(state, locks);
    applyLock(this.datasets, 'dataset', locks);
    for (const slider of [this.ratio, this.noise, this.batchSize]) slider.lock(locks);
    applyLock(this.actions, 'regenerate', locks);
    // Own data is not drawn from a seed: there is nothing to regenerate.
    if (state.customData) for (const control of this.actions.querySelectorAll('button')) control.disabled = true;
    if (state.numClasses !== this.sampledClasses) {
      this.sampledClasses = state.numClasses;
      for (const dataset of MULTI_CLASS_DATASETS) this.samples.delete(dataset);
      this.context.engine.send({ type: 'samples', datasets: [...MULTI_CLASS_DATASETS], classes: state.numClasses });
    }
    this.drawSamples(state);
  }

  destroy(): void {
    this.stopListening();
  }

  /** Draws each dataset's example points (x, y, label triples) in its thumbnail. */
  private drawSamples(state: Readonly<PlaygroundState>): void {
    const scheme: ColourScheme = colourScheme(state.colours);
    for (const [dataset, points] of this.samples) {
      const canvas = this.thumbnails.get(dataset as Dataset)?.canvas;
      const ctx = canvas?.getContext('2d');
      if (!canvas || !ctx) continue;
      const radius = Math.max(1, canvas.width / 40);
      ctx.fillStyle = '#fff';
      ctx.fillRect(0, 0, canvas.width, canvas.height);
      drawPoints(ctx, points, labelColour(scheme, isMultiClass(dataset) ? this.sampledClasses : 2), radius, false);
    }
  }
}
