// Session.snapshot() and restore() under Node: the weights of an earlier epoch looked at again,
// and the training going on as if nothing had happened.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertHeapKept, circle, withSession } from './load.mjs';

const adam = { ...circle, optimizer: { name: 'adam', learningRate: 0.01, regularization: 'none', regularizationRate: 0 } };

test('a snapshot holds each layer’s weights column by column, then its biases, as networkJson shows them', () => {
  withSession(circle, (session) => {
    session.train(3);
    const parameters = session.snapshot();
    const { layers } = JSON.parse(session.networkJson());
    // networkJson's weights are [to][from]; the snapshot runs down each column (one `from`) first.
    const expected = layers.flatMap(({ weights, biases }) => [
      ...weights[0].flatMap((_, from) => weights.map((row) => row[from])),
      ...biases,
    ]);
    // The default 2-4-2-1 network: 4·(2 + 1) + 2·(4 + 1) + 1·(2 + 1) = 25 parameters.
    assert.equal(parameters.length, 25);
    assert.deepEqual([...parameters], expected.map(Math.fround));
  });
});

test('an earlier snapshot shows that epoch’s output; restoring the newest trains on exactly as before', () => {
  withSession(adam, (straight) =>
    withSession(adam, (looked) => {
      straight.train(4);
      const grid4 = straight.outputGrid(10);
      straight.train(4);
      const straight12 = straight.train(4);

      looked.train(4);
      const at4 = looked.snapshot();
      looked.train(4);
      const at8 = looked.snapshot();
      looked.restore(at4);
      assert.deepEqual(looked.outputGrid(10), grid4);
      assert.equal(looked.epoch(), 8, 'looking back does not move the epoch');
      looked.restore(at8);
      assert.deepEqual(looked.train(4), straight12);
      assert.deepEqual(looked.snapshot(), straight.snapshot());
    }),
  );
});

test('a snapshot of another length or with a value that is not finite is refused, and nothing changes', () => {
  withSession(circle, (session) => {
    const before = session.snapshot();
    const cases = [
      [before.slice(1), /has 25 parameters, not 24/],
      [Float32Array.from(before, (v, i) => (i === 3 ? NaN : v)), /parameters\[3\]/],
      [[...before].map((v, i) => (i === 0 ? 'x' : v)), /parameters\[0\]/],
    ];
    for (const [parameters, message] of cases) {
      assert.throws(
        () => session.restore(parameters),
        (error) => error.name === 'NnplayError' && error.kind === 'bad-input' && message.test(error.message),
      );
    }
    assert.deepEqual(session.snapshot(), before);
  });
});

test('200 snapshot and restore cycles leave the heap as it was', () => {
  withSession(circle, (session) => {
    assertHeapKept(() => session.restore(session.snapshot()), 200);
  });
});
