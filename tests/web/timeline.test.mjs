// web/src/worker/timeline.ts: which snapshots of the weights the training timeline keeps.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { load } from './load.mjs';

const { Timeline, TIMELINE_CAPACITY } = await load('worker/timeline.ts');

/** A timeline of `capacity` given every epoch from 0 to `last`, each snapshot a string naming it. */
function everyEpoch(capacity, last) {
  const timeline = new Timeline(capacity);
  for (let epoch = 0; epoch <= last; epoch++) timeline.add(epoch, `weights of ${epoch}`);
  return timeline;
}

test('until it is full, every epoch is kept with its snapshot', () => {
  const timeline = everyEpoch(TIMELINE_CAPACITY, TIMELINE_CAPACITY - 1);
  assert.deepEqual(timeline.epochs, Array.from({ length: TIMELINE_CAPACITY }, (_, i) => i));
  assert.equal(timeline.at(42), 'weights of 42');
  assert.equal(timeline.newest, TIMELINE_CAPACITY - 1);
});

test('when full, the snapshot whose neighbours are closest on a log scale goes, of equals the later', () => {
  // Capacity 4; a snapshot's span is (next + 1) / (previous + 1).
  const timeline = everyEpoch(4, 3);
  const after = (epoch) => {
    timeline.add(epoch, `weights of ${epoch}`);
    return timeline.epochs;
  };
  // 0 1 2 3 4: spans 1 → 3/1 = 3, 2 → 4/2 = 2, 3 → 5/3 ≈ 1.67: 3 goes.
  assert.deepEqual(after(4), [0, 1, 2, 4]);
  // 0 1 2 4 5: 1 → 3, 2 → 5/2 = 2.5, 4 → 6/3 = 2: 4 goes; the same for 5 and 6 (7/3, 8/3 < 3 and < 3.5).
  assert.deepEqual(after(5), [0, 1, 2, 5]);
  assert.deepEqual(after(6), [0, 1, 2, 6]);
  assert.deepEqual(after(7), [0, 1, 2, 7]);
  // 0 1 2 7 8: 1 → 3, 2 → 8/2 = 4, 7 → 9/3 = 3: 1 and 7 tie, the later (7) goes.
  assert.deepEqual(after(8), [0, 1, 2, 8]);
  // 0 1 2 8 9: 1 → 3, 2 → 9/2 = 4.5, 8 → 10/3 ≈ 3.33: 1 goes.
  assert.deepEqual(after(9), [0, 2, 8, 9]);
  // 0 2 8 9 10: 2 → 9/1 = 9, 8 → 10/3 ≈ 3.33, 9 → 11/9 ≈ 1.22: 9 goes.
  assert.deepEqual(after(10), [0, 2, 8, 10]);
  assert.equal(timeline.at(9), undefined);
  assert.equal(timeline.at(8), 'weights of 8');
});

test('a long run keeps at most the capacity, the first and the newest epoch, dense early and sparse late', () => {
  const last = 100000;
  const { epochs } = everyEpoch(TIMELINE_CAPACITY, last);
  assert.equal(epochs.length, TIMELINE_CAPACITY);
  assert.equal(epochs[0], 0);
  assert.equal(epochs.at(-1), last);
  assert.ok(epochs.every((epoch, i) => i === 0 || epoch > epochs[i - 1]), 'in order');
  // Spread evenly on a log scale, 100 snapshots over epochs + 1 = 1 … 100001 are a factor
  // r = 100001^(1/99) ≈ 1.1235 apart. Whole epochs are closer than r while (e + 2) / (e + 1) ≥ r,
  // e + 1 ≤ 1 / 0.1235 ≈ 8.1: epochs 0 to 8 are all kept. Epochs 1 … 1001 span ln 1001 / ln r ≈ 59
  // factors of r, epochs 90001 … 100001 less than one (ln 1.111 / ln r ≈ 0.9).
  for (let epoch = 0; epoch <= 8; epoch++) assert.ok(epochs.includes(epoch), `epoch ${epoch} is kept`);
  const early = epochs.filter((epoch) => epoch <= 1000).length;
  const late = epochs.filter((epoch) => epoch >= 90000).length;
  assert.ok(early >= 50, `${early} snapshots in the first 1000 epochs`);
  assert.ok(late <= 3, `${late} snapshots in the last 10000 epochs`);
});

test('a snapshot at an epoch kept or before it (an edit, a training started again) replaces the later ones', () => {
  const timeline = everyEpoch(10, 5);
  timeline.add(5, 'edited at 5');
  assert.deepEqual(timeline.epochs, [0, 1, 2, 3, 4, 5]);
  assert.equal(timeline.at(5), 'edited at 5');
  timeline.add(0, 'again at 0');
  assert.deepEqual(timeline.epochs, [0]);
  assert.equal(timeline.at(0), 'again at 0');
  timeline.clear();
  assert.deepEqual(timeline.epochs, []);
  assert.equal(timeline.newest, undefined);
});
