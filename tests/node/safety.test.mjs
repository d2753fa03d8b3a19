// The module against hostile or careless calls: every failed call is refused with a message and
// leaves the Session usable and the heap as it was.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { circle, nnplay, withSession } from './load.mjs';

const badInput = (pattern) => (error) => error.kind === 'bad-input' && pattern.test(error.message);

/** The largest network: every feature, 8 hidden layers of 32. */
const largest = {
  ...circle,
  features: ['x', 'y', 'xSquared', 'ySquared', 'xTimesY', 'sinX', 'sinY'],
  network: { ...circle.network, hidden: Array(8).fill(32) },
};

test('grids beyond the 256 MB budget are refused up front, and the session draws on as before', () => {
  withSession(largest, (session) => {
    assert.throws(() => session.neuronGrids(500), badInput(/256 MB.*at most 290×290/));
    assert.throws(() => session.outputGrid(999), badInput(/256 MB/));
    const output = session.outputGrid(50);
    const neurons = session.neuronGrids(36);
    withSession(largest, (fresh) => {
      assert.deepEqual(output, fresh.outputGrid(50));
      assert.deepEqual(neurons, fresh.neuronGrids(36));
    });
    session.train(1);
  });
});

test('a configuration nested 100 000 levels deep is refused while parsing; 50 refusals leak nothing', () => {
  const deep = `{"dataset": ${'['.repeat(100000)}${']'.repeat(100000)}}`;
  const refuse = () => assert.throws(() => withSession(deep, () => {}), badInput(/deeper than 64 levels/));
  refuse(); // the first error may allocate lasting runtime state
  const before = nnplay.heapInUse();
  for (let i = 0; i < 50; i++) refuse();
  assert.equal(nnplay.heapInUse(), before);
});
