// The function dataset through the module: the points above and below a typed curve, a network
// that learns that curve, and a bad curve refused with its column.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertHeapKept, circle, withSession } from './load.mjs';

const functionData = (curve, extra = {}) => ({ ...circle, dataset: { ...circle.dataset, name: 'function', function: curve, ...extra } });

test('the points are +1 above y = f(x) and −1 below, the curve drawn at twice its size', () => {
  withSession(functionData('x^3 - x'), (session) => {
    for (const which of ['train', 'test']) {
      const points = session.points(which);
      assert.equal(points.length, 250 * 3);
      for (let i = 0; i < points.length; i += 3) {
        const [u, v] = [points[i] / 2, points[i + 1] / 2];
        assert.equal(points[i + 2], v > u ** 3 - u ? 1 : -1, `point ${i / 3} of ${which}`);
      }
    }
  });
});

test('a network with two hidden layers learns the curve x³ − x', () => {
  const config = { ...functionData('x³ − x'), network: { hidden: [8, 8], activation: 'tanh' } };
  withSession(config, (session) => {
    const { testAccuracy } = session.train(300);
    assert.ok(testAccuracy >= 0.9, `test accuracy ${testAccuracy}`);
  });
});

test('a bad curve is an NnplayError naming the setting, the text and the column', () => {
  assert.throws(
    () => withSession(functionData('sin(x'), () => {}),
    (error) =>
      error.name === 'NnplayError' &&
      error.kind === 'bad-input' &&
      error.message === 'config.dataset.function "sin(x": column 6: expected ")" to close the "(" at column 4, not the end',
  );
});

test('200 refused curves leave the heap as it was', () => {
  assertHeapKept(() => assert.throws(() => withSession(functionData('2 $ x'), () => {}), /column 3/), 200);
});
