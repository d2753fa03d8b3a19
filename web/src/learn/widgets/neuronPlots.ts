// A small plot of one activation, a = f(z), drawn from the engine's curve, with the neuron's current
// point (z, a) marked; the chosen activation's plot is emphasised. The caption and the figure's
// text alternative say the numbers.
import { element } from '../../widgets';
import type { NeuronValue } from './neuronEngine';
import { type ActivationName, formatNumber } from './neuronText';
import { svg } from '../../svg';

const WIDTH = 160;
const HEIGHT = 110;
const PAD = 12;


const clamp = (value: number, low: number, high: number): number => Math.min(high, Math.max(low, value));

export interface ActivationPlot {
  element: HTMLElement;
  /** Marks the neuron's point `value` on this curve; `chosen` when this is the neuron's activation. */
  show(value: NeuronValue, chosen: boolean): void;
}

/** The plot of `activation` over its engine-drawn `curve` (z from its first to its last point). */
export function activationPlot(activation: ActivationName, curve: readonly NeuronValue[]): ActivationPlot {
  const zLow = curve[0]!.z;
  const zHigh = curve.at(-1)!.z;
  const aLow = Math.min(0, ...curve.map((point) => point.a));
  const aHigh = Math.max(...curve.map((point) => point.a));
  const x = (z: number): number => PAD + ((clamp(z, zLow, zHigh) - zLow) / (zHigh - zLow)) * (WIDTH - 2 * PAD);
  const y = (a: number): number => HEIGHT - PAD - ((clamp(a, aLow, aHigh) - aLow) / (aHigh - aLow || 1)) * (HEIGHT - 2 * PAD);

  const figure = element('figure', 'neuron-plot');
  const drawing = svg('svg', { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: 'img' });
  drawing.append(
    svg('line', { class: 'neuron-plot-axis', x1: PAD, x2: WIDTH - PAD, y1: y(0), y2: y(0) }),
    svg('line', { class: 'neuron-plot-axis', x1: x(0), x2: x(0), y1: PAD, y2: HEIGHT - PAD }),
    svg('polyline', { class: 'neuron-plot-curve', points: curve.map((point) => `${x(point.z)},${y(point.a)}`).join(' ') }),
  );
  const tick = (text: string, atX: number, atY: number, anchor: string): SVGTextElement => {
    const label = svg('text', { class: 'neuron-plot-tick', x: atX, y: atY, 'text-anchor': anchor });
    label.textContent = text;
    return label;
  };
  // The top of the a axis at a round value: sigmoid and tanh reach 0.9997 and 0.9999997 at z = 8.
  const aTop = Math.round(aHigh * 10) / 10;
  drawing.append(
    svg('line', { class: 'neuron-plot-axis', x1: x(0) - 2, x2: x(0) + 2, y1: y(aTop), y2: y(aTop) }),
    tick(formatNumber(aTop), x(0) - 4, y(aTop) + 3, 'end'),
    tick(formatNumber(zLow), PAD, HEIGHT - 1, 'start'),
    tick(formatNumber(zHigh), WIDTH - PAD, HEIGHT - 1, 'end'),
  );
  if (aLow < 0) {
    const aBottom = Math.round(aLow * 10) / 10;
    drawing.append(tick(formatNumber(aBottom), x(0) - 4, y(aBottom) + 3, 'end'));
  }
  const marker = svg('circle', { class: 'neuron-plot-point', r: 4 });
  drawing.append(marker);
  const caption = element('figcaption', '');
  figure.append(drawing, caption);
  const range = `z from ${formatNumber(zLow)} to ${formatNumber(zHigh)}, a from ${formatNumber(aLow)} to ${formatNumber(aHigh)}`;

  return {
    element: figure,
    show({ z, a }, chosen) {
      marker.setAttribute('cx', String(x(z)));
      marker.setAttribute('cy', String(y(a)));
      figure.classList.toggle('chosen', chosen);
      const beyond = z < zLow || z > zHigh ? ' (beyond the plot: marked at its edge)' : '';
      const point = `z = ${formatNumber(z)}, a = ${formatNumber(a)}`;
      caption.textContent = `${activation.label}${chosen ? ' (chosen)' : ''}: ${point}${beyond}`;
      drawing.setAttribute('aria-label', `The ${activation.label} curve, ${range}, with the neuron's point ${point} marked${beyond}`);
    },
  };
}
