// The loss curve: −log p against the probability p given to the true class, drawn through points the
// engine computed, with each example marked where it is now. An SVG with role="img" whose label
// says the same in words and numbers.
import type { ExampleLoss } from './lossBatch';
import { svg } from '../../svg';

const WIDTH = 360;
const HEIGHT = 220;
const LEFT = 40;
const RIGHT = 12;
const TOP = 12;
const BOTTOM = 40;
/** The loss axis runs from 0 to −ln 0.01 ≈ 4.6, the loss at the smallest probability a slider gives. */
const LOSS_TOP = 5;

/** A marked point: its short name on the figure, its name in words, and where it is. */
export interface CurveMark extends ExampleLoss {
  tag: string;
  name: string;
}

const x = (p: number): number => LEFT + p * (WIDTH - LEFT - RIGHT);
const y = (loss: number): number => TOP + (1 - Math.min(loss, LOSS_TOP) / LOSS_TOP) * (HEIGHT - TOP - BOTTOM);


export class LossCurve {
  readonly element: SVGSVGElement;
  private readonly marks: SVGGElement;

  /** `curve`: the engine's (p, loss) points from the smallest p to the largest; `goal`: a loss to draw as a dashed line, if any. */
  constructor(private readonly curve: ExampleLoss[], private readonly goal: number | null) {
    this.element = svg('svg', { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: 'img', class: 'loss-curve' });
    this.marks = svg('g', {});
    this.element.append(...this.axes(), this.line(), this.marks);
  }

  /** Marks each of `marks` on the curve and says them in the figure's label. */
  show(marks: CurveMark[]): void {
    this.marks.replaceChildren(
      ...marks.map((mark) => {
        const group = svg('g', { class: 'loss-curve-mark' });
        group.append(svg('circle', { cx: x(mark.probability), cy: y(mark.loss), r: 5 }));
        if (mark.tag !== '') group.append(svg('text', { x: x(mark.probability) + 7, y: y(mark.loss) - 7 }, mark.tag));
        return group;
      }),
    );
    const first = this.curve[0]!;
    const last = this.curve[this.curve.length - 1]!;
    const where = marks.map((mark) => `${mark.name} at p = ${mark.probability.toFixed(2)}, loss ${mark.loss.toFixed(3)}`).join('; ');
    const goal = this.goal === null ? '' : ` A dashed line marks the loss ${this.goal}.`;
    this.element.setAttribute(
      'aria-label',
      `The loss −log p against the probability p given to the true class: ${first.loss.toFixed(2)} at p = ${first.probability.toFixed(2)}, ` +
        `falling to ${last.loss.toFixed(2)} at p = ${last.probability.toFixed(2)}.${goal} Marked: ${where}.`,
    );
  }

  private line(): SVGPathElement {
    const path = this.curve.map((point, i) => `${i === 0 ? 'M' : 'L'}${x(point.probability).toFixed(1)},${y(point.loss).toFixed(1)}`).join(' ');
    return svg('path', { d: path, class: 'loss-curve-line' });
  }

  private axes(): SVGElement[] {
    const bottom = HEIGHT - BOTTOM;
    const parts: SVGElement[] = [
      svg('line', { x1: LEFT, y1: bottom, x2: WIDTH - RIGHT, y2: bottom, class: 'loss-curve-axis' }),
      svg('line', { x1: LEFT, y1: TOP, x2: LEFT, y2: bottom, class: 'loss-curve-axis' }),
      svg('text', { x: (LEFT + WIDTH - RIGHT) / 2, y: HEIGHT - 6, 'text-anchor': 'middle' }, 'p, the probability of the true class'),
      svg('text', { x: 4, y: TOP + 4, 'dominant-baseline': 'hanging' }, 'loss'),
    ];
    for (const p of [0, 0.5, 1]) parts.push(svg('text', { x: x(p), y: bottom + 14, 'text-anchor': 'middle' }, String(p)));
    for (const loss of [1, 2, 3, 4]) parts.push(svg('text', { x: LEFT - 6, y: y(loss) + 4, 'text-anchor': 'end' }, String(loss)));
    if (this.goal !== null) {
      parts.push(
        svg('line', { x1: LEFT, y1: y(this.goal), x2: WIDTH - RIGHT, y2: y(this.goal), class: 'loss-curve-goal' }),
        // Where the curve is far above the line (p = 0.15: loss 1.9), so the two never cross.
        svg('text', { x: x(0.15), y: y(this.goal) - 5, class: 'loss-curve-goal-text' }, `goal: below ${this.goal}`),
      );
    }
    return parts;
  }
}
