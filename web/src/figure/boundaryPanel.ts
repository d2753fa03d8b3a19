// The decision boundary as the output view shows it: the output over the input square as an image,
// the data as circles on top (test points outlined in black, when shown), axes at every second
// whole number, and the colour scale under it. Pure: the heatmap arrives as an image URL.
import type { ColourScheme } from '../colours';
import { axisTicks } from '../heatmapAxes';
import { num, type Panel, rgb, tag, text } from './svgMarkup';
import { INK, LABEL_SIZE, MUTED, RULE, TICK_SIZE } from './theme';

/** Side of the square, in CSS pixels. */
const BOUNDARY_SIDE = 280;
const POINT_RADIUS = 3;
const TICK = 4;
const LEGEND_WIDTH = 160;

export interface BoundaryFigure {
  /** The output over the input square, row 0 at the top, as an image URL. */
  heatmap: string;
  /** x, y, label triples. */
  train: Float32Array;
  test: Float32Array;
  showTestData: boolean;
  /** Half the side of the input square [-extent, extent]². */
  extent: number;
  scheme: ColourScheme;
}

/** Minus signs, not hyphens, as the page writes them. */
const signed = (value: number): string => (value < 0 ? `−${-value}` : String(value));

function circles(points: Float32Array, stroke: string, extent: number, scheme: ColourScheme, className: string): string[] {
  const scale = BOUNDARY_SIDE / (2 * extent);
  const out: string[] = [];
  for (let i = 0; i + 2 < points.length; i += 3) {
    out.push(
      tag('circle', {
        class: className,
        cx: (points[i]! + extent) * scale,
        cy: (extent - points[i + 1]!) * scale,
        r: POINT_RADIUS,
        fill: rgb(scheme.rgb(points[i + 2]!)),
        stroke,
        'stroke-width': 1,
      }),
    );
  }
  return out;
}

/** The colour scale from −1 to 1 as a gradient bar, its top-left corner at (x, y). */
function legend(x: number, y: number, scheme: ColourScheme): string {
  const stops = Array.from({ length: 21 }, (_, i) =>
    tag('stop', { offset: num(i / 20), 'stop-color': rgb(scheme.rgb(i / 10 - 1)) }),
  );
  const labels = [-1, 0, 1].map((value) =>
    text(signed(value), { x: x + ((value + 1) / 2) * LEGEND_WIDTH, y: y + 22, 'text-anchor': 'middle', 'font-size': TICK_SIZE, fill: MUTED }),
  );
  return [
    tag('defs', {}, tag('linearGradient', { id: 'nnplay-legend-gradient', x1: 0, x2: 1, y1: 0, y2: 0 }, ...stops)),
    tag('rect', { x, y, width: LEGEND_WIDTH, height: 8, fill: 'url(#nnplay-legend-gradient)', stroke: RULE, 'stroke-width': 0.5 }),
    ...labels,
  ].join('');
}

export function boundaryPanel({ heatmap, train, test, showTestData, extent, scheme }: BoundaryFigure): Panel {
  const side = BOUNDARY_SIDE;
  const ticks = axisTicks(extent).filter(({ value }) => value % 2 === 0);
  const xTicks = ticks.flatMap(({ value, at }) => [
    tag('line', { x1: at * side, x2: at * side, y1: side, y2: side + TICK, stroke: RULE }),
    text(signed(value), { x: at * side, y: side + TICK + 13, 'text-anchor': 'middle', 'font-size': TICK_SIZE, fill: MUTED }),
  ]);
  // y grows upwards, on the right as the page has it.
  const yTicks = ticks.flatMap(({ value, at }) => [
    tag('line', { x1: side, x2: side + TICK, y1: (1 - at) * side, y2: (1 - at) * side, stroke: RULE }),
    text(signed(value), { x: side + TICK + 3, y: (1 - at) * side, dy: '0.35em', 'font-size': TICK_SIZE, fill: MUTED }),
  ]);
  const axisTitle = { 'font-size': LABEL_SIZE, fill: INK, 'text-anchor': 'middle' };
  const points = [
    ...circles(train, '#ffffff', extent, scheme, 'train'),
    ...(showTestData ? circles(test, '#000000', extent, scheme, 'test') : []),
  ];
  const markup = [
    tag('defs', {}, tag('clipPath', { id: 'nnplay-boundary-clip' }, tag('rect', { x: 0, y: 0, width: side, height: side }))),
    tag('image', { class: 'heatmap', x: 0, y: 0, width: side, height: side, preserveAspectRatio: 'none', 'xlink:href': heatmap }),
    tag('g', { class: 'points', 'clip-path': 'url(#nnplay-boundary-clip)' }, ...points),
    tag('rect', { x: 0, y: 0, width: side, height: side, fill: 'none', stroke: RULE }),
    ...xTicks,
    ...yTicks,
    text('X₁', { ...axisTitle, x: side / 2, y: side + 40 }),
    text('X₂', { ...axisTitle, x: side + 40, y: side / 2, dy: '0.35em' }),
    legend(0, side + 52, scheme),
  ].join('');
  return { markup: tag('g', { class: 'boundary' }, markup), width: side + 48, height: side + 78 };
}
