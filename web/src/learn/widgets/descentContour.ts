// The loss over the plane of (w, b) as a contour map: bands of equal loss painted on a canvas from
// the engine's grid, and over them an SVG with the axes, the lowest point and the path of the steps.
import { interpolateYlGnBu } from 'd3-scale-chromatic';
import { element } from '../../widgets';
import type { Interval } from './descentOptions';
import type { PathPoint } from './descentPath';
import { setAttributes as set, svg } from '../../svg';
import { scale } from './descentSvg';
import { formatNumber } from './descentText';

const WIDTH = 480;
const HEIGHT = 400;
const LEFT = 56;
const RIGHT = WIDTH - 12;
const TOP = 12;
const BOTTOM = HEIGHT - 48;
/** Bands of the map: equal steps of √(loss − lowest), so a bowl's rings are evenly spaced. */
const BANDS = 12;

export interface ContourFigure {
  range: { w: Interval; b: Interval };
  /** The loss on a count × count grid: row 0 at the highest b, column 0 at the lowest w. */
  grid: Float64Array;
  count: number;
  path: readonly PathPoint[];
  lowest: PathPoint;
}

export class ContourView {
  readonly element = element('div', 'descent-contour');
  private readonly canvas = element('canvas', 'descent-contour-bands');
  private readonly overlay = svg('svg', { class: 'descent-figure', viewBox: `0 0 ${WIDTH} ${HEIGHT}` });
  private readonly steps = svg('polyline', { class: 'descent-steps' });
  private readonly dots = svg('g', { class: 'descent-dots' });
  private readonly ball = svg('circle', { class: 'descent-ball', r: 8 });
  private readonly lowestMark = svg('path', { class: 'descent-lowest' });
  private readonly ticks = svg('g', { class: 'descent-ticks' });
  private paintedGrid: Float64Array | null = null;

  constructor() {
    this.element.setAttribute('role', 'img');
    // The figure speaks through its aria-label alone.
    this.canvas.setAttribute('aria-hidden', 'true');
    this.overlay.setAttribute('aria-hidden', 'true');
    this.canvas.width = 2 * (RIGHT - LEFT);
    this.canvas.height = 2 * (BOTTOM - TOP);
    this.canvas.style.left = `${(100 * LEFT) / WIDTH}%`;
    this.canvas.style.top = `${(100 * TOP) / HEIGHT}%`;
    this.canvas.style.width = `${(100 * (RIGHT - LEFT)) / WIDTH}%`;
    this.canvas.style.height = `${(100 * (BOTTOM - TOP)) / HEIGHT}%`;
    const axes = svg('path', { class: 'descent-axis', d: `M${LEFT},${TOP}V${BOTTOM}H${RIGHT}` });
    const wName = svg('text', { x: (LEFT + RIGHT) / 2, y: HEIGHT - 4, 'text-anchor': 'middle' }, 'weight w');
    const bName = svg('text', { x: 14, y: (TOP + BOTTOM) / 2, 'text-anchor': 'middle', transform: `rotate(-90 14 ${(TOP + BOTTOM) / 2})` }, 'bias b');
    this.overlay.append(axes, wName, bName, this.ticks, this.lowestMark, this.steps, this.dots, this.ball);
    this.element.append(this.canvas, this.overlay);
  }

  show({ range, grid, count, path, lowest }: ContourFigure): void {
    if (grid !== this.paintedGrid) this.paint(grid, count, lowest.loss);
    this.paintedGrid = grid;
    const x = scale(range.w, LEFT, RIGHT);
    const y = scale(range.b, BOTTOM, TOP);
    set(this.steps, { points: path.map((point) => `${x(point.w).toFixed(1)},${y(point.b).toFixed(1)}`).join(' ') });
    this.dots.replaceChildren(...path.slice(0, -1).map((point) => svg('circle', { cx: x(point.w), cy: y(point.b), r: 3 })));
    const here = path[path.length - 1]!;
    set(this.ball, { cx: x(here.w), cy: y(here.b) });
    const [lx, ly] = [x(lowest.w), y(lowest.b)];
    set(this.lowestMark, { d: `M${lx - 7},${ly - 7}L${lx + 7},${ly + 7}M${lx - 7},${ly + 7}L${lx + 7},${ly - 7}` });
    this.ticks.replaceChildren(
      svg('text', { x: LEFT, y: BOTTOM + 18, 'text-anchor': 'start' }, formatNumber(range.w[0])),
      svg('text', { x: RIGHT, y: BOTTOM + 18, 'text-anchor': 'end' }, formatNumber(range.w[1])),
      svg('text', { x: LEFT - 4, y: BOTTOM, 'text-anchor': 'end' }, formatNumber(range.b[0])),
      svg('text', { x: LEFT - 4, y: TOP + 10, 'text-anchor': 'end' }, formatNumber(range.b[1])),
    );
    const steps = path.length - 1;
    this.element.setAttribute(
      'aria-label',
      `A contour map of the loss over w from ${formatNumber(range.w[0])} to ${formatNumber(range.w[1])} and b from ` +
        `${formatNumber(range.b[0])} to ${formatNumber(range.b[1])}: a bowl whose lowest loss is ${formatNumber(lowest.loss)}, ` +
        `at w = ${formatNumber(lowest.w)}, b = ${formatNumber(lowest.b)} (the cross). The ball is at w = ${formatNumber(here.w)}, ` +
        `b = ${formatNumber(here.b)}, loss ${formatNumber(here.loss)}, after ${steps} ${steps === 1 ? 'step' : 'steps'}.`,
    );
  }

  /** Paints the bands: the grid read between its points bilinearly, a darker pixel where the band changes. */
  private paint(grid: Float64Array, count: number, lowest: number): void {
    const { width, height } = this.canvas;
    const highest = Math.max(...grid.filter(Number.isFinite));
    const band = (loss: number): number => Math.min(BANDS - 1, Math.floor(BANDS * Math.sqrt(Math.max(0, loss - lowest) / (highest - lowest))));
    const at = (row: number, col: number): number => grid[row * count + col] ?? highest;
    const bands = new Uint8Array(width * height); // [row][col]
    for (let py = 0; py < height; py++) {
      const v = (py / (height - 1)) * (count - 1);
      const r = Math.min(count - 2, Math.floor(v));
      for (let px = 0; px < width; px++) {
        const u = (px / (width - 1)) * (count - 1);
        const c = Math.min(count - 2, Math.floor(u));
        const [fu, fv] = [u - c, v - r];
        const top = at(r, c) * (1 - fu) + at(r, c + 1) * fu;
        const below = at(r + 1, c) * (1 - fu) + at(r + 1, c + 1) * fu;
        bands[py * width + px] = band(top * (1 - fv) + below * fv);
      }
    }
    const palette = Array.from({ length: BANDS }, (_, i) => rgb(interpolateYlGnBu(0.1 + (0.8 * i) / (BANDS - 1))));
    const image = new ImageData(width, height);
    for (let i = 0; i < bands.length; i++) {
      const edge = (i % width > 0 && bands[i - 1] !== bands[i]) || (i >= width && bands[i - width] !== bands[i]);
      const shade = edge ? 0.7 : 1;
      image.data.set([...palette[bands[i]!]!.map((channel) => channel * shade), 255], 4 * i);
    }
    this.canvas.getContext('2d')?.putImageData(image, 0, 0);
  }
}

/** The red, green and blue of a colour written "rgb(r, g, b)", as d3's interpolators write them. */
const rgb = (css: string): number[] => (css.match(/\d+/g) ?? []).slice(0, 3).map(Number);
