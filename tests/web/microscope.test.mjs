// web/src/microscope/steps.ts and nearest.ts: the steps of one gradient-descent step, in order, with
// the trace's numbers placed on neurons, links and biases; the training point a click picks.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { load } from './load.mjs';

const { stepsOf, formatNumber, updateFormula } = await load('microscope/steps.ts');
const { nearestPoint } = await load('microscope/nearest.ts');

// A 2-2-1 network; every number is distinct, so a number in the wrong place is caught.
const network = {
  features: ['x', 'y'],
  layers: [
    { activation: 'tanh', weights: [[0.4, -0.3], [0.2, 0.5]], biases: [0.1, -0.1] },
    { activation: 'tanh', weights: [[0.6, -0.7]], biases: [0.05] },
  ],
};
const changes = (base) => ({
  weightGradients: [[[base + 1, base + 2], [base + 3, base + 4]], [[base + 5, base + 6]]],
  biasGradients: [[base + 7, base + 8], [base + 9]],
  weightChanges: [[[base + 11, base + 12], [base + 13, base + 14]], [[base + 15, base + 16]]],
  biasChanges: [[base + 17, base + 18], [base + 19]],
  weightsAfter: [[[base + 21, base + 22], [base + 23, base + 24]], [[base + 25, base + 26]]],
  biasesAfter: [[base + 27, base + 28], [base + 29]],
});
const trace = {
  example: 6,
  label: 1,
  lossName: 'squared',
  inputs: [0.7, -1.2],
  target: [1],
  z: [[0.31, 0.32], [0.33]],
  a: [[0.41, 0.42], [0.43]],
  delta: [[0.51, 0.52], [0.53]],
  loss: 0.125,
  ...changes(100),
  minibatch: { examples: [6, 7, 8], loss: 0.25, ...changes(200) },
};
const settings = { optimizer: 'sgd', learningRate: 0.03, momentum: 0.9, beta1: 0.9, beta2: 0.999, regularization: 'none', regularizationRate: 0, batchSize: 3 };

const numbers = (step, symbol) => step.shown.filter((shown) => shown.symbol === symbol);

test('the steps go forward layer by layer, then the loss, then backward from the last layer, then the updates', () => {
  const steps = stepsOf(trace, network, settings);
  assert.deepEqual(
    steps.map((step) => step.title),
    [
      'Training example 7: its inputs',
      'Forward pass: hidden layer 1',
      'Forward pass: the output layer',
      'The loss for this example',
      'Backward pass: the output layer',
      'Backward pass: hidden layer 1',
      'The update from this example alone',
      "The whole minibatch's step: 3 examples",
    ],
  );
  assert.deepEqual(numbers(steps[0], 'x').map((shown) => [shown.place, shown.value]), [
    [{ kind: 'neuron', layer: -1, unit: 0 }, 0.7],
    [{ kind: 'neuron', layer: -1, unit: 1 }, -1.2],
  ]);
  assert.deepEqual(numbers(steps[1], 'z').map((shown) => shown.value), [0.31, 0.32]);
  assert.deepEqual(numbers(steps[1], 'a').map((shown) => shown.value), [0.41, 0.42]);
  assert.deepEqual(numbers(steps[3], 'L').map((shown) => shown.value), [0.125]);
  assert.deepEqual(numbers(steps[4], 'δ').map((shown) => shown.value), [0.53]);
  assert.deepEqual(numbers(steps[5], '∂L/∂w').map((shown) => [shown.place, shown.value]), [
    [{ kind: 'link', layer: 0, to: 0, from: 0 }, 101],
    [{ kind: 'link', layer: 0, to: 0, from: 1 }, 102],
    [{ kind: 'link', layer: 0, to: 1, from: 0 }, 103],
    [{ kind: 'link', layer: 0, to: 1, from: 1 }, 104],
  ]);
  assert.deepEqual(numbers(steps[5], '∂L/∂b').map((shown) => shown.value), [107, 108]);
});

test("an update shows each weight's and bias's value before (the network's) and after (the engine's)", () => {
  const steps = stepsOf(trace, network, settings);
  const alone = numbers(steps[6], 'w').map(({ place, before, value }) => [place.layer, place.to, place.from, before, value]);
  assert.deepEqual(alone, [
    [0, 0, 0, 0.4, 121],
    [0, 0, 1, -0.3, 122],
    [0, 1, 0, 0.2, 123],
    [0, 1, 1, 0.5, 124],
    [1, 0, 0, 0.6, 125],
    [1, 0, 1, -0.7, 126],
  ]);
  assert.deepEqual(numbers(steps[6], 'b').map(({ before, value }) => [before, value]), [[0.1, 127], [-0.1, 128], [0.05, 129]]);
  assert.deepEqual(numbers(steps[7], 'w').map(({ value }) => value), [221, 222, 223, 224, 225, 226]);
  assert.deepEqual(numbers(steps[7], 'mean L').map(({ value }) => value), [0.25]);
});

test('formulas name the layer, the activation, the loss and the optimiser with its numbers', () => {
  const steps = stepsOf(trace, network, settings);
  assert.match(steps[1].formula, /\\mathrm\{tanh\}.*\\ell = 1/);
  assert.match(steps[3].formula, /\\tfrac\{1\}\{2\}.*= 0\.125$/);
  assert.match(steps[6].formula, /\\eta = 0\.03$/);
  assert.match(steps[7].formula, /B = 3$/);
  assert.match(updateFormula({ ...settings, optimizer: 'adam' }, 'g'), /\\beta_1 = 0\.9,\\ \\beta_2 = 0\.999/);
  assert.match(updateFormula({ ...settings, regularization: 'L2', regularizationRate: 0.1 }, 'g'), /\\lambda\\, w,\\ \\lambda = 0\.1$/);
  assert.doesNotMatch(updateFormula({ ...settings, regularization: 'L2', regularizationRate: 0 }, 'g'), /lambda/);
});

test('numbers are shown to 4 significant digits with a real minus sign', () => {
  assert.equal(formatNumber(0), '0');
  assert.equal(formatNumber(-0.123456), '−0.1235');
  assert.equal(formatNumber(12345.6), '12350');
  assert.equal(formatNumber(0.000012344), '0.00001234');
  assert.equal(formatNumber(1.5e-9), '1.5e−9');
});

test('a click picks the nearest training point, by its index in the triples', () => {
  const points = new Float32Array([0, 0, 1, 3, 4, -1, -2, 1, 1]);
  assert.equal(nearestPoint(points, { x: 2.5, y: 3 }), 1);
  assert.equal(nearestPoint(points, { x: -1.4, y: 0.8 }), 2);
  assert.equal(nearestPoint(new Float32Array(), { x: 0, y: 0 }), -1);
});
