// web/src/learn/progress.ts: the goals a learner met, kept in localStorage under one key, and what
// happens when that storage holds nonsense or fails.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { load } from './load.mjs';

const { Progress } = await load('learn/progress.ts');
const KEY = 'nnplay-learn-progress';

/** A Storage stand-in: a Map, optionally starting with `stored` under the progress key. */
function fakeStorage(stored) {
  const values = new Map(stored === undefined ? [] : [[KEY, stored]]);
  return {
    values,
    getItem: (key) => values.get(key) ?? null,
    setItem: (key, value) => values.set(key, String(value)),
    removeItem: (key) => values.delete(key),
  };
}

test('a goal met is met, stored, and read back by the next visit', () => {
  const storage = fakeStorage();
  const progress = new Progress(storage);
  assert.equal(progress.met(3, 'person-a-passes'), false);
  assert.equal(progress.meet(3, 'person-a-passes'), true, 'newly met');
  assert.equal(progress.meet(3, 'person-a-passes'), false, 'met already');
  progress.meet(5, 'low-loss');
  assert.equal(progress.met(3, 'person-a-passes'), true);
  assert.equal(progress.met(3, 'low-loss'), false, 'a goal belongs to its lesson');
  assert.deepEqual(JSON.parse(storage.values.get(KEY)), { 3: ['person-a-passes'], 5: ['low-loss'] });
  const later = new Progress(storage);
  assert.equal(later.met(3, 'person-a-passes'), true);
  assert.equal(later.met(5, 'low-loss'), true);
});

test('reset forgets every goal, here and in storage, and tells its listeners', () => {
  const storage = fakeStorage(JSON.stringify({ 1: ['by-hand'], 4: ['solve-circle'] }));
  const progress = new Progress(storage);
  let told = 0;
  const stop = progress.subscribe(() => told++);
  progress.reset();
  assert.equal(progress.met(1, 'by-hand'), false);
  assert.equal(progress.met(4, 'solve-circle'), false);
  assert.equal(storage.values.has(KEY), false);
  assert.equal(new Progress(storage).met(1, 'by-hand'), false);
  progress.meet(2, 'one-corner');
  assert.equal(told, 2, 'the reset and the goal met');
  stop();
  progress.meet(2, 'another');
  assert.equal(told, 2, 'no word after stop()');
});

test('stored progress that is not what Progress writes counts as none, and keeps what is usable', () => {
  for (const stored of ['{not json', '[1, 2]', 'null', '"text"', '42']) {
    const progress = new Progress(fakeStorage(stored));
    assert.equal(progress.met(1, 'by-hand'), false, stored);
    assert.equal(progress.meet(1, 'by-hand'), true, `${stored}: a goal can still be met`);
  }
  const mixed = new Progress(fakeStorage(JSON.stringify({ 1: ['by-hand', 7, null], 2: 'one-corner', 3: { a: 1 } })));
  assert.equal(mixed.met(1, 'by-hand'), true, 'the strings of a list are kept');
  assert.equal(mixed.met(2, 'one-corner'), false, 'a string where a list should be is dropped');
});

test('storage that throws (private mode, full, blocked) keeps the progress for this visit', () => {
  const broken = {
    getItem() {
      throw new Error('SecurityError');
    },
    setItem() {
      throw new Error('QuotaExceededError');
    },
    removeItem() {
      throw new Error('SecurityError');
    },
  };
  const progress = new Progress(broken);
  assert.equal(progress.met(6, 'twenty-steps'), false);
  assert.equal(progress.meet(6, 'twenty-steps'), true);
  assert.equal(progress.met(6, 'twenty-steps'), true);
  progress.reset();
  assert.equal(progress.met(6, 'twenty-steps'), false);
  const none = new Progress(null);
  assert.equal(none.meet(7, 'predict-signs'), true);
  assert.equal(none.met(7, 'predict-signs'), true);
});
