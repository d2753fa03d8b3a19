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

test('a stalled loss outranks an output saturated in one frame; a dead layer outranks both', () => {
  const saturated = frame(500, live, live, live, live, live, [-1, -1, -1]);
  assert.match(diagnose(saturated, relu, 3, false, 0.9).text, /^The training loss has not fallen for 200 epochs/);
  const dead = frame(500, live, live, zero, zero, live, [-1, -1, -1]);
  assert.match(diagnose(dead, relu, 3, false, 0.9).text, /^All neurons of hidden layer 1 output 0/);
});

test('nothing is said for a healthy network, at epoch 0, for a network started at zero, or after a stop', () => {
  const dead = [live, live, zero, zero, live, live];
  assert.equal(diagnose(frame(5, live, live, live, live, live, live), relu, 3, false), null);
  assert.equal(diagnose(frame(0, ...dead), relu, 3, false), null);
  assert.equal(diagnose(frame(5, ...dead), { ...relu, init: 'zeros' }, 3, false), null);
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

const { HIGH_LOSS, LossTrend, PROGRESS_WINDOW } = await load('app/diagnosis.ts');

/** Feeds `loss(epoch)` for epochs from..to, one per frame as at speed 1; returns the epochs at which the trend had stalled. */
function stalledEpochs(trend, loss, from, to) {
  const stalled = [];
  for (let epoch = from; epoch <= to; epoch++) {
    trend.add([epoch], [loss(epoch)]);
    if (trend.stalled !== null) stalled.push(epoch);
  }
  return stalled;
}

test('a falling training loss is never stalled: fast, slow, or in frames of several epochs', () => {
  assert.deepEqual(stalledEpochs(new LossTrend(), (e) => 0.9 * Math.exp(-e / 300) + 0.3, 0, 2000), []);
  // From 1 to 0.6 over 2000 epochs: 0.0002 an epoch, 0.04 (4 % of 1) per window, above the 0.1 % a window needs.
  assert.deepEqual(stalledEpochs(new LossTrend(), (e) => 1 - e * 0.0002, 0, 2000), []);
  const framed = new LossTrend();
  for (let epoch = 8; epoch <= 2000; epoch += 8) {
    framed.add([epoch - 6, epoch - 4, epoch - 2, epoch], [epoch - 6, epoch - 4, epoch - 2, epoch].map((e) => 2 / (1 + e / 100)));
    assert.equal(framed.stalled, null, `epoch ${epoch}`);
  }
});

test('an oscillating loss near 1 is stalled from the end of the first window on, with its mean', () => {
  // Learning rate 10 on the circle: from 0.5 untrained the loss jumps to between about 0.9 and 1.1
  // and never settles.
  const trend = new LossTrend();
  const stalled = stalledEpochs(trend, (e) => (e === 0 ? 0.5 : 1 + 0.1 * Math.sin(e)), 0, 800);
  // Epoch 200 is the first whose window (epochs 1–200) has a lowest loss before it (epoch 0's 0.5).
  assert.equal(stalled[0], PROGRESS_WINDOW);
  assert.equal(stalled.length, 800 - PROGRESS_WINDOW + 1, 'stalled at every epoch after that');
  assert.ok(Math.abs(trend.stalled - 1) < 0.01, `mean ${trend.stalled}`);
});

test('a flat loss is stalled when high, never when low (a network that has learned)', () => {
  assert.equal(stalledEpochs(new LossTrend(), () => 0.5, 0, 600)[0], PROGRESS_WINDOW);
  assert.deepEqual(stalledEpochs(new LossTrend(), () => HIGH_LOSS / 2, 0, 600), []);
});

test('a reset starts afresh; a loss that falls again is no longer stalled', () => {
  const trend = new LossTrend();
  stalledEpochs(trend, () => 0.8, 0, 400);
  assert.notEqual(trend.stalled, null);
  trend.add([0], [0.8]);
  assert.equal(trend.stalled, null, 'epoch 0 again: a reset');
  // Stalled at 0.8 again, then the learning rate is lowered and the loss falls below the lowest so far.
  stalledEpochs(trend, () => 0.8, 1, 400);
  assert.deepEqual(stalledEpochs(trend, (e) => 0.8 - (e - 400) * 0.001, 401, 500), []);
  // The same epoch again (an edit while paused) replaces its loss rather than resetting.
  trend.add([500], [0.7]);
  assert.equal(trend.stalled, null);
});

test('a stalled loss gets the notice and the lower learning rate as its fix', () => {
  const frame = { stats: { epoch: 800 }, neuronGrids: grids(live, live, live, live, [0.5, -0.5, 0.1]), network: { features: ['x', 'y'], layers: [{ weights: [[0, 0], [0, 0]], biases: [0, 0] }, { weights: [[0, 0]], biases: [0] }, { weights: [[0]], biases: [0] }] } };
  const state = { ...DEFAULT_STATE, learningRate: 10 };
  assert.equal(diagnose(frame, state, 3, false), null, 'healthy grids, no trend: nothing');
  const notice = diagnose(frame, state, 3, false, 0.98);
  assert.match(notice.text, /^The training loss has not fallen for 200 epochs and stays high \(about 0\.98\): the network is not learning\. The learning rate \(10\) is probably too high\.$/);
  assert.equal(notice.fixRate, 1);
});

test('a stalled all-linear network is told it can only draw a straight boundary, not to lower a learning rate', () => {
  const frame = { stats: { epoch: 800 }, neuronGrids: grids(live, live, live, live, [0.5, -0.5, 0.1]), network: { features: ['x', 'y'], layers: [{ weights: [[0, 0], [0, 0]], biases: [0, 0] }, { weights: [[0]], biases: [0] }] } };
  const linear = { ...DEFAULT_STATE, networkShape: [4, 4, 4], activation: 'linear' };
  for (const state of [linear, { ...DEFAULT_STATE, networkShape: [] }, { ...DEFAULT_STATE, networkShape: [4, 2], activation: 'tanh', layerActivations: ['linear', 'linear'] }]) {
    const notice = diagnose(frame, state, 3, false, 0.5);
    assert.match(notice.text, /every layer of this network is linear, so the whole network is one linear function of its inputs/);
    assert.equal(notice.fixRate, null);
  }
  // One bending layer is enough for the usual notice.
  const bending = diagnose(frame, { ...linear, layerActivations: ['', 'tanh', ''] }, 3, false, 0.5);
  assert.match(bending.text, /probably too high/);
});
