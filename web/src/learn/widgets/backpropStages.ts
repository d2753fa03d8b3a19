// One gradient-descent step of the 2–2–1 network on one example, as the stages the backprop widget
// walks through: the example, the forward pass (hidden layer, output), the loss, the backward pass
// (the output's δ, each hidden neuron's δ from it, every weight's gradient) and the update, with
// the sign questions placed after the δ their weight's gradient needs. Pure: every number is the
// engine's (traceJson and networkJson); the formulas show how they follow from one another.
import type { Shown } from '../../microscope/steps';
import { formatNumber, updateFormula } from '../../microscope/steps';
import type { ExampleTrace, NetworkWeights } from '../../protocol';
import type { WeightPlace } from './backpropOptions';
import { factor, gradientTex, neuronName, signWord, tex, unitTex, weightName, weightTex } from './backpropNotation';


/** A prediction the learner makes before a gradient is shown. */
export interface Question {
  place: WeightPlace;
  /** ∂L/∂w, the engine's. */
  value: number;
  /** "the weight from h₁ to the output". */
  weight: string;
  /** The two numbers the gradient multiplies, δ and a (TeX), shown with the question. */
  known: string;
  /** ∂L/∂w = δ·a with its numbers (TeX), shown once answered. */
  worked: string;
  /** Why the sign is what it is, in one sentence. */
  why: string;
}

export interface Stage {
  title: string;
  /** What happens, in plain words. */
  note: string;
  /** The rule (TeX). */
  formula: string;
  /** The rule with this example's numbers, one line each (TeX). */
  worked: string[];
  /** The numbers on the diagram. */
  shown: Shown[];
  question?: Question;
}

/** Each hidden activation: its TeX name, its slope f′ as a rule and with the neuron's a in it. */
const ACTIVATIONS: Readonly<Record<string, { name: string; rule: string; of: (a: number) => string }>> = {
  tanh: { name: '\\tanh', rule: "f'(z) = 1 - \\tanh^2 z = 1 - a^2", of: (a) => `\\left(1 - ${factor(a)}^2\\right)` },
  sigmoid: { name: '\\sigma', rule: "f'(z) = \\sigma(z)\\left(1 - \\sigma(z)\\right) = a(1 - a)", of: (a) => `${tex(a)}\\left(1 - ${tex(a)}\\right)` },
};

const neuron = (layer: number, unit: number, symbol: string, value: number): Shown => ({ place: { kind: 'neuron', layer, unit }, symbol, value });
const link = ({ layer, to, from }: WeightPlace, symbol: string, value: number, before?: number): Shown => ({
  place: { kind: 'link', layer, to, from },
  symbol,
  value,
  ...(before === undefined ? {} : { before }),
});

/** Every weight of the network, hidden layer first. */
function weightPlaces(network: NetworkWeights): WeightPlace[] {
  return network.layers.flatMap(({ weights }, layer) => weights.flatMap((row, to) => row.map((_, from) => ({ layer, to, from }))));
}

/** The activation a weight's gradient multiplies: the input or hidden activation it comes from. */
function sourceOf(trace: ExampleTrace, { layer, from }: WeightPlace): number {
  return layer === 0 ? trace.inputs[from]! : trace.a[0]![from]!;
}

