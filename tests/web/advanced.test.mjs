// The Advanced settings as rules on the settings (web/src/app/advanced.ts).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { load } from './load.mjs';

const { hasAdvancedSettings, newWeights } = await load('app/advanced.ts');
const { DEFAULT_STATE, parseHash } = await load('state.ts');

test('the Playground’s settings have no Advanced setting; a link that sets any one of them has', () => {
  assert.equal(hasAdvancedSettings(DEFAULT_STATE), false);
  // A Playground link, its initZero included: the Playground has that setting (without a control).
  assert.equal(hasAdvancedSettings(parseHash('activation=relu&learningRate=0.1&networkShape=8,8,8&initZero=true', DEFAULT_STATE)), false);
  for (const hash of ['optimizer=adam', 'momentum=0.5', 'beta2=0.99', 'loss=squared', 'outputActivation=sigmoid', 'init=he', 'standardize=true', 'layerActivations=relu']) {
    assert.equal(hasAdvancedSettings(parseHash(hash, DEFAULT_STATE)), true, hash);
  }
});

test('New weights takes the new seed and keeps the data’s: the seed it was drawn from, or the data seed it had', () => {
  assert.deepEqual(newWeights({ ...DEFAULT_STATE, seed: '0.5', dataSeed: '' }, '0.7'), { seed: '0.7', dataSeed: '0.5' });
  assert.deepEqual(newWeights({ ...DEFAULT_STATE, seed: '0.5', dataSeed: '0.3' }, '0.7'), { seed: '0.7', dataSeed: '0.3' });
});
