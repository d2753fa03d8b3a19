// The network as the page draws it, as SVG: each network input and neuron its thumbnail (an
// image of its output over the input square), links coloured and sized by their weights, a bias
// square by each neuron. The page's own diagram and geometry place everything, so the figure
// looks like the playground. Pure: the thumbnails arrive as image URLs.
import type { ColourScheme } from '../colours';
import { diagramOf } from '../network/diagram';
import { BIAS_SIZE, geometryOf, nodeAt, sizeOf } from '../network/geometry';
import { biasCorner, linkPath, linkWidth } from '../network/links';
import type { NetworkWeights } from '../protocol';
import { type Panel, rgb, tag, text } from './svgMarkup';
import { INK, LABEL_SIZE, MUTED, RULE, TICK_SIZE } from './theme';

/** Width the diagram is laid out for: wider networks shrink their gaps, then grow wider than it. */
const NETWORK_WIDTH = 440;

export interface NetworkFigure {
  network: NetworkWeights;
  /** Each neuron's thumbnail as an image URL, in neuronGrids order (network inputs first). */
  thumbnails: readonly string[];
  scheme: ColourScheme;
}

/** A weight or bias the engine sent as null or NaN is drawn as 0. */
const finite = (value: number): number => (Number.isFinite(value) ? value : 0);

export function networkPanel({ network, thumbnails, scheme }: NetworkFigure): Panel {
  // Only the network's inputs: the features left out are named in the caption.
  const diagram = diagramOf(network, network.features);
  const geometry = geometryOf(diagram.columns.map((column) => column.length), NETWORK_WIDTH);
  const colour = (value: number): string => rgb(scheme.rgb(finite(value)));

  const links = diagram.links.map((link) => {
    const weight = finite(network.layers[link.layer]!.weights[link.to]![link.from]!);
    return tag('path', {
      class: 'link',
      d: linkPath(diagram, link, geometry),
      fill: 'none',
      stroke: colour(weight),
      'stroke-width': linkWidth(weight),
    });
  });

  const last = diagram.columns.length - 1;
  const headers = diagram.columns.flatMap((column, c) => {
    const centre = geometry.columnX[c]! + geometry.node / 2;
    const [title, detail] =
      c === 0 ? ['Input', ''] : c === last ? ['Output', ''] : [`Layer ${c}`, column.length === 1 ? '1 neuron' : `${column.length} neurons`];
    return [
      text(title, { x: centre, y: 22, 'text-anchor': 'middle', 'font-size': LABEL_SIZE, 'font-weight': 600, fill: INK }),
      detail ? text(detail, { x: centre, y: 38, 'text-anchor': 'middle', 'font-size': TICK_SIZE, fill: MUTED }) : '',
    ];
  });

  const neurons = diagram.columns.flat().map((neuron) => {
    const { x, y } = nodeAt(geometry, neuron.column, neuron.row);
    const node = sizeOf(geometry, neuron.column);
    const parts = [
      tag('image', {
        x,
        y,
        width: node,
        height: node,
        preserveAspectRatio: 'none',
        'xlink:href': thumbnails[neuron.grid!] ?? '',
      }),
      tag('rect', { x, y, width: node, height: node, fill: 'none', stroke: RULE, 'stroke-width': 1 }),
    ];
    if (neuron.layer < 0) {
      const label = { x: x - 8, y: y + node / 2, dy: '0.35em', 'text-anchor': 'end' };
      parts.push(text(neuron.label, { ...label, 'font-size': LABEL_SIZE, fill: INK }));
    } else {
      const { left, top } = biasCorner(geometry, neuron);
      const bias = finite(network.layers[neuron.layer]!.biases[neuron.unit]!);
      parts.push(
        tag('rect', { class: 'bias', x: left, y: top, width: BIAS_SIZE, height: BIAS_SIZE, fill: colour(bias), stroke: '#555555', 'stroke-width': 0.5 }),
      );
    }
    return tag('g', { class: 'neuron' }, ...parts);
  });

  return {
    markup: tag('g', {}, ...headers, tag('g', { class: 'links' }, ...links), ...neurons),
    width: geometry.width,
    height: geometry.height,
  };
}
