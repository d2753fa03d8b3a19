// Train and test loss over epochs. Before there are two epochs to join, a note takes the place of
// the plot (one loss alone would give an axis with a single tick and no line). While the timeline
// shows an earlier epoch, a vertical line marks it.
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { Part } from './app/part';
import { LossSeries, TEST_STROKE, TRAINING_DASH, TRAINING_STROKE } from './lossSeries';
import type { Frame } from './protocol';
import { Throttle } from './throttle';
import { element } from './widgets';

const HEIGHT = 140;
const MIN_WIDTH = 200;
const FONT = '12px sans-serif';
/** Whole epochs between the x axis's ticks. */
const EPOCH_STEPS = Array.from({ length: 24 }, (_, i) => [1, 2, 5][i % 3]! * 10 ** Math.floor(i / 3));
/** The chart is redrawn at most this often: a line that grows by a pixel needs no 60 frames a second. */
const CHART_MS = 100;
/** The line at the epoch the timeline shows: the page's accent (style.css's --nnplay-accent). */
const SHOWN_STROKE = '#0877bd';

export class LossChart implements Part {
  /** The losses plotted; null where a loss is not finite: uPlot leaves a gap. */
  readonly series = new LossSeries();
  private readonly plot: uPlot;
  private readonly resizing: ResizeObserver;
  private readonly drawing = new Throttle(CHART_MS, () => this.drawNow());
  /** The epoch the timeline shows, null for the network now. */
  private shown: number | null = null;

  constructor(private readonly parent: HTMLElement) {
    this.plot = new uPlot(
      {
        // Sized by the observer below, after the page's first layout: reading the width now would
        // lay out the page while it is being built.
        width: MIN_WIDTH,
        height: HEIGHT,
        cursor: { show: false },
        // Markers drawn as short lines in each series' style (style.css), not empty squares.
        legend: {
          show: true,
          live: false,
          markers: { width: 2, dash: (_u, i) => (i === 1 ? 'dashed' : 'solid'), fill: () => 'transparent' },
        },
        // The y axis spans the losses, the first one too, with some room above and below.
        scales: {
          x: { time: false },
          y: { range: (_u, min, max) => (min === null || max === null ? [0, 1] : uPlot.rangeNum(min, max, 0.1, true)) },
        },
        // Short font lists: the canvas parses the font each time an axis is drawn.
        axes: [
          { label: 'Epoch', size: 36, labelSize: 16, font: FONT, labelFont: `bold ${FONT}`, incrs: EPOCH_STEPS },
          { size: 52, font: FONT },
        ],
        series: [
          {},
          // Neutral greys, clear under every colour scheme, told apart by their dashes and shades.
          { label: 'Training loss', stroke: TRAINING_STROKE, width: 2, dash: [...TRAINING_DASH], points: { show: false } },
          { label: 'Test loss', stroke: TEST_STROKE, width: 2, points: { show: false } },
        ],
        hooks: { draw: [(plot) => this.markShown(plot)] },
      },
      [[], [], []],
      parent,
    );
    this.plot.root.setAttribute('role', 'img');
    this.plot.root.setAttribute('aria-label', 'Loss chart: training and test loss over epochs');
    this.plot.over.append(element('p', 'nnplay-chart-note', 'The training and test loss are drawn here from the first epoch on.'));
    this.showWaiting();
    this.resizing = new ResizeObserver(() =>
      this.plot.setSize({ width: Math.max(MIN_WIDTH, this.parent.clientWidth), height: HEIGHT }),
    );
    this.resizing.observe(parent);
  }

  /** Adds every frame's losses, drawn or not. */
  receive(frame: Frame): void {
    this.series.append(frame.history);
  }

  /** Shows the losses added and the epoch the frame shows; at most every CHART_MS, the last call always shown. */
  draw(frame: Frame): void {
    this.shown = frame.timeline.shown;
    this.drawing.request();
  }

  destroy(): void {
    this.drawing.cancel();
    this.resizing.disconnect();
    this.plot.destroy();
  }

  private drawNow(): void {
    const { epochs, train, test } = this.series;
    this.plot.setData([epochs, train, test]);
    this.showWaiting();
  }

  private markShown(plot: uPlot): void {
    if (this.shown === null) return;
    const x = plot.valToPos(this.shown, 'x', true);
    const { ctx, bbox } = plot;
    ctx.save();
    ctx.strokeStyle = SHOWN_STROKE;
    ctx.lineWidth = 2 * devicePixelRatio;
    ctx.beginPath();
    ctx.moveTo(x, bbox.top);
    ctx.lineTo(x, bbox.top + bbox.height);
    ctx.stroke();
    ctx.restore();
  }

  private showWaiting(): void {
    this.parent.classList.toggle('nnplay-chart-waiting', this.series.epochs.length < 2);
  }
}
