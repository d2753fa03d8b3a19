// web/src/state.ts as a mangled link reaches it: every numeric key at 0, negative, NaN, ±Infinity,
// beyond a float and huge; garbage, repeated keys, unknown keys, script and a 1 MB hash. The state
// read is always one the page can use (finite, in range), and what was not taken is reported.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { load } from './load.mjs';

const { DEFAULT_STATE, LIMITS, readHash } = await load('state.ts');

/** Each numeric key of the hash, the state field it sets and the range that field keeps. */
const NUMERIC_KEYS = [
  ['noise', 'noise', LIMITS.noise],
  ['percTrainData', 'percTrainData', LIMITS.percTrainData],
  ['batchSize', 'batchSize', LIMITS.batchSize],
  ['learningRate', 'learningRate', LIMITS.learningRate],
  ['regularizationRate', 'regularizationRate', LIMITS.regularizationRate],
  ['classes', 'numClasses', LIMITS.numClasses],
  ['momentum', 'momentum', LIMITS.momentum],
  ['beta1', 'beta1', LIMITS.beta1],
  ['beta2', 'beta2', LIMITS.beta2],
];
const ABSURD = ['0', '-1', '-0', 'NaN', 'Infinity', '-Infinity', '1e39', '-1e39', '1e308', '1e400', '99999999999999999999', '0x10', ' 3 '];

test('every numeric key at 0, negative, NaN, ±Infinity, beyond a float and huge gives a finite value in its range', () => {
  for (const [key, field, [low, high]] of NUMERIC_KEYS) {
    for (const value of ABSURD) {
      const { state, refused } = readHash(`#${key}=${encodeURIComponent(value)}`, DEFAULT_STATE);
      const read = state[field];
      assert.ok(Number.isFinite(read) && read >= low && read <= high, `${key}=${value} gave ${read}`);
      // A value that is not a finite number (1e400 parses to Infinity) is never taken.
      if (!Number.isFinite(Number(value))) {
        assert.equal(read, DEFAULT_STATE[field], `${key}=${value}`);
        assert.deepEqual(refused.map((r) => r.key), [key], `${key}=${value}`);
      }
    }
  }
  // Hand-checked cases: noise and batch size are clamped, the rates refused when out of range.
  assert.equal(readHash('#noise=-1', DEFAULT_STATE).state.noise, 0);
  assert.equal(readHash('#batchSize=0', DEFAULT_STATE).state.batchSize, 1);
  assert.equal(readHash('#batchSize=1e308', DEFAULT_STATE).state.batchSize, 30);
  assert.equal(readHash('#learningRate=0', DEFAULT_STATE).state.learningRate, 0);
  assert.deepEqual(readHash('#learningRate=-1', DEFAULT_STATE).refused, [{ key: 'learningRate', value: '-1', allowed: 'a number from 0 to 100' }]);
});

test('networkShape and points: absurd counts are clamped to what the engine takes, non-numbers refused', () => {
  const shape = (value) => readHash(`#networkShape=${value}`, DEFAULT_STATE);
  // 1e308 is a whole number: clamped to 32 neurons; 0 and -5 to 1; 20 layers cut to 8.
  assert.deepEqual(shape('1e308,0,-5').state.networkShape, [32, 1, 1]);
  assert.equal(shape(Array(20).fill(2).join(',')).state.networkShape.length, 8);
  for (const bad of ['NaN', 'Infinity', '2,,x', '1.5']) {
    assert.deepEqual(shape(bad).state.networkShape, DEFAULT_STATE.networkShape, bad);
    assert.deepEqual(shape(bad).refused.map((r) => r.key), ['networkShape'], bad);
  }
  const points = (value) => readHash(`#points=${value}`, DEFAULT_STATE).state.points;
  // 0 is the dataset's own number; otherwise 10 to 5000.
  assert.deepEqual(['0', '-1', '1e308', 'NaN'].map(points), [0, 10, 5000, DEFAULT_STATE.points]);
});

test('garbage, repeated keys and unknown keys: the last of a key counts, the rest is ignored, nothing throws', () => {
  const { state, refused } = readHash('#&&==&%zz=%&noise=%E0%A4%A&dataset=xor&dataset=spiral&noKey&=5&cosX=true&x=false', DEFAULT_STATE);
  assert.equal(state.dataset, 'spiral');
  // "%E0%A4%A" is not valid percent-encoding: kept as its text, which is not a number.
  assert.equal(state.noise, DEFAULT_STATE.noise);
  assert.deepEqual(refused.map((r) => `${r.key}=${r.value}`), ['noise=%E0%A4%A']);
  assert.deepEqual(state.features, DEFAULT_STATE.features.filter((f) => f !== 'x'));
});

test('script in a value is kept as text and reported as text; a 1 MB hash is read whole', () => {
  const script = '<script>window.__pwned=1</script>';
  const { state, refused } = readHash(`#dataset=${encodeURIComponent(script)}&seed=${encodeURIComponent(script)}`, DEFAULT_STATE);
  assert.equal(state.dataset, DEFAULT_STATE.dataset);
  assert.equal(state.seed, script);
  assert.deepEqual(refused, [{ key: 'dataset', value: script, allowed: 'circle, xor, gauss, spiral, spirals, blobs, function' }]);

  const megabyte = 'a'.repeat(1 << 20);
  const long = readHash(`#noise=5&curve=${megabyte}&${megabyte}=1&learningRate=${megabyte}`, DEFAULT_STATE);
  assert.equal(long.state.noise, 5);
  assert.equal(long.state.curve.length, 1 << 20);
  assert.deepEqual(long.refused.map((r) => [r.key, r.value.length]), [['learningRate', 1 << 20]]);
});
