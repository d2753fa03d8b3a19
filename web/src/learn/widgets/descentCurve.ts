// The loss curve L(w) of a one-weight model as an SVG: the curve the engine computed, a ball at the
// current w and the steps it took, each drawn from where it left the curve to where it landed.
import type { Interval } from './descentOptions';
import type { PathPoint } from './descentPath';
import { setAttributes as set, svg } from '../../svg';
import { scale } from './descentSvg';
import { formatNumber } from './descentText';

const WIDTH = 480;
const HEIGHT = 280;
const LEFT = 56;
const RIGHT = WIDTH - 12;
const TOP = 12;
const BOTTOM = HEIGHT - 48;

export interface CurveFigure {
  range: Interval;
  curve: { w: number[]; loss: number[] };
  path: readonly PathPoint[];
  lowest: PathPoint;
}

export class CurveView {
  readonly element = svg('svg', { class: 'descent-figure', viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: 'img' });
  private readonly line = svg('path', { class: 'descent-curve' });
  private readonly steps = svg('polyline', { class: 'descent-steps' });
  private readonly dots = svg('g', { class: 'descent-dots' });
  private readonly ball = svg('circle', { class: 'descent-ball', r: 8 });
  private readonly lowestMark = svg('line', { class: 'descent-lowest' });
  private readonly ticks = svg('g', { class: 'descent-ticks' });

  constructor() {
    const axes = svg('path', { class: 'descent-axis', d: `M${LEFT},${TOP}V${BOTTOM}H${RIGHT}` });
    const wName = svg('text', { x: (LEFT + RIGHT) / 2, y: HEIGHT - 4, 'text-anchor': 'middle' }, 'weight w');
    const lossName = svg('text', { x: 14, y: (TOP + BOTTOM) / 2, 'text-anchor': 'middle', transform: `rotate(-90 14 ${(TOP + BOTTOM) / 2})` }, 'loss L(w)');
    this.element.append(axes, wName, lossName, this.ticks, this.lowestMark, this.line, this.steps, this.dots, this.ball);
  }

  show({ range, curve, path, lowest }: CurveFigure): void {
    const top = Math.max(...curve.loss.filter(Number.isFinite), ...path.map((point) => point.loss).filter(Number.isFinite));
    const x = scale(range, LEFT, RIGHT);
    const y = scale([0, top], BOTTOM, TOP);
    set(this.line, { d: curve.w.map((w, i) => `${i === 0 ? 'M' : 'L'}${x(w).toFixed(1)},${y(curve.loss[i]!).toFixed(1)}`).join('') });
    set(this.steps, { points: path.map((point) => `${x(point.w).toFixed(1)},${y(point.loss).toFixed(1)}`).join(' ') });
    this.dots.replaceChildren(...path.slice(0, -1).map((point) => svg('circle', { cx: x(point.w), cy: y(point.loss), r: 3 })));
    const here = path[path.length - 1]!;
    set(this.ball, { cx: x(here.w), cy: y(here.loss) - 8 });
    set(this.lowestMark, { x1: x(lowest.w), x2: x(lowest.w), y1: TOP, y2: BOTTOM });
    this.ticks.replaceChildren(
      svg('text', { x: LEFT, y: BOTTOM + 18, 'text-anchor': 'start' }, formatNumber(range[0])),
      svg('text', { x: RIGHT, y: BOTTOM + 18, 'text-anchor': 'end' }, formatNumber(range[1])),
      svg('text', { x: x(lowest.w), y: BOTTOM + 18, 'text-anchor': 'middle' }, formatNumber(lowest.w)),
      svg('text', { x: LEFT - 4, y: BOTTOM, 'text-anchor': 'end' }, '0'),
      svg('text', { x: LEFT - 4, y: TOP + 10, 'text-anchor': 'end' }, formatNumber(top)),
    );
    const steps = path.length - 1;
    this.element.setAttribute(
      'aria-label',
      `The loss L(w) for w from ${formatNumber(range[0])} to ${formatNumber(range[1])}: a valley whose lowest loss is ` +
        `${formatNumber(lowest.loss)}, at w = ${formatNumber(lowest.w)}. The ball is at w = ${formatNumber(here.w)}, ` +
        `loss ${formatNumber(here.loss)}, after ${steps} ${steps === 1 ? 'step' : 'steps'}.`,
    );
  }
}
