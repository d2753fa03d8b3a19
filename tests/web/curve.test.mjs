// The function dataset in the page's settings (web/src/state.ts): its URL keys and the engine
// configuration it gives.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { load } from './load.mjs';

const { DEFAULT_STATE, readHash, serialiseHash } = await load('state.ts');
const { sessionConfig } = await load('sessionConfig.ts');

test('the function dataset sends its curve to the engine; other datasets send none', () => {
  const state = { ...DEFAULT_STATE, dataset: 'function', curve: 'x^3 - x' };
  assert.equal(sessionConfig(state).dataset.name, 'function');
  assert.equal(sessionConfig(state).dataset.function, 'x^3 - x');
  assert.equal('function' in sessionConfig({ ...state, dataset: 'spiral' }).dataset, false);
  assert.equal('function' in sessionConfig({ ...state, problem: 'regression' }).dataset, false);
});

test('a link keeps the dataset and its curve, symbols and all', () => {
  const state = { ...DEFAULT_STATE, dataset: 'function', curve: '|x| − 2^x' };
  const hash = serialiseHash(state);
  assert.match(hash, /(^|&)dataset=function(&|$)/);
  const { state: read, refused } = readHash(`#${hash}`, DEFAULT_STATE);
  assert.deepEqual(refused, []);
  assert.equal(read.dataset, 'function');
  assert.equal(read.curve, '|x| − 2^x');
});