function question(trace: ExampleTrace, place: WeightPlace): Question {
  const value = trace.weightGradients[place.layer]![place.to]![place.from]!;
  const delta = trace.delta[place.layer]![place.to]!;
  const source = sourceOf(trace, place);
  const sourceWords = place.layer === 0 ? `the input ${neuronName(-1, place.from)}` : `the activation of ${neuronName(0, place.from)}`;
  const rule = delta * source > 0 ? 'two numbers of the same sign multiply to a positive one' : 'numbers of opposite signs multiply to a negative one';
  return {
    place,
    value,
    weight: weightName(place),
    known: `${unitTex('\\delta', place.layer, place.to)} = ${tex(delta)},\\quad ${unitTex('a', place.layer - 1, place.from)} = ${tex(source)}`,
    worked: `${gradientTex(place)} = ${unitTex('\\delta', place.layer, place.to)}\\, ${unitTex('a', place.layer - 1, place.from)} = ${factor(delta)} \\cdot ${factor(source)} = ${tex(value)}`,
    why:
      `It is ${signWord(value)} because the δ of ${neuronName(place.layer, place.to)} (${formatNumber(delta)}) is ${signWord(delta)} ` +
      `and ${sourceWords} it multiplies (${formatNumber(source)}) is ${signWord(source)}, and ${rule}.`,
  };
}

function questionStage(trace: ExampleTrace, place: WeightPlace, context: Shown[]): Stage {
  const asked = question(trace, place);
  return {
    title: `Predict: the sign of the gradient of ${asked.weight}`,
    note: 'The gradient of a weight is the δ of the neuron it leads into times the activation it carries. Both numbers are below and on the diagram.',
    formula: `${gradientTex(place)} = ${unitTex('\\delta', place.layer, place.to)}\\, ${unitTex('a', place.layer - 1, place.from)}`,
    worked: [],
    shown: context,
    question: asked,
  };
}

/**
 * The stages of `trace` on `network` with learning rate `learningRate`; a question of `questions`
 * follows the δ stage of the neuron its weight leads into (one whose gradient is zero is left out:
 * it has no sign to predict).
 */
