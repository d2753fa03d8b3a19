// The links under the neurons, drawn on a canvas; an SVG over it holds their hit areas and the biases' squares.
import type { Diagram, DiagramLink, DiagramNode, NetworkLayout } from './diagram';
import { BIAS_SIZE, BIAS_TARGET, type Geometry, nodeAt, sizeOf } from './geometry';
import type { Palette } from './palette';
import { svg } from '../svg';
import { Throttle } from '../throttle';

/** Stroke width of a link of weight w: 0.5 px at 0, growing to 8 px at |w| = 5 and beyond. */
export const linkWidth = (weight: number): number => 0.5 + 1.5 * Math.min(Math.abs(weight), 5);
/** Spread of the ends of the links that arrive at one neuron, as a fraction of its side. */
const ARRIVAL_SPREAD = 0.4;
/**
 * While training plays, the links are redrawn at most this often (every other frame at 60 Hz): a
 * browser without a GPU rasters them in software, where they cost about as much as everything else
 * in a frame. A frame shown while paused is drawn at once.
 */
export const LINKS_MS = 30;
/** A link's dashes and gaps, px: the dashes move while the weights change. */
const DASHES = [9, 1];
/** How fast the dashes move while the weights change: px per ms (0.4 px a frame at 60 frames a second). */
const DASH_SPEED = 0.024;
/** The most they move in one update (two frames' worth): after a pause, or by a Step, they do not jump. */
const DASH_LONGEST_STEP = 0.8;

/** A cubic curve from (x1, y1) leaving rightwards to (x2, y2) arriving rightwards, as the Playground draws. */
function curve(x1: number, y1: number, x2: number, y2: number): string {
  const mid = (x1 + x2) / 2;
  return `M${x1},${y1}C${mid},${y1} ${mid},${y2} ${x2},${y2}`;
}

/**
 * The path of `link` from its source's right edge to its target's left edge; the links arriving at
 * one neuron end spread over part of its height, so each can be told apart and clicked.
 */
export function linkPath(diagram: Diagram, link: DiagramLink, geometry: Geometry): string {
  const from = sizeOf(geometry, link.source.column);
  const to = sizeOf(geometry, link.target.column);
  const source = nodeAt(geometry, link.source.column, link.source.row);
  const target = nodeAt(geometry, link.target.column, link.target.row);
  const incoming = diagram.linked[link.layer]!.length;
  const spread = incoming > 1 ? (link.from / (incoming - 1) - 0.5) * ARRIVAL_SPREAD * to : 0;
  return curve(source.x + from + 2, source.y + from / 2, target.x - 1, target.y + to / 2 + spread);
}

/** The top-left corner of the bias square of `neuron`: at the bottom-left of its thumbnail, just outside. */
export function biasCorner(geometry: Geometry, neuron: DiagramNode): { left: number; top: number } {
  const { x, y } = nodeAt(geometry, neuron.column, neuron.row);
  return { left: x - BIAS_SIZE - 2, top: y + sizeOf(geometry, neuron.column) - BIAS_SIZE + 3 };
}

export class LinkLayer {
  /** The links, drawn: one canvas, so that a redraw costs no style, layout or SVG paint. */
  readonly canvas: HTMLCanvasElement;
  /** Over the canvas: the links' hit areas and the biases' squares. */
  readonly svg: SVGSVGElement;
  private readonly context: CanvasRenderingContext2D;
  /** Each link's path (linkPath), for the canvas. */
  private readonly paths: Path2D[] = [];
  private readonly biases: { rect: SVGRectElement; node: DiagramNode }[] = [];
  /** What was last drawn, to redraw only when it changes. */
  private readonly weights: Float64Array;
  private readonly shades: Int16Array;
  private readonly widths: Float32Array;
  private readonly biasShades: Int16Array;
  private dashOffset = 0;
  /** When the dashes last moved, ms. */
  private dashMoved = -Infinity;
  private readonly stillDashes = window.matchMedia('(prefers-reduced-motion: reduce)');
  /** What the next redraw shows. */
  private next: { layout: NetworkLayout; palette: Palette } | null = null;
  private readonly drawing = new Throttle(LINKS_MS, () => this.draw());

