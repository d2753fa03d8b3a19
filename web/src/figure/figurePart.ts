// "Download figure" in the output options: the network, the decision boundary and the loss curve as
// one SVG, or as a PNG at print resolution, made from the frame the page shows (the newest one
// whose output view showed the output, not a neuron), its data points and the loss chart's series.
// The key `downloadFigure` hides or locks it.
import type { Locks } from '../app/locks';
import type { Part, PartContext } from '../app/part';
import { colourScheme } from '../colours';
import { gridExtent } from '../engineFacts';
import { heatmapRgb } from '../heatmap';
import type { LossSeries } from '../lossSeries';
import type { ErrorMessage } from '../parts/messages';
import type { Frame, Resolutions } from '../protocol';
import type { PlaygroundState } from '../state';
import { applyLock, button, element, uniqueId } from '../widgets';
import { type Figure, figureSvg } from './figure';
import { gridImage, svgToPng } from './raster';
import { saveFile } from './saveFile';
import './figure.css';

/** The PNG's pixels per CSS pixel: 4 × 96 = 384 pixels to the inch at the SVG's size, above print's 300. */
const PNG_SCALE = 4;

const sign = (value: number): number => (value >= 0 ? 1 : -1);

export class FigurePart implements Part {
  private readonly box = element('div', 'nnplay-figure');
  private readonly buttons: HTMLButtonElement[];
  private frame: Frame | undefined;
  private train: Float32Array = new Float32Array();
  private test: Float32Array = new Float32Array();
  private locked = false;
  private readonly stopListening: () => void;

  constructor(
    parent: HTMLElement,
    private readonly context: PartContext,
    private readonly errors: ErrorMessage,
    private readonly losses: LossSeries,
    private readonly resolutions: Resolutions,
  ) {
    const label = element('span', 'nnplay-label', 'Download figure');
    label.id = uniqueId('figure');
    this.box.setAttribute('role', 'group');
    this.box.setAttribute('aria-labelledby', label.id);
    this.box.append(label);
    this.buttons = [
      button(this.box, 'SVG', () => void this.download('svg')),
      button(this.box, 'PNG', () => void this.download('png')),
    ];
    parent.append(this.box);
    this.stopListening = context.engine.onPoints(({ train, test }) => {
      this.train = train;
      this.test = test;
    });
    this.enable();
  }

  show(_state: Readonly<PlaygroundState>, locks: Locks): void {
    applyLock(this.box, 'downloadFigure', locks);
    this.locked = locks.locked.has('downloadFigure');
    this.enable();
  }

  draw(frame: Frame): void {
    if (frame.inspected !== null) return;
    this.frame = frame;
    this.enable();
  }

  destroy(): void {
    this.stopListening();
  }

  /** Nothing to draw before the first frame. */
  private enable(): void {
    for (const control of this.buttons) control.disabled = this.locked || !this.frame;
  }

  private async download(format: 'svg' | 'png'): Promise<void> {
    const { frame } = this;
    if (!frame) return;
    const state = this.context.settings.get();
    const figure = this.figure(frame, state);
    const dataset = state.problem === 'classification' ? state.dataset : state.regDataset;
    const name = `nnplay-${dataset}-${frame.stats.epoch}-epochs.${format}`;
    try {
      if (format === 'svg') saveFile(new Blob([figure.svg], { type: 'image/svg+xml' }), name);
      else saveFile(await svgToPng(figure.svg, figure.width, figure.height, PNG_SCALE), name);
    } catch (error) {
      this.errors.tell(`The figure could not be made: ${(error as Error).message}`);
    }
  }

  private figure(frame: Frame, state: Readonly<PlaygroundState>): Figure {
    const scheme = colourScheme(state.colours);
    const shown = (value: number): number => (state.discretize ? sign(value) : value);
    const { output, neuron } = this.resolutions;
    const cells = neuron * neuron;
    const thumbnails = Array.from({ length: frame.neuronGrids.length / cells }, (_, i) =>
      gridImage(frame.neuronGrids, i * cells, neuron, (value) => scheme.rgb(shown(value))),
    );
    return figureSvg({
      network: frame.network,
      thumbnails,
      scheme,
      heatmap: gridImage(frame.grid, 0, output, (value) => heatmapRgb(scheme, shown(value))),
      train: this.train,
      test: this.test,
      showTestData: state.showTestData,
      extent: gridExtent(),
      losses: this.losses.upTo(frame.stats.epoch),
      state,
      stats: frame.stats,
    });
  }
}
