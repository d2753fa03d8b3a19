// Out of memory while training, for real: the module's heap (at most 2 GB) is filled with grids
// until it refuses more, then a session whose first epoch needs about 300 MB is trained. The call
// is refused as out of memory, the session stays as it was, and it trains once memory is free.
// A file of its own: the module it loads keeps its grown memory until the process ends.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { circle, nnplay } from './load.mjs';

const outOfMemory = (pattern) => (error) => error.kind === 'out-of-memory' && pattern.test(error.message);

/** The largest network on 100 000 points, all 90 000 training points in one batch: each layer's pass is [32, 90 000]. */
const hungry = {
  ...circle,
  dataset: { ...circle.dataset, points: 100000, trainPercent: 90 },
  features: ['x', 'y', 'xSquared', 'ySquared', 'xTimesY', 'sinX', 'sinY'],
  network: { ...circle.network, hidden: Array(8).fill(32) },
  batchSize: 90000,
};

/** Sessions holding grids of `resolution` (the default network's 9 neurons) until the heap refuses one more. */
function fillWith(resolution, sessions) {
  for (;;) {
    try {
      const session = new nnplay.Session(JSON.stringify(circle));
      sessions.push(session);
      session.neuronGrids(resolution);
    } catch (error) {
      if (error.kind !== 'out-of-memory') throw error;
      return;
    }
  }
}

test('training that runs out of memory is refused as such, leaves the session as it was, and goes on once memory is free', () => {
  const session = new nnplay.Session(JSON.stringify(hungry));
  const fillers = [];
  try {
    const weights = session.snapshot();
    // 1000² grids (9 neurons and their inputs: about 44 MB each), then 500² ones (11 MB): less
    // than that is left, far from the 300 MB of the first epoch's passes.
    fillWith(1000, fillers);
    fillWith(500, fillers);
    assert.ok(fillers.length >= 10, `the heap held ${fillers.length} sessions with grids before refusing`);

    assert.throws(() => session.train(1), outOfMemory(/^out of memory while training/));
    assert.equal(session.epoch(), 0);
    assert.deepEqual(session.snapshot(), weights, 'the weights as they were');

    for (const filler of fillers.splice(0)) filler.delete();
    const stats = session.train(1);
    assert.equal(stats.epoch, 1);
    assert.ok(Number.isFinite(stats.trainLoss));
    assert.notDeepEqual(session.snapshot(), weights, 'it trains');
  } finally {
    for (const filler of fillers) filler.delete();
    session.delete();
  }
});
