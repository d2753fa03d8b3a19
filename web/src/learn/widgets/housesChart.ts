// A small chart of the average error, epoch by epoch, while gradient descent runs. The error falls
// by hundreds of times, so its axis is logarithmic; the figure's accessible name says the numbers.
import { svg } from '../../svg';
import { element } from '../../widgets';
import { priceText } from './housesFormula';

const WIDTH = 320;
const HEIGHT = 120;
const PAD = 4;

export class ErrorChart {
  private readonly svg: SVGSVGElement;
  private readonly line: SVGPolylineElement;
  private readonly top: HTMLElement;
  private readonly bottom: HTMLElement;
  private points: { epoch: number; error: number }[] = [];

  constructor(parent: HTMLElement) {
    const figure = element('div', 'houses-chart');
    this.svg = svg('svg', { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: 'img', class: 'houses-chart-plot' });
    const frame = svg('rect', { x: 0.5, y: 0.5, width: WIDTH - 1, height: HEIGHT - 1, class: 'houses-chart-frame' });
    this.line = svg('polyline', { class: 'houses-chart-line' });
    this.svg.append(frame, this.line);
    this.top = element('span', 'houses-chart-top');
    this.bottom = element('span', 'houses-chart-bottom');
    figure.append(this.top, this.svg, this.bottom);
    parent.append(figure);
    this.draw();
  }

  add(epoch: number, error: number): void {
    this.points.push({ epoch, error });
    this.draw();
  }

  clear(): void {
    this.points = [];
    this.draw();
  }

  private draw(): void {
    const first = this.points[0];
    const last = this.points[this.points.length - 1];
    if (!first || !last) {
      this.svg.setAttribute('aria-label', 'Average error by epoch: no gradient descent yet.');
      this.line.setAttribute('points', '');
      this.top.textContent = 'Average error';
      this.bottom.textContent = 'Epochs of gradient descent';
      return;
    }
    const logs = this.points.map((point) => Math.log10(Math.max(point.error, 1e-9)));
    const high = Math.max(...logs);
    const low = Math.min(...logs);
    const span = Math.max(high - low, 1e-9);
    const epochs = Math.max(last.epoch - first.epoch, 1);
    const x = (epoch: number): number => PAD + ((WIDTH - 2 * PAD) * (epoch - first.epoch)) / epochs;
    const y = (log: number): number => PAD + ((HEIGHT - 2 * PAD) * (high - log)) / span;
    this.line.setAttribute('points', this.points.map((point, i) => `${x(point.epoch).toFixed(1)},${y(logs[i]!).toFixed(1)}`).join(' '));
    const highest = Math.max(...this.points.map((point) => point.error));
    const lowest = Math.min(...this.points.map((point) => point.error));
    this.top.textContent = `Average error (log scale): top ${priceText(highest)}`;
    this.bottom.textContent = `bottom ${priceText(lowest)}; epochs ${first.epoch} to ${last.epoch}`;
    this.svg.setAttribute(
      'aria-label',
      `Average error by epoch: ${priceText(first.error)} at epoch ${first.epoch}, ${priceText(last.error)} at epoch ${last.epoch}, lowest ${priceText(lowest)}.`,
    );
  }
}
