// web/src/app/frameLoop.ts with a fake animation clock: the newest frame drawn once per display frame,
// credits for every frame that arrived, reduced motion.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { load } from './load.mjs';

const { FrameLoop, REDUCED_MOTION_MS } = await load('app/frameLoop.ts');

/** An animation clock whose display frames run when the test says. */
function fakeClock() {
  let callbacks = new Map();
  let next = 1;
  return {
    request(callback) {
      callbacks.set(next, callback);
      return next++;
    },
    cancel: (handle) => callbacks.delete(handle),
    get waiting() {
      return callbacks.size;
    },
    /** Runs the display frame at time `now`. */
    frame(now) {
      const due = callbacks;
      callbacks = new Map();
      for (const callback of due.values()) callback(now);
    },
  };
}

function setUp(slow = false) {
  const clock = fakeClock();
  const drawn = [];
  const credits = [];
  const loop = new FrameLoop(clock, { draw: (frame) => drawn.push(frame), drawn: (n) => credits.push(n), slow: () => slow });
  return { clock, loop, drawn, credits };
}

test('frames that arrive within one display frame: the newest is drawn once, and each is credited', () => {
  const { clock, loop, drawn, credits } = setUp();
  loop.push('a');
  loop.push('b');
  assert.equal(clock.waiting, 1, 'one display frame asked for');
  clock.frame(16);
  assert.deepEqual(drawn, ['b']);
  assert.deepEqual(credits, [2]);
  clock.frame(32);
  assert.deepEqual(drawn, ['b'], 'nothing new: nothing drawn');
  loop.redraw();
  assert.deepEqual(drawn, ['b', 'b'], 'a change of view draws the newest again');
});

test('with reduced motion while training, pictures change at most every REDUCED_MOTION_MS; credits go at once', () => {
  const { clock, loop, drawn, credits } = setUp(true);
  loop.push('a');
  clock.frame(1000);
  loop.push('b');
  clock.frame(1000 + REDUCED_MOTION_MS / 2);
  assert.deepEqual(drawn, ['a']);
  assert.deepEqual(credits, [1, 1], 'the worker is not held back');
  clock.frame(1000 + REDUCED_MOTION_MS);
  assert.deepEqual(drawn, ['a', 'b']);
});

test('destroy cancels the display frame asked for', () => {
  const { clock, loop, drawn } = setUp();
  loop.push('a');
  loop.destroy();
  assert.equal(clock.waiting, 0);
  clock.frame(16);
  assert.deepEqual(drawn, []);
});

test('held (out of view), nothing is drawn nor credited; released, the newest is drawn and every held frame credited', () => {
  const { clock, loop, drawn, credits } = setUp();
  loop.push('a');
  clock.frame(16);
  loop.hold(true);
  loop.push('b');
  loop.push('c');
  assert.equal(clock.waiting, 0, 'no display frame asked for while held');
  loop.redraw();
  assert.deepEqual(drawn, ['a'], 'a change of view waits for the release');
  assert.deepEqual(credits, [1], 'the worker gets no credit for b and c: its paced training waits');
  loop.hold(false);
  clock.frame(32);
  assert.deepEqual(drawn, ['a', 'c']);
  assert.deepEqual(credits, [1, 2]);
});

test('held with a display frame asked for: it is cancelled; a change of view while held is drawn on release', () => {
  const { clock, loop, drawn, credits } = setUp();
  loop.push('a');
  loop.hold(true);
  assert.equal(clock.waiting, 0);
  loop.hold(false);
  clock.frame(16);
  assert.deepEqual(drawn, ['a']);
  assert.deepEqual(credits, [1]);
  loop.hold(true);
  loop.redraw();
  loop.hold(false);
  clock.frame(32);
  assert.deepEqual(drawn, ['a', 'a'], 'the view changed while held: the newest frame is drawn again');
  assert.deepEqual(credits, [1], 'no new frame, no new credit');
});
