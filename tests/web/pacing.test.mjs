// web/src/worker/pacing.ts with a fake session and a fake clock: how much the worker trains per tick
// and what it posts.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { load } from './load.mjs';

const { BUDGET_MS, CHART_POINTS_PER_FRAME, MAX_BUDGET_MS, MIN_MS_PER_EPOCH, Pacing } = await load('worker/pacing.ts');

/** A session whose every epoch takes `msPerEpoch` on `clock`; train(n) reports its last epoch. */
function fakeSession(clock, msPerEpoch) {
  let epoch = 0;
  const calls = [];
  return {
    calls,
    get epoch() {
      return epoch;
    },
    train(epochs) {
      calls.push(epochs);
      epoch += epochs;
      clock.now += epochs * msPerEpoch;
      return { epoch, trainLoss: 1 / epoch, testLoss: 2 / epoch, trainAccuracy: NaN, testAccuracy: NaN };
    },
  };
}

function setUp(speed, msPerEpoch = 1) {
  const clock = { now: 0 };
  const pacing = new Pacing(() => clock.now);
  pacing.speed = speed;
  pacing.playing = true;
  return { pacing, session: fakeSession(clock, msPerEpoch) };
}

test('at a fixed speed a tick trains `speed` epochs, and no second frame goes out before the page has drawn', () => {
  const { pacing, session } = setUp(5);
  assert.equal(pacing.ready, true, 'one frame may be in flight');
  assert.deepEqual(pacing.tick(session).map((e) => e.epoch), [1, 2, 3, 4, 5]);
  pacing.posted();
  assert.equal(pacing.ready, false, 'waiting for drawn');
  assert.deepEqual(pacing.tick(session), [], 'a tick without a credit trains nothing');
  assert.equal(session.epoch, 5);
  pacing.drawn(1);
  assert.equal(pacing.ready, true);
  assert.deepEqual(pacing.tick(session).map((e) => e.epoch), [6, 7, 8, 9, 10]);
});

test('at most 8 chart points per frame: 50 epochs are trained as 8 chunks of ceil(50 / 8) = 7, the last of 1', () => {
  const { pacing, session } = setUp(50);
  const epochs = pacing.tick(session);
  assert.ok(epochs.length <= CHART_POINTS_PER_FRAME);
  assert.deepEqual(session.calls, [7, 7, 7, 7, 7, 7, 7, 1]);
  assert.deepEqual(epochs.map((e) => e.epoch), [7, 14, 21, 28, 35, 42, 49, 50]);
});

test('at `max` a tick trains about its time budget, in at most 8 chunks', () => {
  // 0.1 ms an epoch. The estimate starts at BUDGET_MS and moves halfway to the measured 0.1 ms each
  // tick: after k ticks it is 0.1 + 9.9 / 2^k ms; after 20, 0.1000094 ms, so floor(10 / 0.1000094) = 99
  // epochs fit the budget (100 if the float sums round the other way).
  const { pacing, session } = setUp('max', 0.1);
  // A page that draws at once (posted and drawn at the same time) leaves the budget at BUDGET_MS.
  for (let tick = 0; tick < 20; tick++) {
    pacing.tick(session);
    pacing.posted();
    pacing.drawn(1);
  }
  const before = session.epoch;
  const callsBefore = session.calls.length;
  const posted = pacing.tick(session);
  const trained = session.epoch - before;
  assert.ok(trained === 99 || trained === 100, `trained ${trained}`);
  assert.ok(session.calls.length - callsBefore <= CHART_POINTS_PER_FRAME);
  assert.equal(posted.at(-1).epoch, session.epoch);
  assert.equal(BUDGET_MS, 10, 'the arithmetic above assumes a 10 ms budget');
});

test('at `max` without a credit a tick trains nothing: a pause finds nothing trained and not posted', () => {
  const { pacing, session } = setUp('max', 1);
  assert.equal(pacing.tick(session).at(-1).epoch, session.epoch, 'one frame, posted whole');
  pacing.posted();
  assert.equal(pacing.ready, false, 'waiting for drawn');
  const trained = session.epoch;
  for (let tick = 0; tick < 300; tick++) assert.deepEqual(pacing.tick(session), []);
  assert.equal(session.epoch, trained);
  assert.deepEqual(pacing.take(), []);
  pacing.drawn(1);
  assert.equal(pacing.ready, true);
  assert.ok(pacing.tick(session).length > 0);
});

test('at `max` a frame trains as long as the page took to draw the last one, from BUDGET_MS up to MAX_BUDGET_MS', () => {
  const clock = { now: 0 };
  const pacing = new Pacing(() => clock.now);
  const drawnAfter = (ms) => {
    pacing.posted();
    clock.now += ms;
    pacing.drawn(1);
  };
  // Each drawn moves the budget halfway to the page's time: 10 → (10 + 30) / 2 = 20 → (20 + 30) / 2 = 25.
  drawnAfter(30);
  assert.equal(pacing.frameBudget, 20);
  drawnAfter(30);
  assert.equal(pacing.frameBudget, 25);
  for (let i = 0; i < 20; i++) drawnAfter(500);
  assert.equal(pacing.frameBudget, MAX_BUDGET_MS);
  for (let i = 0; i < 20; i++) drawnAfter(0);
  assert.equal(pacing.frameBudget, BUDGET_MS);
});

test('a step trains one epoch after those not posted yet; a divergence keeps the chunks done before it', () => {
  const { pacing, session } = setUp(10);
  assert.deepEqual(pacing.step(session).map((e) => e.epoch), [1]);
  let calls = 0;
  const failing = {
    train(epochs) {
      if (++calls === 3) throw Object.assign(new Error('diverged'), { name: 'DivergenceError' });
      return session.train(epochs);
    },
  };
  pacing.speed = 20;
  assert.throws(() => pacing.tick(failing), /diverged/);
  // 20 epochs in chunks of ceil(20 / 8) = 3: the first two chunks end at epochs 1 + 3 = 4 and 7.
  assert.deepEqual(pacing.take().map((e) => e.epoch), [4, 7]);
});

test('at `max` a clock that measures no time at all still gives a whole number of epochs a tick', () => {
  // Epochs that take 0 ms halve the estimate every tick; it stops at MIN_MS_PER_EPOCH, so a tick
  // trains at most BUDGET_MS / MIN_MS_PER_EPOCH = 10 000 epochs, never Infinity.
  const { pacing, session } = setUp('max', 0);
  for (let tick = 0; tick < 2000; tick++) {
    pacing.tick(session);
    pacing.posted();
    pacing.drawn(1);
  }
  const trained = session.calls.slice(-CHART_POINTS_PER_FRAME).reduce((sum, n) => sum + n, 0);
  assert.ok(session.calls.every(Number.isInteger), 'every chunk is a whole number of epochs');
  assert.equal(trained, BUDGET_MS / MIN_MS_PER_EPOCH);
});
