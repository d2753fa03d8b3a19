// A fuzzer for the page's URL-state reader (stateFromHash in web/src/app/urlSync.ts, over
// readHash in web/src/state.ts): property-based random hashes from fast-check, built from the seed
// corpus (corpus/) mutated with the dictionary's tokens (url.dict), from the tokens alone, and from
// arbitrary text. For every hash the reader never throws, returns settings the page can use with
// every value not taken reported, settings that survive being written back to a hash and read
// again, and an engine configuration; a 1 MB hash is read in under LARGE_INPUT_MS.
// tests/web/urlFuzz.test.mjs runs it briefly; scripts/fuzz-url.mjs for as long as asked.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';

import { load } from '../../web/load.mjs';

const { stateFromHash } = await load('app/urlSync.ts');
const state = await load('state.ts');
const { sessionConfig } = await load('sessionConfig.ts');
const { colourSchemes } = await load('colours.ts');
const { DEFAULT_STATE, LIMITS, serialiseHash, hashPairs } = state;

const here = new URL('./', import.meta.url);
export const CORPUS = readdirSync(new URL('corpus/', here))
  .sort()
  .map((name) => readFileSync(new URL(`corpus/${name}`, here), 'utf8'));
/** The dictionary in libFuzzer's format: one "quoted token" a line, # comments. */
export const DICTIONARY = readFileSync(new URL('url.dict', here), 'utf8')
  .split('\n')
  .filter((line) => line.startsWith('"'))
  .map((line) => JSON.parse(line));

/**
 * A bound on reading a 1 MB hash, several times the 100–600 ms it takes here on a loaded machine:
 * not a speed test, a guard against work that grows with the square of the input (minutes at 1 MB).
 */
export const LARGE_INPUT_MS = 2000;
const MEGABYTE = 1 << 20;

const token = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...DICTIONARY) },
  { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
  { weight: 1, arbitrary: fc.double().map(String) },
  { weight: 1, arbitrary: fc.integer({ min: -100, max: 100 }).map(String) },
);

/** A corpus entry with tokens inserted, spans deleted and spans repeated, at random places. */
const mutatedCorpus = fc
  .tuple(
    fc.constantFrom(...CORPUS),
    fc.array(fc.tuple(fc.constantFrom('insert', 'delete', 'repeat'), fc.nat(), fc.nat({ max: 40 }), token), { maxLength: 8 }),
  )
  .map(([text, edits]) =>
    edits.reduce((hash, [edit, at, length, inserted]) => {
      const start = at % (hash.length + 1);
      if (edit === 'insert') return hash.slice(0, start) + inserted + hash.slice(start);
      if (edit === 'delete') return hash.slice(0, start) + hash.slice(start + length);
      return hash.slice(0, start + length) + hash.slice(start, start + length) + hash.slice(start + length);
    }, text),
  );

/** key=value pairs of dictionary tokens and random text. */
const tokenHash = fc
  .array(fc.tuple(token, token, fc.constantFrom('&', '&', '&', '', '#', '=')), { maxLength: 30 })
  .map((pairs) => '#' + pairs.map(([key, value, separator]) => `${key}${value}${separator}`).join(''));

export const hashes = fc.oneof(
  { weight: 3, arbitrary: mutatedCorpus },
  { weight: 2, arbitrary: tokenHash },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 200 }) },
);

const isIn = (choices, value) => choices.includes(value);
const inRange = (value, [low, high]) => Number.isFinite(value) && value >= low && value <= high;

