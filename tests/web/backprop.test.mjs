// The backprop widget's pure parts: its options as a lesson file gives them, and the stages of one
// step with the sign questions placed after the δ each needs (web/src/learn/widgets/backprop*.ts).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { load } from './load.mjs';

const { backpropOptions } = await load('learn/widgets/backpropOptions.ts');
const { backpropStages } = await load('learn/widgets/backpropStages.ts');

const spec = {
  kind: 'backprop',
  label: 'A step',
  hidden: { weights: [[1, 0], [0, 1]], biases: [0, 0] },
  output: { weights: [1, -1], bias: 0 },
  examples: [
    { inputs: [2, -1], label: 1 },
    { inputs: [0, 1], label: 0 },
  ],
};

test('the options count questions from 1 in the lesson file and from 0 for the engine, and refuse what is wrong by name', () => {
  const options = backpropOptions(spec);
  assert.equal(options.learningRate, 0.5);
  assert.equal(options.hiddenActivation, 'tanh');
  assert.deepEqual(options.questions, [
    { layer: 1, to: 0, from: 0 },
    { layer: 0, to: 0, from: 0 },
    { layer: 0, to: 1, from: 1 },
  ]);
  assert.throws(() => backpropOptions({ ...spec, examples: spec.examples.slice(0, 1) }), /examples must be a list of at least two/);
  assert.throws(() => backpropOptions({ ...spec, examples: [{ inputs: [1, 2], label: 2 }, spec.examples[1]] }), /examples\[0\]\.label must be 0 or 1/);
  assert.throws(() => backpropOptions({ ...spec, questions: [{ layer: 2, to: 2, from: 1 }] }), /questions\[0\]/);
});

// A trace made by hand, consistent with ∂L/∂w = δ·a: inputs (2, −1), hidden activations (0.5, −0.25),
// hidden δ (0.1, −0.2), output δ −0.5. Output gradients −0.5·0.5 = −0.25 and −0.5·(−0.25) = 0.125;
// h₁'s 0.1·2 = 0.2 and 0.1·(−1) = −0.1; h₂'s −0.2·2 = −0.4 and −0.2·(−1) = 0.2; the last set to 0.
const network = {
  features: [],
  classes: ['0', '1'],
  layers: [
    { activation: 'tanh', weights: [[1, 0], [0, 1]], biases: [0, 0] },
    { activation: 'sigmoid', weights: [[1, -1]], biases: [0] },
  ],
};
const trace = {
  inputs: [2, -1],
  target: [1],
  z: [[0.55, -0.26], [0.75]],
  a: [[0.5, -0.25], [0.5]],
  delta: [[0.1, -0.2], [-0.5]],
  loss: 0.69,
  weightGradients: [[[0.2, -0.1], [-0.4, 0]], [[-0.25, 0.125]]],
  biasGradients: [[0.1, -0.2], [-0.5]],
  weightChanges: [[[-0.1, 0.05], [0.2, 0]], [[0.125, -0.0625]]],
  biasChanges: [[-0.05, 0.1], [0.25]],
  weightsAfter: [[[0.9, 0.05], [0.2, 1]], [[1.125, -1.0625]]],
  biasesAfter: [[-0.05, 0.1], [0.25]],
};

test('each question follows the δ of the neuron its weight leads into, says why its sign is what it is, and a zero gradient is not asked', () => {
  const questions = [
    { layer: 1, to: 0, from: 0 },
    { layer: 0, to: 0, from: 1 },
    { layer: 0, to: 1, from: 1 },
  ];
  const stages = backpropStages(trace, network, 0.5, questions);
  assert.deepEqual(
    stages.map(({ title }) => title),
    [
      'The example and the weights',
      'Forward: the hidden layer',
      'Forward: the output',
      'The loss',
      "Backward: the output's δ",
      'Predict: the sign of the gradient of the weight from h₁ to the output',
      'Backward: the δ of h₁',
      'Predict: the sign of the gradient of the weight from x₂ to h₁',
      'Backward: the δ of h₂',
      "Backward: every weight's gradient",
      'The update',
    ],
  );
  const [first, second] = stages.filter((stage) => stage.question).map((stage) => stage.question);
  assert.equal(first.value, -0.25);
  assert.equal(
    first.why,
    'It is negative because the δ of the output (−0.5) is negative and the activation of h₁ it multiplies (0.5) is positive, ' +
      'and numbers of opposite signs multiply to a negative one.',
  );
  assert.equal(second.value, -0.1);
  assert.match(second.why, /the δ of h₁ \(0\.1\) is positive and the input x₂ it multiplies \(−1\) is negative/);
});
