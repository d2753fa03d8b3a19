// A small drawing of the neuron: two inputs, a link per weight (thicker for a larger weight, blue
// positive, orange negative), the bias, the neuron with its activation, the output; every number on
// it and in its text alternative.
import type { NeuronValue } from './neuronEngine';
import { type ActivationName, formatNumber } from './neuronText';
import { svg } from '../../svg';

const NEURON = { x: 170, y: 68, r: 24 };
const INPUTS = [
  { x: 44, y: 34 },
  { x: 44, y: 102 },
];
const INPUT_RADIUS = 15;


export interface NeuronState {
  inputs: readonly number[];
  weights: readonly number[];
  bias: number;
}

export interface NeuronDiagram {
  element: SVGSVGElement;
  show(state: NeuronState, activation: ActivationName, value: NeuronValue): void;
}

export function neuronDiagram(): NeuronDiagram {
  const drawing = svg('svg', { class: 'neuron-diagram', viewBox: '0 0 300 136', role: 'img' });
  const links = INPUTS.map(({ x, y }) => svg('line', { x1: x + INPUT_RADIUS, y1: y, x2: NEURON.x - NEURON.r, y2: NEURON.y }));
  const weightLabels = INPUTS.map(({ y }, i) => svg('text', { x: 104, y: y + (i === 0 ? 10 : -2), 'text-anchor': 'middle' }));
  const inputValues = INPUTS.map(({ x, y }) => svg('text', { x, y: y + 4, 'text-anchor': 'middle' }));
  const biasLabel = svg('text', { x: NEURON.x + 6, y: 12 });
  const activationLabel = svg('text', { x: NEURON.x, y: NEURON.y + 5, 'text-anchor': 'middle' });
  const outputLabel = svg('text', { x: 250, y: NEURON.y - 8, 'text-anchor': 'middle' });
  drawing.append(
    ...links,
    svg('line', { class: 'neuron-diagram-bias', x1: NEURON.x, y1: 16, x2: NEURON.x, y2: NEURON.y - NEURON.r }),
    svg('line', { class: 'neuron-diagram-output', x1: NEURON.x + NEURON.r, y1: NEURON.y, x2: 294, y2: NEURON.y }),
    svg('path', { class: 'neuron-diagram-arrow', d: `M294,${NEURON.y} l-7,-4 v8 z` }),
    ...INPUTS.map(({ x, y }) => svg('circle', { class: 'neuron-diagram-input', cx: x, cy: y, r: INPUT_RADIUS })),
    ...INPUTS.map(({ y }, i) => svg('text', { x: 4, y: y + 4 }, `x${'₁₂'[i]}`)),
    svg('circle', { class: 'neuron-diagram-neuron', cx: NEURON.x, cy: NEURON.y, r: NEURON.r }),
    ...inputValues,
    ...weightLabels,
    biasLabel,
    activationLabel,
    outputLabel,
  );
  return {
    element: drawing,
    show({ inputs, weights, bias }, activation, { z, a }) {
      weights.forEach((weight, i) => {
        links[i]!.setAttribute('class', weight < 0 ? 'neuron-diagram-link negative' : 'neuron-diagram-link');
        links[i]!.setAttribute('stroke-width', String(1 + Math.min(Math.abs(weight), 10) / 2));
        weightLabels[i]!.textContent = `w${'₁₂'[i]} = ${formatNumber(weight)}`;
        inputValues[i]!.textContent = formatNumber(inputs[i]!);
      });
      biasLabel.textContent = `b = ${formatNumber(bias)}`;
      activationLabel.textContent = activation.label;
      outputLabel.textContent = `a = ${formatNumber(a)}`;
      const [x1, x2] = inputs.map(formatNumber);
      const [w1, w2] = weights.map(formatNumber);
      drawing.setAttribute(
        'aria-label',
        `A neuron: inputs x₁ = ${x1} and x₂ = ${x2} with weights w₁ = ${w1} and w₂ = ${w2}, bias b = ${formatNumber(bias)}; ` +
          `weighted sum z = ${formatNumber(z)}, ${activation.label} activation, output a = ${formatNumber(a)}`,
      );
    },
  };
}
