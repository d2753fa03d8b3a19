// web/src/app/backgroundPause.ts: a page hidden for the delay while it trains pauses, once, and says
// so; one that comes back in time, or is not training, goes on as it was.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { load } from './load.mjs';

const { pauseInBackground, backgroundNote, BACKGROUND_PAUSE_MS } = await load('app/backgroundPause.ts');

/** A page whose visibility the test sets, timers the test fires, and a training that records pauses. */
function fixture(playing = true) {
  const listeners = new Set();
  const page = {
    visibilityState: 'visible',
    addEventListener: (_type, listener) => listeners.add(listener),
    removeEventListener: (_type, listener) => listeners.delete(listener),
  };
  const pending = new Map();
  let nextId = 1;
  const timers = {
    setTimeout: (callback, ms) => (pending.set(nextId, { callback, ms }), nextId++),
    clearTimeout: (id) => pending.delete(id),
  };
  const training = { playing, pauses: 0, play() {}, pause() { this.playing = false; this.pauses++; } };
  const said = [];
  const stop = pauseInBackground(page, training, () => said.push('paused'), 1000, timers);
  const show = (state) => {
    page.visibilityState = state;
    listeners.forEach((listener) => listener());
  };
  const elapse = () => {
    const due = [...pending.values()];
    pending.clear();
    due.forEach(({ callback }) => callback());
  };
  return { training, said, show, elapse, pending, listeners, stop };
}

test('hidden for the delay while training: training pauses once and the page is told', () => {
  const { training, said, show, elapse, pending } = fixture();
  show('hidden');
  assert.deepEqual([...pending.values()].map((timer) => timer.ms), [1000]);
  elapse();
  assert.equal(training.pauses, 1);
  assert.deepEqual(said, ['paused']);
  elapse();
  assert.equal(training.pauses, 1);
});

test('back in front before the delay: nothing pauses', () => {
  const { training, said, show, elapse, pending } = fixture();
  show('hidden');
  show('visible');
  assert.equal(pending.size, 0);
  elapse();
  assert.equal(training.pauses, 0);
  assert.deepEqual(said, []);
});

test('a page already paused stays as it is, without a note', () => {
  const { training, said, show, elapse } = fixture(false);
  show('hidden');
  elapse();
  assert.equal(training.pauses, 0);
  assert.deepEqual(said, []);
});

test('stopping watching cancels a pending pause and removes the listener', () => {
  const { training, show, elapse, pending, listeners, stop } = fixture();
  show('hidden');
  stop();
  assert.equal(pending.size, 0);
  assert.equal(listeners.size, 0);
  elapse();
  assert.equal(training.pauses, 0);
});

test('the note says how long the tab was away', () => {
  assert.equal(BACKGROUND_PAUSE_MS, 300_000);
  assert.equal(backgroundNote(BACKGROUND_PAUSE_MS), 'Training paused: the tab was in the background for 5 minutes.');
});
