// The SVG under the neurons: a curved link per weight and a small square per bias, updated in place.
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
  readonly svg: SVGSVGElement;
  private readonly linkGroup: SVGGElement;
  private readonly paths: SVGPathElement[] = [];
  private readonly biases: { rect: SVGRectElement; node: DiagramNode }[] = [];
  /** What was last drawn, to touch only what changed. */
  private readonly weights: Float64Array;
  private readonly shades: Int16Array;
  private readonly widths: Float32Array;
  private readonly biasShades: Int16Array;
  private dashOffset = 0;
  /** When the dashes last moved, ms. */
  private dashMoved = -Infinity;
  /** What the next redraw shows. */
  private next: { layout: NetworkLayout; palette: Palette } | null = null;
  private readonly drawing = new Throttle(LINKS_MS, () => this.draw());

  /**
   * Hit areas: `data-weight="layer,to,from"` on an invisible wide copy of each link,
   * `data-bias="layer,unit"` on a BIAS_TARGET square around each bias.
   */
  constructor(private readonly diagram: Diagram, geometry: Geometry) {
    const { width, height } = geometry;
    const viewBox = `0 0 ${width} ${height}`;
    this.svg = svg('svg', { class: 'nnplay-net-svg', width, height, viewBox, 'aria-hidden': 'true' });
    this.linkGroup = svg('g', { class: 'nnplay-net-links' });
    const hits = svg('g', { class: 'nnplay-net-link-hits' });
    const biasGroup = svg('g', { class: 'nnplay-net-biases' });

    for (const link of diagram.links) {
      const d = linkPath(diagram, link, geometry);
      this.paths.push(this.linkGroup.appendChild(svg('path', { class: 'nnplay-net-link', d })));
      const weight = `${link.layer},${link.to},${link.from}`;
      hits.append(svg('path', { class: 'nnplay-net-link-hit', d, 'data-weight': weight }));
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
    this.svg.append(this.linkGroup, hits, biasGroup);

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

  /** Redraws what `next` holds; the dashes move when a weight changed since the last redraw. */
  private draw(): void {
    if (!this.next) return;
    const { layout, palette } = this.next;
    const now = performance.now();
    let changed = false;
    this.diagram.links.forEach((link, i) => {
      const weight = layout.layers[link.layer]!.weights[link.to]![link.from]!;
      if (weight === this.weights[i]) return;
      changed ||= !Number.isNaN(this.weights[i]!);
      this.weights[i] = weight;
      const path = this.paths[i]!;
      const shade = palette.shade(weight);
      if (shade !== this.shades[i]) {
        this.shades[i] = shade;
        path.setAttribute('stroke', palette.css[shade]!);
      }
      const width = Math.round(linkWidth(weight) * 4) / 4;
      if (width !== this.widths[i]) {
        this.widths[i] = width;
        path.setAttribute('stroke-width', String(width));
      }
    });
    this.biases.forEach(({ rect, node }, i) => {
      const shade = palette.shade(layout.layers[node.layer]!.biases[node.unit]!);
      if (shade === this.biasShades[i]) return;
      this.biasShades[i] = shade;
      rect.setAttribute('fill', palette.css[shade]!);
    });
    if (changed) {
      this.dashOffset -= Math.min(DASH_SPEED * (now - this.dashMoved), DASH_LONGEST_STEP);
      this.dashMoved = now;
      this.linkGroup.style.strokeDashoffset = String(this.dashOffset);
    }
  }

  /** Redraws every colour on the next update (after a change of scheme). */
  invalidate(): void {
    this.shades.fill(-1);
    this.biasShades.fill(-1);
    this.weights.fill(NaN);
  }
}
