// web/src/worker/pacing.ts with a fake session and a fake clock: how much the worker trains per tick
// and what it posts.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { load } from './load.mjs';

const { BUDGET_MS, CHART_POINTS_PER_FRAME, MAX_UNPOSTED, Pacing } = await load('worker/pacing.ts');

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
  for (let tick = 0; tick < 20; tick++) {
    pacing.tick(session);
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

test('at `max` without credits it keeps training and thins what it has not posted, keeping the newest epoch', () => {
  const { pacing, session } = setUp('max', 1);
  pacing.posted();
  for (let tick = 0; tick < 300; tick++) assert.deepEqual(pacing.tick(session), []);
  const kept = pacing.take();
  assert.ok(kept.length <= MAX_UNPOSTED, `${kept.length} kept`);
  assert.ok(kept.length > MAX_UNPOSTED / 2, 'thinned by halves, not emptied');
  assert.equal(kept.at(-1).epoch, session.epoch, 'the newest epoch is kept');
  assert.ok(kept.every((e, i) => i === 0 || e.epoch > kept[i - 1].epoch), 'in order');
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
