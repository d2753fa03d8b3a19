// web/src/learn/widgets/builtNetworks.ts (what the learner built, for lesson 9) and
// challengeRules.ts (a lesson playground's conditions on its settings), checked under Node.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { load } from './load.mjs';

const { BUILT_KEY, describeBuilt, fullPlaygroundHash, latestBuilt, rememberBuilt } = await load('learn/widgets/builtNetworks.ts');
const { bestOf, readRules, ruleStatus } = await load('learn/widgets/challengeRules.ts');
const { DEFAULT_STATE, parseHash } = await load('state.ts');

/** A Storage of one Map; `broken` throws on every call, as private modes may. */
function memoryStorage({ broken = false } = {}) {
  const map = new Map();
  const fail = () => {
    throw new Error('storage refused');
  };
  return {
    map,
    getItem: (key) => (broken ? fail() : map.get(key) ?? null),
    setItem: (key, value) => (broken ? fail() : map.set(key, value)),
  };
}

test('the full playground hash shows every control and keeps the settings', () => {
  const state = { ...DEFAULT_STATE, activation: 'relu', networkShape: [4, 4, 4], hidden: ['problem', 'noise'], hideText: true };
  const hash = fullPlaygroundHash(state);
  assert.ok(!hash.includes('_hide'), hash);
  assert.deepEqual(parseHash(hash, DEFAULT_STATE), { ...state, hidden: [], hideText: false });
});

test('each lesson keeps its last network, and the latest is the one saved last', () => {
  const storage = memoryStorage();
  assert.equal(latestBuilt(storage), null);
  rememberBuilt(storage, { lesson: 4, hash: 'activation=tanh', savedAt: 100 });
  rememberBuilt(storage, { lesson: 8, hash: 'dataset=spirals', savedAt: 200 });
  rememberBuilt(storage, { lesson: 4, hash: 'activation=relu', savedAt: 300 });
  assert.deepEqual(JSON.parse(storage.map.get(BUILT_KEY)), {
    4: { hash: 'activation=relu', savedAt: 300 },
    8: { hash: 'dataset=spirals', savedAt: 200 },
  });
  assert.deepEqual(latestBuilt(storage), { lesson: 4, hash: 'activation=relu', savedAt: 300 });
});

test('stored text that is not ours, and storage that refuses, keep nothing and throw nothing', () => {
  const storage = memoryStorage();
  for (const text of ['not json', '[1, 2]', '{"4": {"hash": 5, "savedAt": 1}, "x": {"hash": "a", "savedAt": 2}}']) {
    storage.map.set(BUILT_KEY, text);
    assert.equal(latestBuilt(storage), null, text);
  }
  const broken = memoryStorage({ broken: true });
  rememberBuilt(broken, { lesson: 4, hash: 'a', savedAt: 1 });
  assert.equal(latestBuilt(broken), null);
  assert.equal(latestBuilt(null), null);
});

test('a kept network is described in words', () => {
  const hash = fullPlaygroundHash({ ...DEFAULT_STATE, activation: 'tanh', networkShape: [4, 4, 4], features: ['x', 'sinY'] });
  assert.equal(describeBuilt(hash), 'circle data · inputs X₁, sin(X₂) · 3 hidden layers (4, 4, 4) · tanh activation');
  assert.equal(describeBuilt(fullPlaygroundHash({ ...DEFAULT_STATE, networkShape: [] })), 'circle data · inputs X₁, X₂ · no hidden layer · tanh activation');
});

test('rules count hidden neurons and layers and read the noise, each with its bound', () => {
  const rules = readRules([{ hiddenNeurons: { atMost: 3 } }, { noise: { atLeast: 40 } }, { hiddenLayers: { atMost: 1 } }]);
  const state = { ...DEFAULT_STATE, networkShape: [4, 2], noise: 40 };
  // 4 + 2 = 6 neurons in 2 layers.
  assert.deepEqual(rules.map((rule) => ruleStatus(rule, state)), [
    { met: false, value: 6, text: 'Hidden neurons: 6 (the challenge: at most 3)' },
    { met: true, value: 40, text: 'Noise: 40 (the challenge: at least 40)' },
    { met: false, value: 2, text: 'Hidden layers: 2 (the challenge: at most 1)' },
  ]);
  assert.equal(ruleStatus(rules[1], state, 45).text, 'Noise: 40 (the challenge: at least 40; your best: 45)');
  assert.equal(ruleStatus(rules[0], { ...state, networkShape: [3] }).met, true);
  assert.deepEqual(readRules(undefined), []);
});

test('the best is the lowest for an atMost rule and the highest for an atLeast rule', () => {
  const [fewest, noisiest] = readRules([{ hiddenNeurons: { atMost: 3 } }, { noise: { atLeast: 40 } }]);
  assert.equal(bestOf(fewest, null, 6), 6);
  assert.equal(bestOf(fewest, 6, 3), 3);
  assert.equal(bestOf(fewest, 3, 4), 3);
  assert.equal(bestOf(noisiest, null, 20), 20);
  assert.equal(bestOf(noisiest, 45, 40), 45);
  assert.equal(bestOf(noisiest, 40, 45), 45);
});

test('a rule written wrong is an error that says how to write it', () => {
  for (const wrong of [{ noise: 40 }, [{ noise: { atLeast: 40, atMost: 50 } }], [{ neurons: { atMost: 3 } }], [{ noise: { atLeast: '40' } }]]) {
    assert.throws(() => readRules(wrong), /require/, JSON.stringify(wrong));
  }
});
