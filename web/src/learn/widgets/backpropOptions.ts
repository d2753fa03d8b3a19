// The backprop widget's options as a lesson file gives them (its YAML block), checked, and the
// engine configuration they describe: a 2–2–1 network (a hidden activation, a sigmoid output, the
// binary cross-entropy loss, plain gradient descent) built from a model file (docs/model-format.md),
// with the examples as its data. Pure: no DOM, no engine.
import type { WidgetSpec } from '../lessonData';

export interface BackpropExample {
  /** x₁ and x₂. */
  inputs: [number, number];
  /** The class, 0 or 1: the output's target. */
  label: 0 | 1;
}

/** A weight by the engine's indices: `layer` 0 is the hidden layer, 1 the output; `to` and `from` count from 0. */
export interface WeightPlace {
  layer: number;
  to: number;
  from: number;
}

export interface BackpropOptions {
  learningRate: number;
  hiddenActivation: 'tanh' | 'sigmoid';
  /** [2 hidden neurons][2 inputs]. */
  hiddenWeights: number[][];
  hiddenBiases: number[];
  /** [2 hidden neurons]: into the output. */
  outputWeights: number[];
  outputBias: number;
  /** At least two: "Another example" goes to the next. */
  examples: BackpropExample[];
  /** The weights whose gradient's sign the learner predicts, in the order asked. */
  questions: WeightPlace[];
}

const HIDDEN_ACTIVATIONS = ['tanh', 'sigmoid'] as const;

/** The questions when the lesson names none: the output weight from h₁, then the weights x₁→h₁ and x₂→h₂. */
const DEFAULT_QUESTIONS: WeightPlace[] = [
  { layer: 1, to: 0, from: 0 },
  { layer: 0, to: 0, from: 0 },
  { layer: 0, to: 1, from: 1 },
];

function fail(problem: string): never {
  throw new Error(`The backprop widget's options are wrong: ${problem}.`);
}

function numbers(value: unknown, length: number, name: string): number[] {
  if (!Array.isArray(value) || value.length !== length || !value.every((x) => typeof x === 'number' && Number.isFinite(x))) {
    fail(`${name} must be a list of ${length} numbers`);
  }
  return value as number[];
}

function finite(value: unknown, name: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) fail(`${name} must be a number`);
  return value;
}

function example(value: unknown, index: number): BackpropExample {
  const { inputs, label } = (value ?? {}) as Record<string, unknown>;
  if (label !== 0 && label !== 1) fail(`examples[${index}].label must be 0 or 1`);
  const [x1, x2] = numbers(inputs, 2, `examples[${index}].inputs`);
  return { inputs: [x1!, x2!], label };
}

/**
 * A question as the lesson file names it, counting from 1: `{layer: 1, to: 2, from: 1}` is the
 * weight from x₁ into h₂, `{layer: 2, to: 1, from: 2}` the one from h₂ into the output.
 */
function question(value: unknown, index: number): WeightPlace {
  const { layer, to, from } = (value ?? {}) as Record<string, unknown>;
  const whole = (x: unknown, most: number): x is number => Number.isInteger(x) && (x as number) >= 1 && (x as number) <= most;
  if (!whole(layer, 2) || !whole(to, layer === 2 ? 1 : 2) || !whole(from, 2)) {
    fail(`questions[${index}] must be {layer, to, from}: layer 1 (hidden, to 1–2) or 2 (output, to 1), from 1–2`);
  }
  return { layer: layer - 1, to: to - 1, from: from - 1 };
}

/** The options of `spec`, or an error naming the one that is wrong. */
export function backpropOptions(spec: WidgetSpec): BackpropOptions {
  const learningRate = finite(spec['learningRate'] ?? 0.5, 'learningRate');
  if (learningRate <= 0) fail('learningRate must be above 0');
  const hiddenActivation = spec['hiddenActivation'] ?? 'tanh';
  if (!HIDDEN_ACTIVATIONS.includes(hiddenActivation as never)) fail('hiddenActivation must be tanh or sigmoid');
  const hidden = (spec['hidden'] ?? {}) as Record<string, unknown>;
  const output = (spec['output'] ?? {}) as Record<string, unknown>;
  const rows = hidden['weights'];
  if (!Array.isArray(rows) || rows.length !== 2) fail('hidden.weights must be two rows (one per hidden neuron) of two numbers');
  const examples = spec['examples'];
  if (!Array.isArray(examples) || examples.length < 2) fail('examples must be a list of at least two {inputs, label}');
  const questions = spec['questions'] ?? DEFAULT_QUESTIONS.map(({ layer, to, from }) => ({ layer: layer + 1, to: to + 1, from: from + 1 }));
  if (!Array.isArray(questions) || questions.length === 0) fail('questions must be a list of weights');
  return {
    learningRate,
    hiddenActivation: hiddenActivation as BackpropOptions['hiddenActivation'],
    hiddenWeights: rows.map((row, j) => numbers(row, 2, `hidden.weights[${j}]`)),
    hiddenBiases: numbers(hidden['biases'], 2, 'hidden.biases'),
    outputWeights: numbers(output['weights'], 2, 'output.weights'),
    outputBias: finite(output['bias'], 'output.bias'),
    examples: examples.map(example),
    questions: questions.map(question),
  };
}

/** The Session configuration (docs/config.md) of `options`: the model, the examples as its data, the loss and the step. */
export function sessionConfig(options: BackpropOptions): object {
  const model = {
    format: 'nnplay-model',
    version: 1,
    inputs: { names: ['x1', 'x2'], features: [], standardization: null },
    output: { label: 'label', classes: ['0', '1'], target: null },
    layers: [
      { activation: options.hiddenActivation, weights: options.hiddenWeights, biases: options.hiddenBiases },
      { activation: 'sigmoid', weights: [options.outputWeights], biases: [options.outputBias] },
    ],
  };
  const csv = ['x1,x2,label', ...options.examples.map(({ inputs, label }) => `${inputs[0]},${inputs[1]},${label}`)].join('\n');
  return {
    model,
    dataset: { csv, labels: 'classes' },
    loss: 'binary_cross_entropy',
    optimizer: { name: 'sgd', learningRate: options.learningRate },
    batchSize: 1,
  };
}
