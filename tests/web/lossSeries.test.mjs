// web/src/lossSeries.ts: the losses the chart plots and the figure draws.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { load } from './load.mjs';

const { LossSeries } = await load('lossSeries.ts');

const history = (epochs, train, test = train) => ({
  epochs: Int32Array.from(epochs),
  train: Float32Array.from(train),
  test: Float32Array.from(test),
});

test('frames append; a history that starts again (a reset) replaces the points from its first epoch on; non-finite losses are gaps', () => {
  const series = new LossSeries();
  series.append(history([0, 1, 2], [0.5, 0.25, 0.125]));
  series.append(history([3, 4], [Infinity, 0.0625], [NaN, 0.5]));
  assert.deepEqual(series.epochs, [0, 1, 2, 3, 4]);
  assert.deepEqual(series.train, [0.5, 0.25, 0.125, null, 0.0625]);
  assert.deepEqual(series.test, [0.5, 0.25, 0.125, null, 0.5]);
  series.append(history([1, 2], [0.75, 0.5]));
  assert.deepEqual(series.epochs, [0, 1, 2]);
  assert.deepEqual(series.train, [0.5, 0.75, 0.5]);
});

test('upTo(epoch) copies the points up to that epoch', () => {
  const series = new LossSeries();
  series.append(history([0, 2, 4, 6], [4, 3, 2, 1]));
  const copy = series.upTo(4);
  assert.deepEqual(copy, { epochs: [0, 2, 4], train: [4, 3, 2], test: [4, 3, 2] });
  series.append(history([8], [0.5]));
  assert.deepEqual(copy.epochs, [0, 2, 4]);
  assert.deepEqual(series.upTo(-1).epochs, []);
});

test('past 2000 points every other one goes, the newest stays', () => {
  const series = new LossSeries();
  // Epochs 0…2000 are 2001 points: the even indices 0, 2, …, 2000 stay (1001), and 2000 is the last.
  series.append(history(Array.from({ length: 2001 }, (_, i) => i), new Array(2001).fill(1)));
  assert.equal(series.epochs.length, 1001);
  assert.deepEqual(series.epochs.slice(0, 3), [0, 2, 4]);
  assert.equal(series.epochs.at(-1), 2000);
});