  /**
   * Hit areas: `data-weight="layer,to,from"` on an invisible wide stroke along each link,
   * `data-bias="layer,unit"` on a BIAS_TARGET square around each bias.
   */
  constructor(
    private readonly diagram: Diagram,
    private readonly geometry: Geometry,
  ) {
    const { width, height } = geometry;
    const viewBox = `0 0 ${width} ${height}`;
    this.canvas = document.createElement('canvas');
    this.canvas.className = 'nnplay-net-links';
    this.canvas.style.width = `${width}px`;
    this.canvas.style.height = `${height}px`;
    this.canvas.setAttribute('aria-hidden', 'true');
    this.context = this.canvas.getContext('2d')!;
    this.svg = svg('svg', { class: 'nnplay-net-svg', width, height, viewBox, 'aria-hidden': 'true' });
    const hits = svg('g', { class: 'nnplay-net-link-hits' });
    const biasGroup = svg('g', { class: 'nnplay-net-biases' });

    for (const link of diagram.links) {
      const d = linkPath(diagram, link, geometry);
      this.paths.push(new Path2D(d));
      hits.append(svg('path', { class: 'nnplay-net-link-hit', d, 'data-weight': `${link.layer},${link.to},${link.from}` }));
    }

    for (const column of diagram.columns.slice(1)) {
      for (const neuron of column) {
        const { x } = nodeAt(geometry, neuron.column, neuron.row);
        const { left, top } = biasCorner(geometry, neuron);
        const rect = svg('rect', { class: 'nnplay-net-bias', x: left, y: top, width: BIAS_SIZE, height: BIAS_SIZE });
        // Left of the neuron (whose button is on top), centred on the square's height; no taller
        // than the column's pitch, so that packed neurons' targets do not overlap.
        const side = Math.min(BIAS_TARGET, geometry.pitches[neuron.column]!);
        const hit = svg('rect', {
          class: 'nnplay-net-bias-hit',
          x: x - BIAS_TARGET,
          y: top + BIAS_SIZE / 2 - side / 2,
          width: BIAS_TARGET,
          height: side,
          'data-bias': `${neuron.layer},${neuron.unit}`,
        });
        biasGroup.append(rect, hit);
        this.biases.push({ rect, node: neuron });
      }
    }
    this.svg.append(hits, biasGroup);

    this.weights = new Float64Array(diagram.links.length).fill(NaN);
    this.shades = new Int16Array(diagram.links.length).fill(-1);
    this.widths = new Float32Array(diagram.links.length);
    this.biasShades = new Int16Array(this.biases.length).fill(-1);
  }

  /** Colours and widths from `layout`, at once or, while `playing`, within LINKS_MS. */
  update(layout: NetworkLayout, palette: Palette, playing: boolean): void {
    this.next = { layout, palette };
    if (playing) this.drawing.request();
    else this.drawing.runNow();
  }

  destroy(): void {
    this.drawing.cancel();
  }

  /** Redraws every colour on the next update (after a change of scheme). */
  invalidate(): void {
    this.shades.fill(-1);
    this.biasShades.fill(-1);
    this.weights.fill(NaN);
  }

  /** Redraws what `next` holds, if it changed; the dashes move when a weight changed since the last redraw. */
  private draw(): void {
    if (!this.next) return;
    const { layout, palette } = this.next;
    let changed = false;
    let moved = false;
    this.diagram.links.forEach((link, i) => {
      const weight = layout.layers[link.layer]!.weights[link.to]![link.from]!;
      if (weight === this.weights[i]) return;
      changed = true;
      moved ||= !Number.isNaN(this.weights[i]!);
      this.weights[i] = weight;
      this.shades[i] = palette.shade(weight);
      this.widths[i] = Math.round(linkWidth(weight) * 4) / 4;
    });
    this.biases.forEach(({ rect, node }, i) => {
      const shade = palette.shade(layout.layers[node.layer]!.biases[node.unit]!);
      if (shade === this.biasShades[i]) return;
      this.biasShades[i] = shade;
      rect.setAttribute('fill', palette.css[shade]!);
    });
    const now = performance.now();
    if (moved && !this.stillDashes.matches) {
      this.dashOffset -= Math.min(DASH_SPEED * (now - this.dashMoved), DASH_LONGEST_STEP);
      this.dashMoved = now;
    }
    const resized = this.fitResolution();
    if (changed || resized) this.paint(palette);
  }

  /** Sizes the canvas for the screen's pixels per CSS pixel (which a zoom changes); true when it did. */
  private fitResolution(): boolean {
    const ratio = window.devicePixelRatio;
    const width = Math.round(this.geometry.width * ratio);
    const height = Math.round(this.geometry.height * ratio);
    if (width === this.canvas.width && height === this.canvas.height) return false;
    this.canvas.width = width;
    this.canvas.height = height;
    this.context.setTransform(ratio, 0, 0, ratio, 0, 0);
    return true;
  }

  private paint(palette: Palette): void {
    const context = this.context;
    context.clearRect(0, 0, this.geometry.width, this.geometry.height);
    context.setLineDash(DASHES);
    context.lineDashOffset = this.stillDashes.matches ? 0 : this.dashOffset;
    this.paths.forEach((path, i) => {
      context.strokeStyle = palette.css[this.shades[i]!]!;
      context.lineWidth = this.widths[i]!;
      context.stroke(path);
    });
  }
}
