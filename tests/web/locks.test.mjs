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

test('as in the Playground, percTrainData_hide also hides the test loss (and nnplay’s test accuracy); the button keys pass through', () => {
  const state = parseHash('#percTrainData_hide=true&playButton_hide=true&stepButton_hide=true&resetButton_hide=true&numHiddenLayers_hide=true', DEFAULT_STATE);
  const locks = locksOf({}, state);
  assert.deepEqual(
    [...locks.hidden].sort(),
    ['numHiddenLayers', 'percTrainData', 'playButton', 'resetButton', 'stepButton', 'testAccuracy', 'testLoss'],
  );
  assert.equal(locksOf({ locked: ['percTrainData'] }, DEFAULT_STATE).hidden.size, 0, 'locking it hides nothing');
});

test('controlState: hidden wins over locked; a key in neither is shown', async () => {
  const { controlState } = await load('app/locks.ts');
  const locks = locksOf({ locked: ['noise', 'weights'] }, parseHash('#noise_hide=true', DEFAULT_STATE));
  assert.equal(controlState(locks, 'noise'), 'hidden');
  assert.equal(controlState(locks, 'weights'), 'locked');
  assert.equal(controlState(locks, 'batchSize'), 'shown');
});
