// web/src/throttle.ts with a fake clock: at most one run per interval while requests keep coming,
// in step with them, and the newest request always run in the end.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { load } from './load.mjs';

const { Throttle } = await load('throttle.ts');

/** A clock whose time and timers move when the test says. */
function fakeClock() {
  let time = 0;
  let next = 1;
  const timers = new Map();
  return {
    now: () => time,
    setTimeout(callback, ms) {
      timers.set(next, { callback, at: time + ms });
      return next++;
    },
    clearTimeout: (handle) => timers.delete(handle),
    get waiting() {
      return timers.size;
    },
    /** Moves the time to `to` (ms since the start), running the timers due on the way. */
    advance(to) {
      for (const [handle, timer] of [...timers].sort((a, b) => a[1].at - b[1].at)) {
        if (timer.at > to) break;
        timers.delete(handle);
        time = timer.at;
        timer.callback();
      }
      time = to;
    },
  };
}

function setUp(ms) {
  const clock = fakeClock();
  const runs = [];
  const throttle = new Throttle(ms, () => runs.push(clock.now()), clock);
  return { clock, runs, throttle };
}

test('requests once per display frame with a 30 ms interval: run in every other frame, in the frame itself', () => {
  const { clock, runs, throttle } = setUp(30);
  const frame = 1000 / 60;
  for (let i = 0; i < 8; i++) {
    clock.advance(i * frame);
    throttle.request();
  }
  assert.deepEqual(
    runs.map((t) => Math.round(t / frame)),
    [0, 2, 4, 6],
  );
  // The request of the last frame (7) waits for its timer.
  assert.equal(clock.waiting, 1);
});

test('the last request is run within the interval when no other comes, and only once', () => {
  const { clock, runs, throttle } = setUp(100);
  throttle.request();
  clock.advance(10);
  throttle.request();
  clock.advance(20);
  throttle.request();
  assert.deepEqual(runs, [0]);
  clock.advance(500);
  assert.deepEqual(runs, [0, 110]);
  assert.equal(clock.waiting, 0);
});

test('a later request that finds it due runs it and cancels the timer left waiting', () => {
  const { clock, runs, throttle } = setUp(30);
  throttle.request();
  clock.advance(20);
  throttle.request();
  clock.advance(35);
  throttle.request();
  assert.equal(clock.waiting, 0);
  clock.advance(1000);
  assert.deepEqual(runs, [0, 35]);
});

test('runNow runs at once, due or not, and starts a new interval', () => {
  const { clock, runs, throttle } = setUp(30);
  throttle.request();
  clock.advance(5);
  throttle.request();
  throttle.runNow();
  assert.deepEqual(runs, [0, 5]);
  assert.equal(clock.waiting, 0);
  clock.advance(20);
  throttle.request();
  clock.advance(1000);
  assert.deepEqual(runs, [0, 5, 50]);
});

test('cancel forgets the waiting run', () => {
  const { clock, runs, throttle } = setUp(30);
  throttle.request();
  clock.advance(5);
  throttle.request();
  throttle.cancel();
  clock.advance(1000);
  assert.deepEqual(runs, [0]);
});
