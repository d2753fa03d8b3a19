// web/src/app/diagnosis.ts: a dead hidden layer or a saturated output, from explicit grids; and nothing
// for a healthy network. (Replaces deadLayer.test.mjs: same cases, now through the neuron order of neurons.ts.)
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { load } from './load.mjs';

const { deadLayer, diagnose, divergence, saturatedOutput } = await load('app/diagnosis.ts');
const { DEFAULT_STATE } = await load('state.ts');

// 2 inputs, hidden layers of 2 and 1 neurons, 1 output; 3 cells per grid.
const shape = { inputs: 2, layerSizes: [2, 1, 1] };
const grids = (...neurons) => Float32Array.from(neurons.flat());
const live = [0, 0.5, 0];
const zero = [0, -0, 0];

test('a hidden layer whose every neuron outputs 0 in every cell is found', () => {
  assert.equal(deadLayer(grids(live, live, zero, zero, live, live), shape, 3), 0);
  assert.equal(deadLayer(grids(zero, zero, live, zero, zero, live), shape, 3), 1);
});

test('no dead layer: a neuron outputs something somewhere, or only the inputs or the output are 0', () => {
  assert.equal(deadLayer(grids(live, live, zero, live, live, live), shape, 3), null);
  assert.equal(deadLayer(grids(zero, zero, live, live, live, zero), shape, 3), null);
  assert.equal(deadLayer(grids(live, live, zero), { inputs: 2, layerSizes: [1] }, 3), null, 'no hidden layers');
  assert.equal(deadLayer(grids(live, live), shape, 3), null, 'grids too short');
});

test('a classifier output saturated at one class in every cell is found, with its sign', () => {
  assert.equal(saturatedOutput(grids(live, [1, 0.9995, 1]), 3), 1);
  assert.equal(saturatedOutput(grids(live, [-1, -1, -0.9999]), 3), -1);
  assert.equal(saturatedOutput(grids(live, [1, 0.99, 1]), 3), null, 'not saturated in one cell');
  assert.equal(saturatedOutput(grids(live, [1, -1, 1]), 3), null, 'two classes');
  assert.equal(saturatedOutput(grids([1]), 3), null, 'grids too short');
});

/** A frame of the 2-2-1-1 network above (weights only shape it), at `epoch`. */
const frame = (epoch, ...neurons) => ({
  stats: { epoch },
  neuronGrids: grids(...neurons),
  network: {
    features: ['x', 'y'],
    layers: [
      { activation: 'relu', weights: [[1, 1], [1, 1]], biases: [0, 0] },
      { activation: 'relu', weights: [[1, 1]], biases: [0] },
      { activation: 'tanh', weights: [[1]], biases: [0] },
    ],
  },
});
const relu = { ...DEFAULT_STATE, activation: 'relu', learningRate: 3 };

test('a dead layer is named, with its cause, and the fix is a tenth of the learning rate', () => {
  const notice = diagnose(frame(5, live, live, live, live, zero, live), relu, 3, false);
  assert.deepEqual(notice, {
    text:
      'All neurons of hidden layer 2 output 0 for every input (dead ReLUs), so the network cannot learn any more. ' +
      'The learning rate (3) is probably too high.',
    fixRate: 0.3,
  });
});

test('a saturated classifier is named with its class; regression is never called saturated', () => {
  const saturated = frame(5, live, live, live, live, live, [-1, -1, -1]);
  assert.match(diagnose(saturated, relu, 3, false).text, /^The output is -1 for every input: the network predicts the negative class/);
  assert.equal(diagnose(saturated, { ...relu, problem: 'regression' }, 3, false), null);
});

test('nothing is said for a healthy network, at epoch 0, for a network started at zero, or after a stop', () => {
  const dead = [live, live, zero, zero, live, live];
  assert.equal(diagnose(frame(5, live, live, live, live, live, live), relu, 3, false), null);
  assert.equal(diagnose(frame(0, ...dead), relu, 3, false), null);
  assert.equal(diagnose(frame(5, ...dead), { ...relu, initZero: true }, 3, false), null);
  assert.equal(diagnose(frame(5, ...dead), relu, 3, true), null);
});

test('at the smallest learning rate no fix is offered', () => {
  assert.equal(diagnose(frame(5, live, live, zero, zero, live, live), { ...relu, learningRate: 0.00001 }, 3, false).fixRate, null);
});

// The engine's messages, as core/trainer.cpp writes them for a NaN and for an infinite loss.
const NAN = 'training diverged in epoch 1: the loss became NaN. The learning rate (10) is probably too high. The weights are kept as they were after epoch 0.';
const INFINITE = 'training diverged in epoch 7: the loss became infinite. The learning rate (3) is probably too high. The weights are kept as they were after epoch 6.';

test('a divergence in plain words: when, what happened, which weights are shown, what to do; a tenth of the rate', () => {
  assert.deepEqual(divergence(NAN, { ...DEFAULT_STATE, learningRate: 10 }), {
    text:
      'Training stopped in epoch 1: the network’s numbers grew too large to compute, because each step changed ' +
      'the weights too much. The network is shown as it was after epoch 0. Lower the learning rate (now 10) and reset to start again.',
    fixRate: 1,
  });
  const infinite = divergence(INFINITE, { ...DEFAULT_STATE, learningRate: 3 });
  assert.match(infinite.text, /^Training stopped in epoch 7: .* after epoch 6\. Lower the learning rate \(now 3\)/);
  assert.equal(infinite.fixRate, 0.3);
  for (const { text } of [divergence(NAN, DEFAULT_STATE), infinite]) assert.doesNotMatch(text, /NaN|infinite/);
});
