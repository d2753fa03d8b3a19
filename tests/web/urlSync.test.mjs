// web/src/app/urlSync.ts: the settings kept in the URL hash, both ways, only when installed.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { load } from './load.mjs';

const { installUrlSync, stateFromHash } = await load('app/urlSync.ts');
const { createSettings } = await load('app/settings.ts');
const { DEFAULT_STATE, serialiseHash } = await load('state.ts');

/** A window with a hash, a history and hashchange listeners. */
function fakeWindow(hash = '') {
  const listeners = new Set();
  const win = {
    location: { hash },
    history: { state: null, replaceState: (_data, _unused, url) => (win.location.hash = url) },
    addEventListener: (_type, listener) => listeners.add(listener),
    removeEventListener: (_type, listener) => listeners.delete(listener),
    /** The user pastes `next` into the address bar. */
    navigate(next) {
      win.location.hash = next;
      for (const listener of listeners) listener();
    },
    listeners,
  };
  return win;
}

test('a hash that is the current settings’ own says nothing; another one is read over the defaults with the current seed', () => {
  const current = { ...DEFAULT_STATE, seed: '0.4', batchSize: 17 };
  assert.equal(stateFromHash(`#${serialiseHash(current)}`, current), null);
  assert.deepEqual(stateFromHash('#learningRate=0.3', current), { state: { ...DEFAULT_STATE, seed: '0.4', learningRate: 0.3 }, refused: [] });
  assert.equal(stateFromHash('#colours=nonsense', current).state.colours, 'playground');
});

test('a pasted link’s values that were not taken are told, after the settings changed', () => {
  const win = fakeWindow();
  const settings = createSettings({ ...DEFAULT_STATE, seed: '0.4' });
  const told = [];
  installUrlSync(settings, win, (refused) => told.push([refused, settings.get().noise]));
  win.navigate('#noise=20&regularizationRate=1e39');
  assert.deepEqual(told, [[[{ key: 'regularizationRate', value: '1e39', allowed: 'a number from 0 to 100' }], 20]]);
  assert.equal(settings.get().regularizationRate, 0);
});

test('installed, it writes the settings at once and after each change, and takes a pasted hash', () => {
  const win = fakeWindow();
  const settings = createSettings({ ...DEFAULT_STATE, seed: '0.4' });
  const uninstall = installUrlSync(settings, win);
  assert.equal(win.location.hash, `#${serialiseHash(settings.get())}`);
  settings.update({ noise: 25 });
  assert.match(win.location.hash, /&noise=25&/);
  win.navigate('#noise=5&seed=0.9');
  assert.equal(settings.get().noise, 5);
  assert.equal(settings.get().seed, '0.9');
  assert.equal(win.location.hash, `#${serialiseHash(settings.get())}`, 'the hash is rewritten in full');
  uninstall();
  assert.equal(win.listeners.size, 0);
  settings.update({ noise: 50 });
  assert.match(win.location.hash, /&noise=5&/, 'uninstalled: the hash stays');
});

test('a pasted link without a seed keeps both seeds on screen; one with a seed takes its data seed (none: the seed’s data)', () => {
  const current = { ...DEFAULT_STATE, seed: '0.4', dataSeed: '0.8' };
  assert.equal(stateFromHash('#noise=5', current).state.dataSeed, '0.8');
  assert.equal(stateFromHash('#noise=5&seed=0.4', current).state.dataSeed, '');
  assert.equal(stateFromHash('#seed=0.1&dataSeed=0.2', current).state.dataSeed, '0.2');
});
