// The WebAssembly module under Node: training, errors, memory, and the article's preset.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { assertHeapKept, circle, nnplay, withSession } from './load.mjs';

test('a 2-8-8-1 tanh network learns XOR to at least 95% test accuracy', () => {
  const xor = { ...circle, dataset: { ...circle.dataset, name: 'xor' }, network: { ...circle.network, hidden: [8, 8] } };
  withSession(xor, (session) => {
    const { epoch, testAccuracy } = session.train(300);
    assert.equal(epoch, 300);
    assert.ok(testAccuracy >= 0.95, `test accuracy ${testAccuracy}`);
  });
});

describe('a bad configuration throws an NnplayError that names the problem', () => {
  const cases = [
    ['an unknown activation', { ...circle, network: { ...circle.network, activation: 'swishy' } }, /activation.*swishy/],
    ['a layer of 0 units', { ...circle, network: { ...circle.network, hidden: [4, 0] } }, /layer 2\b.*\b0\b/],
    ['text that is not JSON', '{"dataset": ', /JSON/],
  ];
  for (const [what, config, message] of cases) {
    test(what, () => {
      assert.throws(
        () => withSession(config, () => {}),
        (error) =>
          error instanceof Error && error.name === 'NnplayError' && error.kind === 'bad-input' && message.test(error.message),
      );
    });
  }
});

test('200 create, train, delete cycles leave the heap as it was', () => {
  assertHeapKept(() => withSession(circle, (session) => session.train(1)), 200);
});

test('200 failed calls of every kind leave the heap as it was', () => {
  const failures = [
    () => withSession('{"dataset": ', () => {}),
    () => withSession('{"network": {"activation": "bogus", "hidden": [4, 4]}}', () => {}),
    () => withSession(circle, (session) => session.points('nope')),
    () => withSession(circle, (session) => session.setRegularization('L7', 0.1)),
    () => withSession(circle, (session) => session.traceJson([1, 'x'], 1)),
    () => withSession(circle, (session) => session.setWeight(9, 0, 0, 1)),
    () => withSession(circle, (session) => session.neuronGrid(99, 5)),
    () => withSession(circle, (session) => session.traceJson('[1, 2]', 1)),
    () => withSession({ model: { format: 'nnplay-model', version: 9 } }, () => {}),
    () => nnplay.featureGrids(1),
  ];
  assertHeapKept(() => failures.forEach((failure) => assert.throws(failure, Error)), 200);
});

test("the driving preset traces the article's person B: parking 150.5, road 179.5, pass 95.22%", () => {
  withSession(nnplay.presetConfig('driving'), (session) => {
    const trace = JSON.parse(session.traceJson([50, 1, 20], 1));
    assert.deepEqual(trace.a[0], [150.5, 179.5]);
    assert.ok(Math.abs(trace.z[1][0] - 2.9925) < 1e-4, `z ${trace.z[1][0]}`);
    assert.ok(Math.abs(trace.a[1][0] - 0.9522) < 1e-4, `pass ${trace.a[1][0]}`);
    // Binary cross-entropy of a pass: −log 0.9522
    assert.ok(Math.abs(trace.loss + Math.log(trace.a[1][0])) < 1e-5);
    assert.equal(JSON.parse(session.networkJson()).layers[0].names[0], 'parking');
  });
  assert.throws(() => nnplay.presetConfig('cars'), /unknown preset "cars"/);
});
