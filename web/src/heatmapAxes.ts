// The output view's axes, as TensorFlow Playground draws them: x below the heatmap, y on its right,
// a tick at every whole number of the input square [-extent, extent].
import './heatmapAxes.css';
import { element } from './widgets';

/** The whole numbers from −extent to extent, and where each sits along an axis, 0 to 1. */
export function axisTicks(extent: number): { value: number; at: number }[] {
  const last = Math.floor(extent);
  return Array.from({ length: 2 * last + 1 }, (_, i) => ({ value: i - last, at: (i - last + extent) / (2 * extent) }));
}

/** Minus signs, not hyphens, as the legend writes them. */
const label = (value: number): string => (value < 0 ? `−${-value}` : String(value));

export class HeatmapAxes {
  private readonly x = element('div', 'nnplay-axis nnplay-axis-x');
  private readonly y = element('div', 'nnplay-axis nnplay-axis-y');
  private extent = 0;

  /** `frame` holds the heatmap; the axes go below and to the right of it. */
  constructor(frame: HTMLElement) {
    for (const axis of [this.x, this.y]) axis.setAttribute('aria-hidden', 'true');
    frame.append(this.y, this.x);
  }

  /** Labels the axes for the square [-extent, extent]²; y grows upwards. */
  show(extent: number): void {
    if (extent === this.extent) return;
    this.extent = extent;
    const ticks = axisTicks(extent);
    this.x.replaceChildren(...ticks.map(({ value, at }) => this.tick(value, 'left', at)));
    this.y.replaceChildren(...ticks.map(({ value, at }) => this.tick(value, 'top', 1 - at)));
  }

  private tick(value: number, side: 'left' | 'top', at: number): HTMLElement {
    const tick = element('span', 'nnplay-axis-tick', label(value));
    tick.style[side] = `${100 * at}%`;
    return tick;
  }
}
