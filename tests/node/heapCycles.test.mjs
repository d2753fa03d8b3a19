// 10,000 create/train/evaluate/delete cycles through the WebAssembly API leave the C++ heap where it
// started (issue 12, "Faults").
import assert from 'node:assert/strict';
import test from 'node:test';

import { assertHeapKept, circle, nnplay } from './load.mjs';

const CYCLES = 10_000;

// Small experiments that take different paths through the engine: two classes and a tanh head,
// several classes and softmax, regression, each optimiser, each regularisation.
const experiments = [
  circle,
  { ...circle, dataset: { name: 'xor', points: 40, seed: 2 }, optimizer: { name: 'adam', learningRate: 0.01, regularization: 'L1', regularizationRate: 0.001 } },
  {
    ...circle,
    dataset: { name: 'spirals', classes: 3, points: 60, seed: 3 },
    network: { hidden: [5], activation: 'relu', output: 'softmax' },
    loss: 'cross_entropy',
    optimizer: { name: 'momentum', learningRate: 0.03, regularization: 'L2', regularizationRate: 0.01 },
  },
  { ...circle, dataset: { name: 'plane', points: 40, seed: 4 }, network: { hidden: [3, 3], activation: 'elu', output: 'linear' } },
].map((config) => JSON.stringify({ ...config, dataset: { points: 40, ...config.dataset } }));

function cycle(config) {
  const session = new nnplay.Session(config);
  try {
    session.train(2);
    const stats = session.evaluate();
    assert.ok(Number.isFinite(stats.trainLoss), 'a finite loss');
  } finally {
    session.delete();
  }
}

test('10,000 create/train/evaluate/delete cycles leave the heap where it started', () => {
  const rounds = CYCLES / experiments.length;
  // The first round warms up what lasts for the module's lifetime (Embind's type tables, the
  // engine's named tables); assertHeapKept runs it before reading the heap.
  assertHeapKept(() => experiments.forEach(cycle), rounds - 1);
});
