// web/src/app/locks.ts: which controls are hidden or locked, from the configuration and the settings.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { load } from './load.mjs';

const { locksOf } = await load('app/locks.ts');
const { DEFAULT_STATE, parseHash } = await load('state.ts');

test('the Playground’s name_hide keys hide controls, hideText hides the text, nothing is locked by default', () => {
  const state = parseHash('#learningRate_hide=true&dataset_hide=true&noise_hide=false&hideText=true', DEFAULT_STATE);
  const locks = locksOf({}, state);
  assert.deepEqual([...locks.hidden].sort(), ['dataset', 'learningRate']);
  assert.equal(locks.locked.size, 0);
  assert.equal(locks.textHidden, true);
});

test('config.locked locks controls without hiding them', () => {
  const locks = locksOf({ locked: ['batchSize', 'regenerate'] }, DEFAULT_STATE);
  assert.deepEqual([...locks.locked], ['batchSize', 'regenerate']);
  assert.equal(locks.hidden.size, 0);
  assert.equal(locks.textHidden, false);
});
