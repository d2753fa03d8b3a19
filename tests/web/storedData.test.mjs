// web/src/data/storedData.ts: texts kept under short keys, over a Map-backed storage with a quota.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { load } from './load.mjs';

const { StoredData, StoredDataError } = await load('data/storedData.ts');

/** A Web Storage stand-in that holds at most `quota` characters of keys and values, as browsers count. */
function fakeStorage(quota = Infinity) {
  const items = new Map();
  const used = () => [...items].reduce((sum, [key, value]) => sum + key.length + value.length, 0);
  return {
    items,
    getItem: (key) => (items.has(key) ? items.get(key) : null),
    setItem(key, value) {
      const before = items.get(key);
      items.set(key, String(value));
      if (used() > quota) {
        if (before === undefined) items.delete(key);
        else items.set(key, before);
        throw Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
      }
    },
    removeItem: (key) => items.delete(key),
  };
}

test('a stored text comes back under its key, and the same text gets the same key', () => {
  const store = new StoredData(fakeStorage());
  const key = store.put('x,y,label\n1,2,0\n');
  assert.match(key, /^data-[0-9a-f]{8}-[0-9a-z]+$/);
  assert.equal(store.get(key), 'x,y,label\n1,2,0\n');
  assert.equal(store.put('x,y,label\n1,2,0\n'), key);
  assert.notEqual(store.put('x,y,label\n1,2,1\n'), key);
  assert.match(store.put('{"format":"nnplay-model"}', 'model'), /^model-/);
  assert.equal(store.get('data-00000000-1'), null);
  assert.equal(store.get(''), null);
});

test('a key only changes what it names: removing one leaves the others', () => {
  const store = new StoredData(fakeStorage());
  const first = store.put('a');
  const second = store.put('b');
  store.remove(first);
  assert.equal(store.get(first), null);
  assert.equal(store.get(second), 'b');
});

test('when storage is full the oldest texts are given up first, and a text too big for it is refused with a clear message', () => {
  // A 100-character text costs its key ("nnplay-stored:" 14 + "data-" 5 + 8 hex + "-" 1 + "2s" 2 = 30)
  // plus 100 = 130; the index "nnplay-stored-index" (19) plus its JSON of two 16-character keys
  // (2 + 2·18 + 1 = 39): two texts take 260 + 58 = 318 ≤ 340, three 390 > 340.
  const storage = fakeStorage(340);
  const store = new StoredData(storage);
  const a = store.put('a'.repeat(100));
  const b = store.put('b'.repeat(100));
  const c = store.put('c'.repeat(100));
  assert.equal(store.get(a), null);
  assert.equal(store.get(b), 'b'.repeat(100));
  assert.equal(store.get(c), 'c'.repeat(100));
  assert.throws(() => store.put('d'.repeat(2000)), (error) =>
    error instanceof StoredDataError && /storage for this site is full: your data \(2 kB\) cannot be saved/.test(error.message));
});

test('without storage (turned off in the browser), get finds nothing and put says why', () => {
  const store = new StoredData(null);
  assert.equal(store.get('data-1'), null);
  assert.throws(() => store.put('x'), /storage is turned off/);
});
