// web/src/app/training.ts with own data kept in a stand-in for the browser's localStorage: new points
// of the same shape go to the running experiment as new data; other own data rebuilds it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { load } from './load.mjs';

const items = new Map();
globalThis.localStorage = {
  getItem: (key) => items.get(key) ?? null,
  setItem: (key, value) => items.set(key, String(value)),
  removeItem: (key) => items.delete(key),
};
const { storedData } = await load('data/storedData.ts');
const { Training } = await load('app/training.ts');
const { createSettings } = await load('app/settings.ts');
const { DEFAULT_STATE } = await load('state.ts');

test("own data kept in the browser reaches the engine: as new data for the running network, or as a new experiment", () => {
  const settings = createSettings({ ...DEFAULT_STATE, seed: 'start' });
  const sent = [];
  const told = [];
  const training = new Training(settings, (command) => sent.push(command), { output: 10, neuron: 4 }, (event) => told.push(event), (key) =>
    storedData.get(key));
  settings.subscribe(training.changed);
  const drawn = { csv: 'x1,x2,class\n1,1,1\n-1,-1,0\n', labels: 'classes', trainPercent: 75 };
  const key = storedData.put(JSON.stringify(drawn));
  training.play();
  settings.update({ customData: key }, 'data');
  assert.equal(sent.at(-1).type, 'data');
  assert.deepEqual(JSON.parse(sent.at(-1).dataset), drawn);
  assert.equal(training.playing, true);
  assert.equal(told.at(-1), 'regenerate');
  const uploaded = { csv: 'x1,x2,value\n1,1,0.5\n-1,-1,0.25\n', labels: 'values' };
  settings.update({ customData: storedData.put(JSON.stringify(uploaded)), problem: 'regression' });
  assert.equal(sent.at(-1).type, 'init');
  assert.deepEqual(sent.at(-1).session.dataset, { ...uploaded, trainPercent: 50 });
  assert.equal(told.at(-1), 'rebuild');
});
