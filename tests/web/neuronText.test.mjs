// web/src/learn/widgets/neuronText.ts and neuronOptions.ts: the neuron widget's numbers in words and
// TeX, its goal, and its options as a lesson file gives them.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { load } from './load.mjs';

const { activationName, cornersAboveText, formatNumber, oneCornerAbove, outputTex, weightedSumTex } = await load('learn/widgets/neuronText.ts');
const { neuronOptions } = await load('learn/widgets/neuronOptions.ts');

test('numbers have at most 4 decimals, a true minus sign, and no "−0"', () => {
  assert.equal(formatNumber(0.6224593), '0.6225');
  assert.equal(formatNumber(-7.5), '−7.5');
  assert.equal(formatNumber(2), '2');
  assert.equal(formatNumber(-0.00001), '0');
});

test('the weighted sum and the output written with their numbers, negative terms in parentheses', () => {
  assert.equal(weightedSumTex([1, 0], [5, -5], -7.5, -2.5), 'z = 5 \\cdot 1 + ({-5}) \\cdot 0 + ({-7.5}) = {-2.5}');
  assert.equal(outputTex(activationName('relu'), -2.5, 0), 'a = \\operatorname{ReLU}(z) = \\operatorname{ReLU}({-2.5}) = 0');
});

test('the goal: exactly one corner above the threshold, and which corners are, in words', () => {
  // AND with sigmoid: a = 0.0006, 0.0759, 0.0759, 0.9241 at (0, 0), (0, 1), (1, 0), (1, 1).
  assert.equal(oneCornerAbove([0.0006, 0.0759, 0.0759, 0.9241], 0.9), true);
  assert.equal(cornersAboveText([0.0006, 0.0759, 0.0759, 0.9241], 0.9), '(1, 1) only');
  assert.equal(oneCornerAbove([0.3775, 0.6225, 0.6225, 0.8176], 0.9), false);
  assert.equal(cornersAboveText([0.3775, 0.6225, 0.6225, 0.8176], 0.9), 'none');
  // OR: three corners above, so the goal is not met; exactly 0.9 is not above 0.9.
  assert.equal(oneCornerAbove([0.1, 0.95, 0.95, 0.99], 0.9), false);
  assert.equal(cornersAboveText([0.1, 0.95, 0.95, 0.99], 0.9), '(0, 1), (1, 0) and (1, 1)');
  assert.equal(oneCornerAbove([0.9, 0.9, 0.9, 0.91], 0.9), true);
});

test('options: defaults, the author\'s values, and a message naming a wrong option', () => {
  const spec = { kind: 'neuron', label: 'A neuron' };
  const defaults = neuronOptions(spec);
  assert.deepEqual(defaults.activations, ['sigmoid', 'tanh', 'relu']);
  assert.equal(defaults.activation, 'sigmoid');
  assert.deepEqual([defaults.inputs, defaults.weights, defaults.bias, defaults.above], [[1, 0], [1, 1], -0.5, 0.9]);
  assert.deepEqual(neuronOptions({ ...spec, activations: ['relu', 'tanh'], weights: [5, 5] }).activation, 'relu');
  assert.throws(() => neuronOptions({ ...spec, weights: [1] }), /option "weights" must be a list of two numbers/);
  assert.throws(() => neuronOptions({ ...spec, activation: 'elu' }), /option "activation" must be one of sigmoid, tanh, relu/);
  assert.throws(() => neuronOptions({ ...spec, activations: ['softmax'] }), /knows the activations sigmoid, tanh, relu, not "softmax"/);
  assert.throws(() => neuronOptions({ ...spec, step: 0 }), /option "step" must be a positive number/);
});

test('options: a start value its slider cannot show is refused, naming the slider\'s steps', () => {
  const spec = { kind: 'neuron', label: 'A neuron' };
  assert.throws(() => neuronOptions({ ...spec, weights: [1.2, 1] }), /option "weights" must be two numbers from -10 to 10 in steps of 0.5/);
  assert.throws(() => neuronOptions({ ...spec, bias: 11 }), /option "bias" must be a number from -10 to 10 in steps of 0.5/);
  assert.throws(() => neuronOptions({ ...spec, inputs: [0.25, 1] }), /option "inputs" must be two numbers from 0 to 1 in steps of 0.1/);
  // 0.3 is 3 steps of 0.1 although 0.3 / 0.1 = 2.9999999999999996 in floating point.
  assert.deepEqual(neuronOptions({ ...spec, inputs: [0.3, 0.7], weights: [5, -7.5], bias: -7.5 }).inputs, [0.3, 0.7]);
});
