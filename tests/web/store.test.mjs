// web/src/app/store.ts and settings.ts: one value, changed by update(), which says what the change means.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { load } from './load.mjs';

const { createSettings, initialState } = await load('app/settings.ts');
const { DEFAULT_STATE } = await load('state.ts');

test('update applies the patch and returns changeEffect’s effect: rebuild, live or view', () => {
  const settings = createSettings({ ...DEFAULT_STATE });
  assert.equal(settings.update({ learningRate: 0.3 }), 'live');
  assert.equal(settings.get().learningRate, 0.3);
  assert.equal(settings.update({ networkShape: [3] }), 'rebuild');
  assert.equal(settings.update({ discretize: true }), 'view');
  assert.deepEqual(settings.get(), { ...DEFAULT_STATE, learningRate: 0.3, networkShape: [3], discretize: true });
});

test('subscribers hear each change with the state before it and its effect, and nothing when nothing changed', () => {
  const settings = createSettings({ ...DEFAULT_STATE });
  const heard = [];
  const stop = settings.subscribe((state, before, effect) => heard.push([before.batchSize, state.batchSize, effect]));
  settings.update({ batchSize: 20 });
  assert.equal(settings.update({ batchSize: 20 }), undefined, 'the same value is no change');
  settings.update({ seed: '0.1' }, 'regenerate');
  stop();
  settings.update({ batchSize: 5 });
  assert.deepEqual(heard, [
    [10, 20, 'live'],
    [20, 20, 'regenerate'],
  ]);
  assert.equal(settings.get().batchSize, 5, 'an update after unsubscribing still applies');
});

test('the initial state: defaults, then the seed, then config.state, then the hash; unknown colours fall back', () => {
  const config = { state: { learningRate: 0.1, batchSize: 3 } };
  assert.deepEqual(initialState(config, '0.777'), {
    state: { ...DEFAULT_STATE, seed: '0.777', learningRate: 0.1, batchSize: 3 },
    refused: [],
  });
  const fromHash = initialState(config, '0.777', '#batchSize=7&colours=nonsense&learningRate=1e308').state;
  assert.equal(fromHash.batchSize, 7);
  assert.equal(fromHash.learningRate, 0.1, 'a refused value keeps config.state’s');
  assert.equal(fromHash.colours, 'playground');
  assert.deepEqual(initialState(config, '0.777', '#learningRate=1e308').refused.map((r) => r.key), ['learningRate']);
});
