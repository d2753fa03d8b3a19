// web/src/throttle.ts with a fake clock: at most one run per interval while requests keep coming,
// and the newest request always run, as soon as the interval allows.
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

test('requests once per display frame with a 30 ms interval: one run every 30 ms, the first at once', () => {
  const { clock, runs, throttle } = setUp(30);
  const frame = 1000 / 60;
  for (let i = 0; i < 8; i++) {
    clock.advance(i * frame);
    throttle.request();
  }
  assert.deepEqual(runs, [0, 30, 60, 90]);
  // The request of the last frame (at 116.7 ms) waits for 120.
  assert.equal(clock.waiting, 1);
  clock.advance(1000);
  assert.deepEqual(runs, [0, 30, 60, 90, 120]);
});

test('the requests within an interval are run once, when it ends', () => {
  const { clock, runs, throttle } = setUp(100);
  throttle.request();
  clock.advance(10);
  throttle.request();
  clock.advance(20);
  throttle.request();
  assert.deepEqual(runs, [0]);
  clock.advance(500);
  assert.deepEqual(runs, [0, 100]);
  assert.equal(clock.waiting, 0);
});

test('a request after the interval is run at once', () => {
  const { clock, runs, throttle } = setUp(30);
  throttle.request();
  clock.advance(45);
  throttle.request();
  assert.deepEqual(runs, [0, 45]);
  assert.equal(clock.waiting, 0);
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
  assert.deepEqual(runs, [0, 5, 35]);
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
