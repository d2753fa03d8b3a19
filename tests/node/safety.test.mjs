// The module against hostile or careless calls: every failed call is refused with a message and
// leaves the Session usable and the heap as it was.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertHeapKept, circle, withSession } from './load.mjs';

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
  assertHeapKept(() => assert.throws(() => withSession(deep, () => {}), badInput(/deeper than 64 levels/)), 50);
});

test('numbers beyond a float are refused, named, and change nothing', () => {
  withSession(circle, (session) => {
    const before = session.networkJson();
    const beyondFloat = /must be a finite number within a float's range \(±3\.4e38\), not 1e\+39/;
    assert.throws(() => session.setWeight(0, 0, 0, 1e39), badInput(/^a weight /));
    assert.throws(() => session.setBias(0, 0, -1e308), badInput(/^a bias must be a finite number within a float's range/));
    assert.throws(() => session.setLearningRate(1e39), badInput(beyondFloat));
    assert.throws(() => session.setRegularization('L2', 1e39), badInput(beyondFloat));
    assert.throws(() => session.traceJson([1e39, 0], 1), badInput(/^inputs\[0\] must be a finite number/));
    assert.throws(() => session.traceJson([0, 0], 1e39), badInput(/^the label must be a finite number/));
    assert.equal(session.networkJson(), before);
  });
});

test('counts and indices must be whole numbers in range: no wrap-around, no NaN, the config limits', () => {
  withSession(circle, (session) => {
    const before = session.networkJson();
    // 2³² would wrap to layer 0 as a 32-bit int.
    assert.throws(() => session.setWeight(2 ** 32, 0, 0, 1), badInput(/^layer must be between -2147483648 and 2147483647, not 4294967296/));
    assert.throws(() => session.train(NaN), badInput(/^the number of epochs must be a whole number, not NaN/));
    assert.throws(() => session.train(2.5), badInput(/whole number, not 2\.5/));
    assert.throws(() => session.traceJson([0, 0], NaN), badInput(/^the label must be a finite number/));
    assert.throws(() => session.setBatchSize(1e9), badInput(/^the batch size must be between 1 and 100000, not 1000000000/));
    assert.throws(() => session.outputGrid(NaN), badInput(/grid resolution must be a whole number/));
    assert.equal(session.networkJson(), before);
    assert.equal(session.epoch(), 0);
  });
  assert.throws(() => withSession({ ...circle, network: { hidden: [4294967304] } }, () => {}), badInput(/hidden\[0\].*4294967304/));
  assert.throws(() => withSession('null', () => {}), badInput(/configuration must be a JSON object, not null/));
});
