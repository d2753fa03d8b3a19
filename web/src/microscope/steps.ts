// One gradient-descent step under the microscope, as a list of steps a learner goes through: the
// example, the forward pass layer by layer, the loss, the backward pass from the last layer to the
// first, the update, and the whole minibatch's update. Pure: every number is the engine's trace
// (protocol.ts StepTrace), placed on a neuron, link or bias; formulas are TeX in one notation.
import type { NetworkWeights, StepChanges, StepTrace } from '../protocol';

/** Where a number is shown on the network: `layer` indexes the engine's layers, -1 for the inputs. */
export type Place =
  | { kind: 'neuron'; layer: number; unit: number }
  | { kind: 'link'; layer: number; to: number; from: number }
  | { kind: 'bias'; layer: number; unit: number };

/** One number on screen: `symbol` in plain text ("z", "∂L/∂w"); an update also has the value `before`. */
export interface Shown {
  place: Place;
  symbol: string;
  value: number;
  before?: number;
}

export interface Step {
  title: string;
  /** TeX. */
  formula: string;
  /** What a screen reader is told. */
  said: string;
  shown: Shown[];
}

/** The settings the update's formula names (state.ts's). */
export interface StepSettings {
  optimizer: string;
  learningRate: number;
  momentum: number;
  beta1: number;
  beta2: number;
  regularization: string;
  regularizationRate: number;
  batchSize: number;
}

/** `value` to 4 significant digits, with a real minus sign. */
export function formatNumber(value: number): string {
  if (value === 0) return '0';
  const text = String(Number(value.toPrecision(4)));
  return text.replace('-', '−');
}

/** A TeX number (for formulas). */
function tex(value: number): string {
  return String(Number(value.toPrecision(4)));
}

const LOSS_FORMULAS: Readonly<Record<string, string>> = {
  squared: 'L = \\tfrac{1}{2}\\sum_k \\left(a_k^{[L]} - y_k\\right)^2',
  cross_entropy: 'L = -\\sum_k y_k \\log a_k^{[L]}',
  binary_cross_entropy: 'L = -\\left(y \\log a^{[L]} + (1 - y)\\log\\left(1 - a^{[L]}\\right)\\right)',
};

/** ∂L/∂z of the output layer for each loss (with its output activation f). */
const OUTPUT_DELTAS: Readonly<Record<string, string>> = {
  squared: "\\delta_j^{[L]} = \\frac{\\partial L}{\\partial z_j^{[L]}} = \\left(a_j^{[L]} - y_j\\right) f'\\!\\left(z_j^{[L]}\\right)",
  cross_entropy: '\\delta_j^{[L]} = \\frac{\\partial L}{\\partial z_j^{[L]}} = a_j^{[L]} - y_j',
  binary_cross_entropy: '\\delta^{[L]} = \\frac{\\partial L}{\\partial z^{[L]}} = a^{[L]} - y',
};

const GRADIENT = '\\frac{\\partial L}{\\partial w_{ji}^{[\\ell]}} = \\delta_j^{[\\ell]}\\, a_i^{[\\ell-1]},\\quad \\frac{\\partial L}{\\partial b_j^{[\\ell]}} = \\delta_j^{[\\ell]}';

/** The update rule of the optimiser with its numbers, for the gradient `g` (TeX). */
export function updateFormula(settings: StepSettings, g: string): string {
  const eta = tex(settings.learningRate);
  const rules: Record<string, string> = {
    sgd: `w \\leftarrow w - \\eta\\, ${g},\\quad \\eta = ${eta}`,
    momentum: `v \\leftarrow \\mu v + ${g},\\quad w \\leftarrow w - \\eta\\, v,\\quad \\eta = ${eta},\\ \\mu = ${tex(settings.momentum)}`,
    adam:
      `m \\leftarrow \\beta_1 m + (1 - \\beta_1)\\, ${g},\\quad v \\leftarrow \\beta_2 v + (1 - \\beta_2) \\left(${g}\\right)^2,\\quad ` +
      `w \\leftarrow w - \\eta\\, \\frac{\\hat m}{\\sqrt{\\hat v} + \\epsilon},\\quad \\eta = ${eta},\\ \\beta_1 = ${tex(settings.beta1)},\\ \\beta_2 = ${tex(settings.beta2)}`,
  };
  const penalty: Record<string, string> = {
    L1: `,\\quad w \\leftarrow w - \\eta\\lambda\\,\\operatorname{sign}(w),\\ \\lambda = ${tex(settings.regularizationRate)}`,
    L2: `,\\quad w \\leftarrow w - \\eta\\lambda\\, w,\\ \\lambda = ${tex(settings.regularizationRate)}`,
  };
  const regularised = settings.regularizationRate > 0 ? (penalty[settings.regularization] ?? '') : '';
  return (rules[settings.optimizer] ?? rules.sgd!) + regularised;
}

/** A layer's name in the notation: ℓ = 1 for the first hidden layer, L for the output. */
function layerName(layer: number, last: number): string {
  return layer === last ? 'the output layer' : `hidden layer ${layer + 1}`;
}

