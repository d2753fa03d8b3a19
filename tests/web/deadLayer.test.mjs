// web/src/deadLayer.ts: which hidden layer, if any, outputs 0 everywhere.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { transformWithOxc } from 'vite';

const source = new URL('../../web/src/deadLayer.ts', import.meta.url);
const { code } = await transformWithOxc(await readFile(source, 'utf8'), source.pathname);
const { deadLayer, saturatedOutput } = await import(`data:text/javascript,${encodeURIComponent(code)}`);

// 2 features, hidden layers of 2 and 1 neurons, 1 output; 3 cells per grid.
const grids = (...neurons) => Float32Array.from(neurons.flat());
const live = [0, 0.5, 0];
const zero = [0, -0, 0];

test('a hidden layer whose every neuron outputs 0 in every cell is found', () => {
  assert.equal(deadLayer(grids(live, live, zero, zero, live, live), 2, [2, 1, 1], 3), 0);
  assert.equal(deadLayer(grids(zero, zero, live, zero, zero, live), 2, [2, 1, 1], 3), 1);
});

test('no dead layer: a neuron outputs something somewhere, or only the inputs or the output are 0', () => {
  assert.equal(deadLayer(grids(live, live, zero, live, live, live), 2, [2, 1, 1], 3), null);
  assert.equal(deadLayer(grids(zero, zero, live, live, live, zero), 2, [2, 1, 1], 3), null);
  assert.equal(deadLayer(grids(live, live, zero), 2, [1], 3), null, 'no hidden layers');
  assert.equal(deadLayer(grids(live, live), 2, [2, 1, 1], 3), null, 'grids too short');
});

test('a classifier output saturated at one class in every cell is found, with its sign', () => {
  assert.equal(saturatedOutput(grids(live, [1, 0.9995, 1]), 3), 1);
  assert.equal(saturatedOutput(grids(live, [-1, -1, -0.9999]), 3), -1);
  assert.equal(saturatedOutput(grids(live, [1, 0.99, 1]), 3), null, 'not saturated in one cell');
  assert.equal(saturatedOutput(grids(live, [1, -1, 1]), 3), null, 'two classes');
  assert.equal(saturatedOutput(grids([1]), 3), null, 'grids too short');
});
