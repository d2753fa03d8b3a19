// web/src/worker/frames.ts with a fake session: what a frame holds, and that the weights are parsed
// only after they may have changed.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { load } from './load.mjs';

const { buildFrame, NetworkCache } = await load('worker/frames.ts');

const network = {
  features: ['x', 'y'],
  layers: [{ activation: 'tanh', weights: [[0.5, -0.5]], biases: [0.1] }],
  classes: ['negative', 'positive'],
};

/** x, y and one output neuron: 3 neurons; each grid's cells hold the neuron's index + 1 scaled by the resolution. */
function fakeSession() {
  const session = {
    parses: 0,
    networkJson() {
      session.parses++;
      return JSON.stringify({ ...network, extra: 'ignored' });
    },
    outputGrid: (resolution) => new Float32Array(resolution * resolution).fill(-1),
    neuronGrids: (resolution) =>
      Float32Array.from({ length: 3 * resolution * resolution }, (_, i) => Math.floor(i / (resolution * resolution)) + 1),
    classGrids: (resolution) => new Float32Array(3 * resolution * resolution).fill(1 / 3),
    trainingState: () => Float32Array.of(4, 2),
  };
  return session;
}
const stats = (epoch) => ({ epoch, trainLoss: epoch / 10, testLoss: epoch / 5, trainAccuracy: 1, testAccuracy: 1 });
const resolutions = { output: 4, neuron: 2 };
/** The timeline of a frame of the network now. */
const now = { epochs: [0, 3, 6], shown: null, answered: 0 };
const neuronGrid = (session) => (neuron, resolution) => {
  const cells = resolution * resolution;
  return session.neuronGrids(resolution).slice(neuron * cells, (neuron + 1) * cells);
};

test('a frame: the last epoch’s stats, every epoch’s losses, the output grid, the neurons’ grids, the training state, all buffers transferred', () => {
  const session = fakeSession();
  const { frame, transfer } = buildFrame(session, [stats(3), stats(6)], resolutions, null, network, now, neuronGrid(session));
  assert.equal(frame.type, 'frame');
  assert.deepEqual(frame.stats, stats(6));
  assert.deepEqual([...frame.history.epochs], [3, 6]);
  assert.deepEqual([...frame.history.train], [0.3, 0.6].map(Math.fround));
  assert.deepEqual([...frame.history.test], [0.6, 1.2].map(Math.fround));
  assert.equal(frame.grid.length, 16, 'the output resolution, 4²');
  assert.ok(frame.grid.every((v) => v === -1), 'the output');
  assert.equal(frame.neuronGrids.length, 3 * 4, 'three neurons of 2² cells');
  assert.equal(frame.inspected, null);
  assert.equal(frame.network, network);
  assert.equal(frame.classGrids, null, 'two classes: no class grids');
  assert.equal(frame.timeline, now);
  assert.deepEqual([...frame.training], [4, 2], 'the training state');
  assert.equal(transfer.length, 6);
  for (const array of [frame.history.epochs, frame.history.train, frame.history.test, frame.grid, frame.neuronGrids, frame.training]) {
    assert.ok(transfer.includes(array.buffer));
  }
});

test('an inspected neuron is shown at the output resolution; one that no longer exists gives way to the output', () => {
  const session = fakeSession();
  const shown = buildFrame(session, [stats(1)], resolutions, 2, network, now, neuronGrid(session)).frame;
  assert.equal(shown.inspected, 2);
  assert.deepEqual([...shown.grid], new Array(16).fill(3), 'neuron 2 (the output neuron) at 4²');
  const gone = buildFrame(session, [stats(1)], resolutions, 3, network, now, neuronGrid(session)).frame;
  assert.equal(gone.inspected, null, 'three neurons: index 3 is past them');
  assert.ok(gone.grid.every((v) => v === -1));
});

test('more than two classes: each class’s probabilities at the output resolution, transferred, unless a neuron is shown', () => {
  const session = fakeSession();
  const three = { ...network, classes: ['a', 'b', 'c'] };
  const { frame, transfer } = buildFrame(session, [stats(1)], resolutions, null, three, now, neuronGrid(session));
  assert.equal(frame.classGrids.length, 3 * 16, 'three classes of 4² cells');
  assert.ok(transfer.includes(frame.classGrids.buffer));
  assert.equal(buildFrame(session, [stats(1)], resolutions, 2, three, now, neuronGrid(session)).frame.classGrids, null);
});

test('the weights are parsed once until they are invalidated, and only features, layers and classes are kept', () => {
  const session = fakeSession();
  const cache = new NetworkCache();
  assert.deepEqual(cache.get(session), network);
  cache.get(session);
  assert.equal(session.parses, 1);
  cache.invalidate();
  cache.get(session);
  assert.equal(session.parses, 2);
});

test('a frame of an earlier epoch has that epoch’s stats and no losses for the chart', () => {
  const session = fakeSession();
  const past = { epochs: [0, 3, 6], shown: 3, answered: 1 };
  const { frame } = buildFrame(session, [stats(3)], resolutions, null, network, past, neuronGrid(session));
  assert.deepEqual(frame.stats, stats(3));
  assert.equal(frame.history.epochs.length, 0);
  assert.equal(frame.training, null, 'no training state: training goes on from the network now');
  assert.equal(frame.timeline, past);
});
