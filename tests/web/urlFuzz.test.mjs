// The URL-state fuzzer (tests/fuzz/url/urlState.mjs) for a bounded run from a fixed seed: the seed
// corpus, then random and mutated hashes, then 1 MB hashes. `npm run fuzz` runs it for longer from
// a new seed each time (scripts/fuzz-url.mjs).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DICTIONARY, fuzzUrlState } from '../fuzz/url/urlState.mjs';
import { load } from './load.mjs';

const { DEFAULT_STATE, serialiseHash, hashPairs, readHash } = await load('state.ts');

test('the dictionary names every key the page writes, so the fuzzer reaches each', () => {
  const every = hashPairs(serialiseHash({ ...DEFAULT_STATE, hidden: ['learningRate'] }, { everyKey: true }));
  const missing = every.map(([key]) => key.replace(/^.*_hide$/, '_hide')).filter((key) => !DICTIONARY.some((t) => t.startsWith(`${key}=`)));
  assert.deepEqual(missing, []);
});

test('hidden-control names holding "=", "&" or "#" survive being written to the hash and read back (found by the fuzzer)', () => {
  const state = { ...DEFAULT_STATE, hidden: ['=', '&', 'a#b'] };
  assert.deepEqual(readHash(`#${serialiseHash(state)}`, DEFAULT_STATE).state.hidden, state.hidden);
});

test('5000 fuzzed hashes: the reader never throws, gives usable settings that read back the same, and reads 1 MB quickly', () => {
  assert.equal(fuzzUrlState({ seed: 20260412, runs: 5000 }), 5000);
});
