// The data: which dataset (as thumbnails of its points), the train/test ratio, noise, batch size, Regenerate.
import type { Locks } from '../app/locks';
import type { Part, PartContext } from '../app/part';
import { colourScheme, type ColourScheme } from '../colours';
import {
  CLASSIFICATION_DATASETS,
  LIMITS,
  REGRESSION_DATASETS,
  type ClassificationDataset,
  type PlaygroundState,
  type RegressionDataset,
} from '../state';
import { drawPoints } from '../points';
import { applyLock, button, element, Slider, uniqueId } from '../widgets';

type Dataset = ClassificationDataset | RegressionDataset;

export const DATASET_LABELS: Record<Dataset, string> = {
  circle: 'Circle',
  xor: 'Exclusive or',
  gauss: 'Gaussian',
  spiral: 'Spiral',
  spirals: 'Spirals',
  blobs: 'Blobs',
  plane: 'Plane',
  multigauss: 'Multi-Gaussian',
};
/** Every dataset a thumbnail shows, in the order shown. */
export const DATASETS: readonly Dataset[] = ['circle', 'xor', 'gauss', 'spiral', ...REGRESSION_DATASETS];

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
  private readonly actions: HTMLElement;
  private samples: readonly { dataset: string; points: Float32Array }[] = [];
  private readonly stopListening: () => void;

  constructor(parent: HTMLElement, { settings, training, engine }: PartContext) {
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
      fieldset.append(box);
      this.thumbnails.set(dataset, { input, canvas, box });
    }
    parent.append(fieldset);

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
      this.samples = samples;
      this.drawSamples(colourScheme(settings.get().colours));
    });
    engine.send({ type: 'samples', datasets: [...DATASETS] });
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
    applyLock(this.datasets, 'dataset', locks);
    for (const slider of [this.ratio, this.noise, this.batchSize]) slider.lock(locks);
    applyLock(this.actions, 'regenerate', locks);
    // Own data is not drawn from a seed: there is nothing to regenerate.
    if (state.customData) for (const control of this.actions.querySelectorAll('button')) control.disabled = true;
    this.drawSamples(colourScheme(state.colours));
  }

  destroy(): void {
    this.stopListening();
  }

  /** Draws each dataset's example points (x, y, label triples) in its thumbnail. */
  private drawSamples(scheme: ColourScheme): void {
    for (const { dataset, points } of this.samples) {
      const canvas = this.thumbnails.get(dataset as Dataset)?.canvas;
      const ctx = canvas?.getContext('2d');
      if (!canvas || !ctx) continue;
      const radius = Math.max(1, canvas.width / 40);
      ctx.fillStyle = '#fff';
      ctx.fillRect(0, 0, canvas.width, canvas.height);
      drawPoints(ctx, points, scheme, radius, false);
    }
  }
}
