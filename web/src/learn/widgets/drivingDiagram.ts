// The driving-test network drawn as SVG: the inputs on the left, each layer to the right, every
// neuron with its bias, weighted sum and output, every link with its weight. One forward pass of the
// engine gives the numbers; the figure's text alternative says them all (describePass).
import { svg as svgElement } from '../../svg';
import {
  activationName,
  describePass,
  formatNumber,
  formatOutput,
  inputText,
  type ForwardPass,
  type NetworkView,
} from './drivingModel';

const MARGIN = 12;
const INPUT_BOX = { width: 96, height: 48 };
const NEURON_BOX = { width: 150, height: 84 };
const LINE = 17;

/**
 * The two ways to lay the network out: layers as columns from left to right, or on a narrow screen
 * as rows from top to bottom, so the text keeps its size. `labelAt`: how far along a link into each
 * unit of a layer its weight is written, apart where the links fan out and meet.
 */
interface Orientation {
  width: number;
  height: number;
  across: boolean;
  labelAt: (unit: number) => number;
}
const ACROSS: Orientation = { width: 640, height: 330, across: true, labelAt: () => 0.7 };
const DOWN: Orientation = { width: 360, height: 430, across: false, labelAt: (unit) => (unit % 2 === 0 ? 0.65 : 0.35) };
/** Below this width (CSS pixels) the figure is drawn top to bottom. */
const NARROW = 520;

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const svg = <K extends keyof SVGElementTagNameMap>(tag: K, className: string, attributes: Record<string, string | number>): SVGElementTagNameMap[K] =>
  svgElement(tag, className ? { class: className, ...attributes } : attributes);

/** Boxes of `count` units, centred at `centre` along the flow, spread evenly across it. */
function layer(count: number, centre: number, size: { width: number; height: number }, o: Orientation): Box[] {
  const span = (o.across ? o.height : o.width) - 2 * MARGIN;
  return Array.from({ length: count }, (_, i) => {
    const side = MARGIN + (span / count) * (i + 0.5);
    const [x, y] = o.across ? [centre, side] : [side, centre];
    return { x: x - size.width / 2, y: y - size.height / 2, width: size.width, height: size.height };
  });
}

/** The boxes, a list per layer: the inputs, then each layer of neurons, spread along the flow. */
function layout(view: NetworkView, o: Orientation): Box[][] {
  const along = (size: { width: number; height: number }): number => (o.across ? size.width : size.height) / 2;
  const first = MARGIN + along(INPUT_BOX);
  const last = (o.across ? o.width : o.height) - MARGIN - along(NEURON_BOX);
  const step = (last - first) / view.layers.length;
  return [
    layer(view.inputs.length, first, INPUT_BOX, o),
    ...view.layers.map((units, l) => layer(units.names.length, first + step * (l + 1), NEURON_BOX, o)),
  ];
}

function box(parent: SVGElement, place: Box, className: string, lines: { text: string; className: string }[]): void {
  const group = svg('g', className, {});
  group.append(svg('rect', 'driving-box', { x: place.x, y: place.y, width: place.width, height: place.height, rx: 6 }));
  const top = place.y + place.height / 2 - ((lines.length - 1) * LINE) / 2;
  lines.forEach((line, i) => {
    const label = svg('text', line.className, { x: place.x + place.width / 2, y: top + i * LINE, 'text-anchor': 'middle', 'dominant-baseline': 'middle' });
    label.textContent = line.text;
    group.append(label);
  });
  parent.append(group);
}

function link(parent: SVGElement, from: Box, to: Box, weight: number, at: number, o: Orientation): void {
  const [x1, y1] = o.across ? [from.x + from.width, from.y + from.height / 2] : [from.x + from.width / 2, from.y + from.height];
  const [x2, y2] = o.across ? [to.x, to.y + to.height / 2] : [to.x + to.width / 2, to.y];
  parent.append(svg('line', weight < 0 ? 'driving-link negative' : 'driving-link', { x1, y1, x2, y2 }));
  const label = svg('text', 'driving-weight', { x: x1 + at * (x2 - x1), y: y1 + at * (y2 - y1), 'text-anchor': 'middle', 'dominant-baseline': 'middle' });
  label.textContent = formatNumber(weight);
  parent.append(label);
}

export interface NetworkDiagram {
  figure: HTMLElement;
  /** Draws `view` with the numbers of `pass`. */
  show(view: NetworkView, pass: ForwardPass): void;
  /** Stops following the figure's width. */
  destroy(): void;
}

/** An empty figure that `show` draws on, across or down as its width allows. */
export function networkDiagram(): NetworkDiagram {
  const figure = document.createElement('div');
  figure.className = 'driving-figure';
  const image = svg('svg', 'driving-diagram', { role: 'img' });
  figure.append(image);
  let shown: [NetworkView, ForwardPass] | null = null;
  let orientation = ACROSS;
  const draw = (view: NetworkView, pass: ForwardPass): void => {
    const o = orientation;
    const boxes = layout(view, o);
    const links = svg('g', 'driving-links', {});
    const neurons = svg('g', 'driving-neurons', {});
    view.layers.forEach((units, l) =>
      units.weights.forEach((row, to) => row.forEach((weight, from) => link(links, boxes[l]![from]!, boxes[l + 1]![to]!, weight, o.labelAt(to), o))),
    );
    view.inputs.forEach((name, i) =>
      box(neurons, boxes[0]![i]!, 'driving-input', [
        { text: name, className: 'driving-name' },
        { text: inputText(name, pass.inputs[i]!), className: 'driving-value' },
      ]),
    );
    view.layers.forEach((units, l) =>
      units.names.forEach((name, unit) =>
        box(neurons, boxes[l + 1]![unit]!, 'driving-neuron', [
          { text: name, className: 'driving-name' },
          { text: `bias ${formatNumber(units.biases[unit]!)}`, className: 'driving-bias' },
          { text: `sum ${formatNumber(pass.z[l]![unit]!)}`, className: 'driving-value' },
          { text: `${activationName(units.activation)} → ${formatOutput(view, l, pass.a[l]![unit]!)}`, className: 'driving-value' },
        ]),
      ),
    );
    image.setAttribute('viewBox', `0 0 ${o.width} ${o.height}`);
    image.replaceChildren(links, neurons);
    image.setAttribute('aria-label', describePass(view, pass));
  };
  const resized = new ResizeObserver(([entry]) => {
    const next = entry!.contentRect.width < NARROW ? DOWN : ACROSS;
    if (next === orientation) return;
    orientation = next;
    if (shown) draw(...shown);
  });
  resized.observe(figure);
  return {
    figure,
    show(view, pass) {
      shown = [view, pass];
      draw(view, pass);
    },
    destroy: () => resized.disconnect(),
  };
}
