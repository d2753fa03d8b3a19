// Training and test loss over the epochs as SVG: a polyline each (broken where a loss is not
// finite), the y axis from 0, "nice" ticks (steps of 1, 2 or 5 times a power of ten), and a legend
// under the axis drawn as the page's chart draws the series. Pure.
import { type Losses, TEST_STROKE, TRAINING_DASH, TRAINING_STROKE } from '../lossSeries';
import { num, type Panel, tag, text } from './svgMarkup';
import { INK, LABEL_SIZE, MUTED, RULE, TICK_SIZE } from './theme';

const LOSS_PLOT = { width: 300, height: 280 };
/** Room left of the plot for the y axis's labels. */
const LEFT = 44;
const TICK = 4;
const TARGET_TICKS = 5;
const DASH = TRAINING_DASH.join(' ');

/**
 * A step of 1, 2 or 5 times a power of ten that cuts [min, max] into about `count` parts, at least
 * `smallest`, and the multiples of it in [min, max].
 */
export function niceTicks(min: number, max: number, count = TARGET_TICKS, smallest = 0): { step: number; values: number[] } {
  const raw = Math.max((max - min) / count, smallest, Number.MIN_VALUE);
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw * (1 - 1e-9))!;
  const values: number[] = [];
  // Rounded to the step's decimals (0.6, not 0.6000000000000001); + 0 turns −0 into 0.
  for (let i = Math.ceil(min / step - 1e-9); i * step <= max + step * 1e-9; i++) values.push(Number((i * step).toFixed(decimals(step))) + 0);
  return { step, values };
}

/** The decimals a multiple of `step` needs: 0 for 100, 1 for 0.2, 2 for 0.05. */
const decimals = (step: number): number => Math.max(0, -Math.floor(Math.log10(step) + 1e-9));

/** A tick's label with as many decimals as its step needs: "0.2", "1,000". */
function tickLabel(value: number, step: number): string {
  return value.toLocaleString('en', { minimumFractionDigits: decimals(step), maximumFractionDigits: decimals(step) });
}

/** A loss tick's label; from steps of 10 000 on in powers of ten (a diverging loss), so it fits left of the plot. */
function lossLabel(value: number, step: number): string {
  if (step < 1e4) return tickLabel(value, step);
  return value === 0 ? '0' : value.toExponential(1);
}

/** The points of `losses` as polyline runs, each unbroken by a missing loss. */
function runs(epochs: readonly number[], losses: readonly (number | null)[], x: (e: number) => number, y: (l: number) => number): string[] {
  const out: string[] = [];
  let run: string[] = [];
  epochs.forEach((epoch, i) => {
    const loss = losses[i];
    if (loss === null || loss === undefined) {
      if (run.length) out.push(run.join(' '));
      run = [];
    } else run.push(`${num(x(epoch))},${num(y(loss))}`);
  });
  if (run.length) out.push(run.join(' '));
  return out;
}

export function lossPanel(series: Losses): Panel {
  const { width, height } = LOSS_PLOT;
  const { epochs } = series;
  const first = epochs[0] ?? 0;
  const last = epochs[epochs.length - 1] ?? 0;
  const losses = [...series.train, ...series.test].filter((loss): loss is number => loss !== null);
  const frame = tag('rect', { x: LEFT, y: 0, width, height, fill: 'none', stroke: RULE });
  const panelHeight = height + 66;
  if (epochs.length < 2 || losses.length === 0) {
    const note = text('The loss is drawn once there are two epochs.', { x: LEFT + width / 2, y: height / 2, 'text-anchor': 'middle', 'font-size': LABEL_SIZE, fill: MUTED });
    return { markup: tag('g', { class: 'loss' }, frame, note), width: LEFT + width + 12, height: panelHeight };
  }

  // From 0 to the first tick at or above the highest loss (1 when every loss is 0).
  const highest = Math.max(...losses) || 1;
  const { step } = niceTicks(0, highest);
  const top = Math.ceil(highest / step - 1e-9) * step;
  const yTicks = niceTicks(0, top);
  const xTicks = niceTicks(first, last, TARGET_TICKS, 1);
  const x = (epoch: number): number => LEFT + ((epoch - first) / (last - first)) * width;
  const y = (loss: number): number => height - (loss / top) * height;

  const yAxis = yTicks.values.flatMap((value) => [
    tag('line', { x1: LEFT - TICK, x2: LEFT, y1: y(value), y2: y(value), stroke: RULE }),
    text(lossLabel(value, yTicks.step), { x: LEFT - TICK - 3, y: y(value), dy: '0.35em', 'text-anchor': 'end', 'font-size': TICK_SIZE, fill: MUTED }),
  ]);
  const xAxis = xTicks.values.flatMap((value) => [
    tag('line', { x1: x(value), x2: x(value), y1: height, y2: height + TICK, stroke: RULE }),
    text(tickLabel(value, xTicks.step), { x: x(value), y: height + TICK + 13, 'text-anchor': 'middle', 'font-size': TICK_SIZE, fill: MUTED }),
  ]);
  const line = (className: string, losses: readonly (number | null)[], stroke: string, dash?: string): string[] =>
    runs(epochs, losses, x, y).map((points) =>
      tag('polyline', { class: className, points, fill: 'none', stroke, 'stroke-width': 2, 'stroke-dasharray': dash, 'stroke-linejoin': 'round' }),
    );
  const key = (label: string, at: number, stroke: string, dash?: string): string =>
    tag('line', { x1: at, x2: at + 24, y1: height + 54, y2: height + 54, stroke, 'stroke-width': 2, 'stroke-dasharray': dash }) +
    text(label, { x: at + 30, y: height + 54, dy: '0.35em', 'font-size': TICK_SIZE, fill: INK });

  const markup = [
    ...yAxis,
    ...xAxis,
    text('Epoch', { x: LEFT + width / 2, y: height + 36, 'text-anchor': 'middle', 'font-size': LABEL_SIZE, fill: INK }),
    ...line('train', series.train, TRAINING_STROKE, DASH),
    ...line('test', series.test, TEST_STROKE),
    frame,
    key('Training loss', LEFT, TRAINING_STROKE, DASH),
    key('Test loss', LEFT + 130, TEST_STROKE),
  ].join('');
  return { markup: tag('g', { class: 'loss' }, markup), width: LEFT + width + 12, height: panelHeight };
}
