// The network edits as rules on the settings (web/src/app/edits.ts): shapes within nnplay's limits,
// and each hidden layer's own activation kept in step with the layers.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { load } from './load.mjs';

const { layerActivation, reshaped } = await load('app/edits.ts');
const { DEFAULT_STATE } = await load('state.ts');

const state = (patch) => ({ ...DEFAULT_STATE, ...patch });

test('the shape may grow to 8 hidden layers of 32 neurons and no further', () => {
  const full = state({ networkShape: [32, 32, 32, 32, 32, 32, 32, 31] });
  assert.deepEqual(reshaped(full, (shape) => shape.map((n) => Math.max(n, 32))), { networkShape: Array(8).fill(32) });
  assert.equal(reshaped(full, (shape) => shape.map((n, l) => (l === 0 ? n + 1 : n))), null, '33 neurons');
  assert.equal(reshaped(full, (shape) => [...shape, 2]), null, '9 layers');
});

test('removing a layer removes its own activation; adding one gives it the hidden activation', () => {
  const relu = state({ networkShape: [4, 2, 3], layerActivations: ['relu', '', 'sigmoid'] });
  assert.deepEqual(reshaped(relu, (shape) => shape.slice(0, -1)), { networkShape: [4, 2], layerActivations: ['relu'] });
  assert.deepEqual(reshaped(relu, (shape) => [...shape, 2]), { networkShape: [4, 2, 3, 2] });
  assert.deepEqual(reshaped(state({ networkShape: [4], layerActivations: ['relu'] }), () => []), { networkShape: [], layerActivations: [] });
});

test('a layer’s activation is stored unless it is the hidden activation, and trailing defaults are dropped', () => {
  // DEFAULT_STATE: two hidden layers [4, 2], activation tanh.
  assert.deepEqual(layerActivation(state({}), 1, 'relu'), { layerActivations: ['', 'relu'] });
  assert.deepEqual(layerActivation(state({ layerActivations: ['', 'relu'] }), 0, 'sigmoid'), { layerActivations: ['sigmoid', 'relu'] });
  assert.deepEqual(layerActivation(state({ layerActivations: ['', 'relu'] }), 1, 'tanh'), { layerActivations: [] });
});
