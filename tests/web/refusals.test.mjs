// web/src/app/refusals.ts: what the page says about values and settings it did not use.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { load } from './load.mjs';

const { linkRefusals, settingsRefused } = await load('app/refusals.ts');
const { DEFAULT_STATE, readHash } = await load('state.ts');

test('each value of a link not used gets a sentence: what its key takes and the value used instead', () => {
  const { state, refused } = readHash('#regDataset=moons&learningRate=1e308', DEFAULT_STATE);
  assert.equal(
    linkRefusals(refused, state),
    "The link's regDataset=moons was not used: regDataset takes reg-plane, reg-gauss, so it is reg-plane. " +
      "The link's learningRate=1e308 was not used: learningRate takes a number from 0 to 100, so it is 0.03.",
  );
  assert.equal(linkRefusals([], state), null);
  const long = readHash(`#dataset=${'x'.repeat(500)}`, DEFAULT_STATE);
  assert.match(linkRefusals(long.refused, long.state), /dataset=x{40}… was not used/);
});

test('an embed link’s goal or lock that was not used is said without a value used instead', () => {
  const refused = [{ key: 'goal', value: 'loss,atMost,1', allowed: 'metric,atMost|atLeast,value' }];
  assert.equal(linkRefusals(refused, DEFAULT_STATE), "The link's goal=loss,atMost,1 was not used: goal takes metric,atMost|atLeast,value.");
});

test('settings the engine refused: its message, then where the settings went', () => {
  assert.equal(
    settingsRefused('the learning rate must be a finite number ≥ 0, not inf', true),
    'These settings could not be used: the learning rate must be a finite number ≥ 0, not inf. The last settings that worked are back.',
  );
  assert.match(settingsRefused('bad.', false), /: bad\. The default settings are used instead\.$/);
});
