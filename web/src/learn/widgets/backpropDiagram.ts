// The backprop widget's picture: the 2–2–1 network as SVG, with a stage's numbers beside its
// neurons and along its links, and the weight a question asks about marked. Its aria-label says the
// same numbers in words.
import type { Place, Shown } from '../../microscope/steps';
import { shownText } from '../../microscope/networkLabels';
import { neuronName, weightName } from './backpropNotation';
import type { WeightPlace } from './backpropOptions';
import { svg as svgElement } from '../../svg';

const RADIUS = 20;
const LINE = 14;
/** About the width of a character of the numbers' 13px sans-serif font. */
const CHARACTER = 7.1;

/** Where each neuron is drawn: `layer` −1 inputs, 0 hidden, 1 output. Top-row neurons have their numbers above. */
const POSITIONS: Readonly<Record<string, { x: number; y: number; above: boolean }>> = {
  '-1,0': { x: 50, y: 75, above: true },
  '-1,1': { x: 50, y: 235, above: false },
  '0,0': { x: 210, y: 75, above: true },
  '0,1': { x: 210, y: 235, above: false },
  '1,0': { x: 370, y: 155, above: false },
};

const at = (layer: number, unit: number) => POSITIONS[`${layer},${unit}`]!;

/** The links, hidden layer first: [layer, to, from]. */
const LINKS: WeightPlace[] = [
  { layer: 0, to: 0, from: 0 },
  { layer: 0, to: 0, from: 1 },
  { layer: 0, to: 1, from: 0 },
  { layer: 0, to: 1, from: 1 },
  { layer: 1, to: 0, from: 0 },
  { layer: 1, to: 0, from: 1 },
];

/**
 * How far along a link its numbers go: the two crossing links short of the crossing, so their labels
 * stay apart; the output's links short of the output's own numbers.
 */
const along = ({ layer, to, from }: WeightPlace): number => (layer === 1 ? 0.38 : to !== from ? 0.28 : 0.5);

const svg = <K extends keyof SVGElementTagNameMap>(tag: K, className: string, attributes: Record<string, string | number>): SVGElementTagNameMap[K] =>
  svgElement(tag, className ? { class: className, ...attributes } : attributes);

/** Text of one or more lines centred on x, the first line's baseline at y, on a white box that hides the lines under it. */
function text(lines: readonly string[], x: number, y: number, className: string): SVGGElement {
  const group = svg('g', className, {});
  const width = Math.max(...lines.map((line) => line.length)) * CHARACTER + 6;
  group.append(svg('rect', 'backprop-number-box', { x: x - width / 2, y: y - LINE + 2, width, height: lines.length * LINE + 3, rx: 2 }));
  const node = svg('text', '', { x, y, 'text-anchor': 'middle' });
  lines.forEach((line, i) => {
    const span = svg('tspan', '', { x, dy: i === 0 ? 0 : LINE });
    span.textContent = line;
    node.append(span);
  });
  group.append(node);
  return group;
}

const samePlace = (place: Place, weight: WeightPlace | null): boolean =>
  weight !== null && place.kind === 'link' && place.layer === weight.layer && place.to === weight.to && place.from === weight.from;

function placeName(place: Place): string {
  if (place.kind === 'link') return weightName(place);
  return place.kind === 'bias' ? `the bias of ${neuronName(place.layer, place.unit)}` : neuronName(place.layer, place.unit);
}

/** The numbers of `shown` in words, place by place: "h₁: z = 0.4, a = 0.3799; the weight from x₁ to h₁: w = 0.5". */
export function describe(shown: readonly Shown[]): string {
  const byPlace = new Map<string, string[]>();
  for (const item of shown) {
    const name = placeName(item.place);
    byPlace.set(name, [...(byPlace.get(name) ?? []), shownText(item)]);
  }
  return [...byPlace].map(([name, texts]) => `${name}: ${texts.join(', ')}`).join('; ');
}

export class BackpropDiagram {
  readonly element = svg('svg', 'backprop-diagram', { viewBox: '0 0 420 300', role: 'img' });

  /**
   * Shows `shown`; `asked`: the weight a question is about (marked, its gradient "?" until
   * `revealed` gives it).
   */
  show(shown: readonly Shown[], asked: WeightPlace | null, revealed: number | null, title: string): void {
    const items = asked ? [...shown, { place: { kind: 'link', ...asked } as const, symbol: '∂L/∂w', value: revealed ?? Number.NaN }] : shown;
    this.element.replaceChildren(...this.links(items, asked), ...this.neurons(items));
    const described = describe(items.filter((item) => !Number.isNaN(item.value)));
    const question = asked && revealed === null ? ` The gradient of ${weightName(asked)} is still hidden.` : '';
    this.element.setAttribute('aria-label', `The 2–2–1 network, ${title}: ${described}.${question}`);
  }

  private links(items: readonly Shown[], asked: WeightPlace | null): SVGElement[] {
    const lines: SVGElement[] = [];
    const labels: SVGElement[] = [];
    for (const place of LINKS) {
      const from = at(place.layer - 1, place.from);
      const to = at(place.layer, place.to);
      const marked = samePlace({ kind: 'link', ...place }, asked);
      lines.push(svg('line', marked ? 'backprop-link backprop-asked' : 'backprop-link', { x1: from.x, y1: from.y, x2: to.x, y2: to.y }));
      const texts = items.filter((item) => samePlace(item.place, place)).map((item) => (Number.isNaN(item.value) ? `${item.symbol} = ?` : shownText(item)));
      if (texts.length === 0) continue;
      const t = along(place);
      const x = from.x + (to.x - from.x) * t;
      const y = from.y + (to.y - from.y) * t - ((texts.length - 1) * LINE) / 2 + 4;
      labels.push(text(texts, x, y, marked ? 'backprop-number backprop-asked-number' : 'backprop-number'));
    }
    return [...lines, ...labels];
  }

  private neurons(items: readonly Shown[]): SVGElement[] {
    return Object.entries(POSITIONS).flatMap(([key, { x, y, above }]) => {
      const [layer, unit] = key.split(',').map(Number) as [number, number];
      const texts = items
        .filter(({ place }) => place.kind !== 'link' && place.layer === layer && place.unit === unit)
        .map(shownText);
      const circle = svg('circle', layer < 0 ? 'backprop-neuron backprop-input' : 'backprop-neuron', { cx: x, cy: y, r: RADIUS });
      const name = svg('text', 'backprop-neuron-name', { x, y: y + 5, 'text-anchor': 'middle' });
      name.textContent = layer === 1 ? 'out' : neuronName(layer, unit);
      const top = above ? y - RADIUS - 6 - (texts.length - 1) * LINE : y + RADIUS + 14;
      return texts.length > 0 ? [circle, name, text(texts, x, top, 'backprop-number')] : [circle, name];
    });
  }
}