/** Every weight's and bias's update in `changes`, from the network before it. */
function updates(network: NetworkWeights, changes: StepChanges): Shown[] {
  return network.layers.flatMap(({ weights, biases }, layer) => [
    ...weights.flatMap((row, to) =>
      row.map((before, from): Shown => ({
        place: { kind: 'link', layer, to, from },
        symbol: 'w',
        before,
        value: changes.weightsAfter[layer]![to]![from]!,
      })),
    ),
    ...biases.map((before, unit): Shown => ({ place: { kind: 'bias', layer, unit }, symbol: 'b', before, value: changes.biasesAfter[layer]![unit]! })),
  ]);
}

/** The steps of `trace`, traced on `network`, one example of a minibatch of `settings.batchSize`. */
export function stepsOf(trace: StepTrace, network: NetworkWeights, settings: StepSettings): Step[] {
  const last = network.layers.length - 1;
  const neuron = (layer: number, unit: number) => ({ kind: 'neuron', layer, unit }) as const;
  const steps: Step[] = [];
  steps.push({
    title: `Training example ${trace.example + 1}: its inputs`,
    formula: 'a_i^{[0]} = x_i',
    said: `Training example ${trace.example + 1}. Its inputs ${trace.inputs.map(formatNumber).join(', ')} enter the network.`,
    shown: trace.inputs.map((value, unit) => ({ place: neuron(-1, unit), symbol: 'x', value })),
  });
  network.layers.forEach(({ activation }, layer) => {
    steps.push({
      title: `Forward pass: ${layerName(layer, last)}`,
      formula: `z_j^{[\\ell]} = \\sum_i w_{ji}^{[\\ell]}\\, a_i^{[\\ell-1]} + b_j^{[\\ell]},\\quad a_j^{[\\ell]} = f\\!\\left(z_j^{[\\ell]}\\right),\\quad f = \\mathrm{${activation.replace(/_/g, '\\_')}},\\ \\ell = ${layer + 1}`,
      said: `Forward pass, ${layerName(layer, last)}: each neuron's weighted sum z and activation a. ` +
        trace.a[layer]!.map((a, unit) => `Neuron ${unit + 1}: z ${formatNumber(trace.z[layer]![unit]!)}, a ${formatNumber(a)}.`).join(' '),
      shown: trace.z[layer]!.flatMap((z, unit) => [
        { place: neuron(layer, unit), symbol: 'z', value: z },
        { place: neuron(layer, unit), symbol: 'a', value: trace.a[layer]![unit]! },
      ]),
    });
  });
  steps.push({
    title: 'The loss for this example',
    formula: `${LOSS_FORMULAS[trace.lossName] ?? 'L'} = ${tex(trace.loss)}`,
    said: `The loss for this example is ${formatNumber(trace.loss)}; the target is ${trace.target.map(formatNumber).join(', ')}.`,
    shown: [
      ...trace.target.map((value, unit) => ({ place: neuron(last, unit), symbol: 'y', value })),
      { place: neuron(last, 0), symbol: 'L', value: trace.loss },
    ],
  });
  for (let layer = last; layer >= 0; layer--) {
    const delta =
      layer === last
        ? (OUTPUT_DELTAS[trace.lossName] ?? OUTPUT_DELTAS.squared!)
        : "\\delta_i^{[\\ell]} = f'\\!\\left(z_i^{[\\ell]}\\right) \\sum_j w_{ji}^{[\\ell+1]}\\, \\delta_j^{[\\ell+1]}";
    steps.push({
      title: `Backward pass: ${layerName(layer, last)}`,
      formula: `${delta},\\quad ${GRADIENT},\\quad \\ell = ${layer + 1}`,
      said: `Backward pass, ${layerName(layer, last)}: each neuron's delta, and the gradient of the loss for each weight into it. ` +
        trace.delta[layer]!.map((d, unit) => `Neuron ${unit + 1}: delta ${formatNumber(d)}.`).join(' '),
      shown: [
        ...trace.delta[layer]!.map((value, unit) => ({ place: neuron(layer, unit), symbol: 'δ', value })),
        ...trace.weightGradients[layer]!.flatMap((row, to) =>
          row.map((value, from): Shown => ({ place: { kind: 'link', layer, to, from }, symbol: '∂L/∂w', value })),
        ),
        ...trace.biasGradients[layer]!.map((value, unit): Shown => ({ place: { kind: 'bias', layer, unit }, symbol: '∂L/∂b', value })),
      ],
    });
  }
  steps.push({
    title: 'The update from this example alone',
    formula: updateFormula(settings, '\\frac{\\partial L}{\\partial w}'),
    said: 'The update: each weight and bias moves against its gradient. Each link shows its old and new value.',
    shown: updates(network, trace),
  });
  const size = trace.minibatch.examples.length;
  steps.push({
    title: `The whole minibatch's step: ${size} examples`,
    formula: `${updateFormula(settings, '\\frac{1}{B}\\sum_{n=1}^{B} \\frac{\\partial L_n}{\\partial w}')},\\quad B = ${size}`,
    said:
      `Training takes a minibatch of ${size} examples, this one and the ${size - 1} after it, and moves each weight once ` +
      `by their mean gradient. Their mean loss is ${formatNumber(trace.minibatch.loss)}. Each link shows its old and new value.`,
    shown: [{ place: neuron(last, 0), symbol: 'mean L', value: trace.minibatch.loss }, ...updates(network, trace.minibatch)],
  });
  return steps;
}