/** Throws, naming the field, unless `s` is settings the page can build and draw. */
export function assertUsable(s) {
  const checks = {
    problem: isIn(state.PROBLEMS, s.problem),
    dataset: isIn(state.CLASSIFICATION_DATASETS, s.dataset),
    regDataset: isIn(state.REGRESSION_DATASETS, s.regDataset),
    noise: inRange(s.noise, LIMITS.noise),
    percTrainData: inRange(s.percTrainData, LIMITS.percTrainData),
    batchSize: Number.isInteger(s.batchSize) && inRange(s.batchSize, LIMITS.batchSize),
    features: s.features.length > 0 && s.features.every((f) => isIn(state.FEATURES, f)),
    networkShape:
      s.networkShape.length <= LIMITS.hiddenLayers[1] && s.networkShape.every((n) => Number.isInteger(n) && inRange(n, LIMITS.neurons)),
    activation: isIn(state.ACTIVATIONS, s.activation),
    layerActivations: s.layerActivations.every((a) => a === '' || isIn(state.ACTIVATIONS, a)),
    learningRate: inRange(s.learningRate, LIMITS.learningRate),
    regularization: isIn(state.REGULARIZATIONS, s.regularization),
    regularizationRate: inRange(s.regularizationRate, LIMITS.regularizationRate),
    init: isIn(state.INITS, s.init),
    numClasses: Number.isInteger(s.numClasses) && inRange(s.numClasses, LIMITS.numClasses),
    points: s.points === 0 || (Number.isInteger(s.points) && inRange(s.points, LIMITS.points)),
    outputActivation: isIn(state.OUTPUT_ACTIVATIONS, s.outputActivation),
    loss: isIn(state.LOSSES, s.loss),
    optimizer: isIn(state.OPTIMIZERS, s.optimizer),
    momentum: inRange(s.momentum, LIMITS.momentum),
    beta1: inRange(s.beta1, LIMITS.beta1),
    beta2: inRange(s.beta2, LIMITS.beta2),
    speed: isIn(state.SPEEDS, s.speed),
    colours: colourSchemes.some((scheme) => scheme.name === s.colours),
    texts: ['seed', 'dataSeed', 'curve', 'customData', 'model'].every((key) => typeof s[key] === 'string'),
    flags: ['standardize', 'showTestData', 'discretize', 'hideText'].every((key) => typeof s[key] === 'boolean'),
    hidden: s.hidden.every((name) => typeof name === 'string'),
  };
  const bad = Object.keys(checks).filter((field) => !checks[field]);
  assert.deepEqual(bad, [], `unusable ${bad.map((field) => `${field}: ${JSON.stringify(s[field] ?? null)}`).join(', ')}`);
  assert.deepEqual(Object.keys(s).sort(), Object.keys(DEFAULT_STATE).sort(), 'the settings have exactly the page\'s fields');
}

/** Every property of the reader for one hash. */
export function checkHash(hash) {
  const read = stateFromHash(hash, DEFAULT_STATE);
  if (read === null) {
    assert.equal(hash.replace(/^#/, ''), serialiseHash(DEFAULT_STATE), 'null only for the page\'s own hash');
    return;
  }
  assertUsable(read.state);
  // Every value not taken is reported as text, with what its key takes, and was in the hash.
  const keys = new Set(hashPairs(hash).map(([key]) => key));
  for (const refusal of read.refused) {
    assert.ok(keys.has(refusal.key), `refused key ${JSON.stringify(refusal.key)} is in the hash`);
    assert.equal(typeof refusal.value, 'string');
    assert.ok(typeof refusal.allowed === 'string' && refusal.allowed.length > 0, `${refusal.key} says what it takes`);
  }
  // Written back and read again: the same settings, nothing refused (the link the page writes opens
  // the same experiment). Only for well-formed text: location.hash is percent-encoded, and
  // decodeURIComponent refuses a lone surrogate, so none reaches the settings from a link (and
  // encodeURIComponent would throw on one).
  if (!hash.isWellFormed()) return;
  const again = stateFromHash(serialiseHash(read.state), DEFAULT_STATE) ?? { state: DEFAULT_STATE, refused: [] };
  // (Compared as JSON: −0 is written "0", the same setting.)
  assert.equal(JSON.stringify(again.state), JSON.stringify(read.state), 'the settings written to a hash read back the same');
  assert.deepEqual(again.refused, [], 'the page\'s own hash refuses nothing');
  JSON.stringify(sessionConfig(read.state));
}

/** Reads `hash` repeated to 1 MB, and returns how long it took, ms. */
export function timeLargeHash(hash) {
  const large = (hash || '#').repeat(Math.ceil(MEGABYTE / Math.max(1, hash.length))).slice(0, MEGABYTE);
  const started = performance.now();
  const read = stateFromHash(large, DEFAULT_STATE);
  const took = performance.now() - started;
  if (read) assertUsable(read.state);
  return took;
}

/**
 * Runs the fuzzer: `runs` hashes (the corpus first), or as many as fit in `seconds`, then each
 * corpus entry and `largeRuns` random hashes repeated to 1 MB. Throws fast-check's report, with its
 * seed and the shrunk hash, on failure; returns the number of hashes checked.
 */
export function fuzzUrlState({ seed, runs, seconds, largeRuns = 3 }) {
  const budget = seconds === undefined ? {} : { numRuns: Number.MAX_SAFE_INTEGER, interruptAfterTimeLimit: seconds * 1000 };
  let checked = 0;
  fc.assert(
    fc.property(hashes, (hash) => {
      checked++;
      checkHash(hash);
    }),
    { seed, numRuns: runs, ...budget, examples: CORPUS.map((hash) => [hash]) },
  );
  fc.assert(
    fc.property(hashes, (hash) => {
      const took = timeLargeHash(hash);
      assert.ok(took < LARGE_INPUT_MS, `a 1 MB hash took ${took.toFixed(0)} ms`);
    }),
    { seed, numRuns: CORPUS.length + largeRuns, examples: CORPUS.map((hash) => [hash]) },
  );
  return checked;
}