export function backpropStages(trace: ExampleTrace, network: NetworkWeights, learningRate: number, questions: readonly WeightPlace[]): Stage[] {
  const [hidden, output] = network.layers as [NetworkWeights['layers'][0], NetworkWeights['layers'][0]];
  const derivative = ACTIVATIONS[hidden.activation] ?? ACTIVATIONS.tanh!;
  const activation = derivative.name;
  const [x1, x2] = trace.inputs as [number, number];
  const y = trace.target[0]!;
  const out = trace.a[1]![0]!;
  const outDelta = trace.delta[1]![0]!;
  const weight = ({ layer, to, from }: WeightPlace): number => network.layers[layer]!.weights[to]![from]!;
  const inputs = [neuron(-1, 0, 'x', x1), neuron(-1, 1, 'x', x2)];
  const hiddenLinks = weightPlaces(network).filter(({ layer }) => layer === 0);
  const outputLinks = weightPlaces(network).filter(({ layer }) => layer === 1);
  const asked = (layer: number, to: number): Stage[] =>
    questions
      .filter((place) => place.layer === layer && place.to === to && trace.weightGradients[layer]![to]![place.from] !== 0)
      .map((place) =>
        questionStage(trace, place, [
          layer === 0 ? inputs[place.from]! : neuron(0, place.from, 'a', trace.a[0]![place.from]!),
          neuron(layer, to, 'δ', trace.delta[layer]![to]!),
          link(place, 'w', weight(place)),
        ]),
      );

  const stages: Stage[] = [
    {
      title: 'The example and the weights',
      note: `One example goes in: x₁ = ${formatNumber(x1)}, x₂ = ${formatNumber(x2)}, and its label y = ${formatNumber(y)} is what the output should say.`,
      formula: `a^{[2]} = \\sigma\\!\\left(\\sum_j w_{1j}^{[2]}\\, f\\!\\left(\\sum_i w_{ji}^{[1]} x_i + b_j^{[1]}\\right) + b^{[2]}\\right),\\quad f = ${activation}`,
      worked: [`x_1 = ${tex(x1)},\\quad x_2 = ${tex(x2)},\\quad y = ${tex(y)}`],
      shown: [...inputs, ...weightPlaces(network).map((place) => link(place, 'w', weight(place))), neuron(1, 0, 'y', y)],
    },
    {
      title: 'Forward: the hidden layer',
      note: 'Each hidden neuron adds up the inputs times its weights, plus its bias (z), then applies its activation (a).',
      formula: `z_j^{[1]} = w_{j1}^{[1]} x_1 + w_{j2}^{[1]} x_2 + b_j^{[1]},\\quad a_j^{[1]} = ${activation}\\!\\left(z_j^{[1]}\\right)`,
      worked: [0, 1].map((j) => {
        const z = trace.z[0]![j]!;
        const sum = hidden.weights[j]!.map((w, i) => `${factor(w)} \\cdot ${factor(trace.inputs[i]!)}`).join(' + ');
        return `z_{${j + 1}}^{[1]} = ${sum} + ${factor(hidden.biases[j]!)} = ${tex(z)},\\quad a_{${j + 1}}^{[1]} = ${activation}(${tex(z)}) = ${tex(trace.a[0]![j]!)}`;
      }),
      shown: [...inputs, ...hiddenLinks.map((place) => link(place, 'w', weight(place))), ...[0, 1].flatMap((j) => [neuron(0, j, 'z', trace.z[0]![j]!), neuron(0, j, 'a', trace.a[0]![j]!)])],
    },
    {
      title: 'Forward: the output',
      note: 'The output does the same with the hidden activations, and its sigmoid turns z into a probability that the label is 1.',
      formula: 'z^{[2]} = w_{11}^{[2]} a_1^{[1]} + w_{12}^{[2]} a_2^{[1]} + b^{[2]},\\quad a^{[2]} = \\sigma\\!\\left(z^{[2]}\\right) = \\frac{1}{1 + e^{-z^{[2]}}}',
      worked: [
        `z^{[2]} = ${output.weights[0]!.map((w, j) => `${factor(w)} \\cdot ${factor(trace.a[0]![j]!)}`).join(' + ')} + ${factor(output.biases[0]!)} = ${tex(trace.z[1]![0]!)},\\quad a^{[2]} = \\sigma(${tex(trace.z[1]![0]!)}) = ${tex(out)}`,
      ],
      shown: [...[0, 1].map((j) => neuron(0, j, 'a', trace.a[0]![j]!)), ...outputLinks.map((place) => link(place, 'w', weight(place))), neuron(1, 0, 'z', trace.z[1]![0]!), neuron(1, 0, 'a', out)],
    },
    {
      title: 'The loss',
      note: `The loss is −log of the probability the network gave the right label: small when the output is near y = ${formatNumber(y)}, large when it is far.`,
      formula: 'L = -\\left(y\\, \\log a^{[2]} + (1 - y)\\, \\log\\left(1 - a^{[2]}\\right)\\right)',
      worked: [y === 1 ? `L = -\\log a^{[2]} = -\\log(${tex(out)}) = ${tex(trace.loss)}` : `L = -\\log\\left(1 - a^{[2]}\\right) = -\\log\\left(1 - ${tex(out)}\\right) = ${tex(trace.loss)}`],
      shown: [neuron(1, 0, 'a', out), neuron(1, 0, 'y', y), neuron(1, 0, 'L', trace.loss)],
    },
    {
      title: "Backward: the output's δ",
      note: "Backpropagation starts at the end. The output's δ says how the loss changes when the output's z grows; for a sigmoid with this loss it is just the output minus the label.",
      formula: '\\delta^{[2]} = \\frac{\\partial L}{\\partial z^{[2]}} = a^{[2]} - y',
      worked: [`\\delta^{[2]} = ${tex(out)} - ${factor(y)} = ${tex(outDelta)}`],
      shown: [neuron(1, 0, 'a', out), neuron(1, 0, 'y', y), neuron(1, 0, 'δ', outDelta)],
    },
    ...asked(1, 0),
  ];
  for (const j of [0, 1]) {
    const toOutput: WeightPlace = { layer: 1, to: 0, from: j };
    const a = trace.a[0]![j]!;
    stages.push(
      {
        title: `Backward: the δ of ${neuronName(0, j)}`,
        note: `${neuronName(0, j)} reaches the loss only through the output, so its δ is the output's δ, sent back along ${weightName(toOutput)} and scaled by the slope of its activation.`,
        formula: `\\delta_j^{[1]} = f'\\!\\left(z_j^{[1]}\\right) w_{1j}^{[2]}\\, \\delta^{[2]},\\quad ${derivative.rule}`,
        worked: [`\\delta_{${j + 1}}^{[1]} = ${derivative.of(a)} \\cdot ${factor(weight(toOutput))} \\cdot ${factor(outDelta)} = ${tex(trace.delta[0]![j]!)}`],
        shown: [neuron(1, 0, 'δ', outDelta), link(toOutput, 'w', weight(toOutput)), neuron(0, j, 'a', a), neuron(0, j, 'δ', trace.delta[0]![j]!)],
      },
      ...asked(0, j),
    );
  }
  const places = weightPlaces(network);
  const gradient = ({ layer, to, from }: WeightPlace): number => trace.weightGradients[layer]![to]![from]!;
  const shownDeltas = [neuron(0, 0, 'δ', trace.delta[0]![0]!), neuron(0, 1, 'δ', trace.delta[0]![1]!), neuron(1, 0, 'δ', outDelta)];
  stages.push(
    {
      title: "Backward: every weight's gradient",
      note: 'Each weight gets its gradient: the δ of the neuron it leads into times the activation it carries. A bias carries 1, so its gradient is that δ.',
      formula: `\\frac{\\partial L}{\\partial w_{ji}^{[\\ell]}} = \\delta_j^{[\\ell]}\\, a_i^{[\\ell-1]},\\quad \\frac{\\partial L}{\\partial b_j^{[\\ell]}} = \\delta_j^{[\\ell]}`,
      worked: places.map((place) => `${gradientTex(place)} = ${factor(trace.delta[place.layer]![place.to]!)} \\cdot ${factor(sourceOf(trace, place))} = ${tex(gradient(place))}`),
      shown: [...shownDeltas, ...places.map((place) => link(place, '∂L/∂w', gradient(place)))],
    },
    {
      title: 'The update',
      note: `Every weight and bias takes a step against its gradient, the learning rate η = ${formatNumber(learningRate)} times it: a positive gradient makes it smaller, a negative one larger.`,
      formula: updateFormula(
        { optimizer: 'sgd', learningRate, momentum: 0, beta1: 0, beta2: 0, regularization: 'none', regularizationRate: 0, batchSize: 1 },
        '\\frac{\\partial L}{\\partial w}',
      ),
      worked: [
        ...places.map((place) => `${weightTex(place)}: ${tex(weight(place))} - ${tex(learningRate)} \\cdot ${factor(gradient(place))} = ${tex(trace.weightsAfter[place.layer]![place.to]![place.from]!)}`),
        ...[0, 1, 2].map((n) => {
          const [layer, unit] = n < 2 ? [0, n] : [1, 0];
          const symbol = unitTex('b', layer, unit);
          const before = network.layers[layer]!.biases[unit]!;
          return `${symbol}: ${tex(before)} - ${tex(learningRate)} \\cdot ${factor(trace.biasGradients[layer]![unit]!)} = ${tex(trace.biasesAfter[layer]![unit]!)}`;
        }),
      ],
      shown: [
        ...places.map((place) => link(place, 'w', trace.weightsAfter[place.layer]![place.to]![place.from]!, weight(place))),
        ...[0, 1].map((j) => ({ ...neuron(0, j, 'b', trace.biasesAfter[0]![j]!), before: hidden.biases[j]! })),
        { ...neuron(1, 0, 'b', trace.biasesAfter[1]![0]!), before: output.biases[0]! },
      ],
    },
  );
  return stages;
}
