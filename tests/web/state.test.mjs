// web/src/state.ts: the settings and their URL-hash form, and sessionConfig.ts: the engine
// configuration they give, checked under Node.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { load } from './load.mjs';

const { DEFAULT_STATE, changeEffect, lowerLearningRate, parseHash, readHash, seedNumber, serialiseHash } = await load('state.ts');
const { sessionConfig } = await load('sessionConfig.ts');

// TensorFlow Playground's own link (its keys, in its order, with its cosX/cosY/collectStats).
const playgroundLink =
  '#activation=relu&batchSize=17&dataset=spiral&regDataset=reg-gauss&learningRate=0.3&regularizationRate=0.001' +
  '&noise=35&networkShape=6,5,3&seed=0.71234&showTestData=true&discretize=true&percTrainData=70&x=true&y=false' +
  '&xTimesY=true&xSquared=false&ySquared=true&cosX=false&sinX=true&cosY=false&sinY=false&collectStats=false' +
  '&problem=classification&initZero=true&hideText=true&regularization=L2';

test('a TensorFlow Playground link sets every setting it names', () => {
  const state = parseHash(playgroundLink, DEFAULT_STATE);
  assert.deepEqual(state, {
    ...DEFAULT_STATE,
    activation: 'relu',
    batchSize: 17,
    dataset: 'spiral',
    regDataset: 'multigauss',
    learningRate: 0.3,
    regularization: 'L2',
    regularizationRate: 0.001,
    noise: 35,
    networkShape: [6, 5, 3],
    seed: '0.71234',
    showTestData: true,
    discretize: true,
    percTrainData: 70,
    features: ['x', 'ySquared', 'xTimesY', 'sinX'],
    init: 'zeros',
    hideText: true,
  });
});

test('serialising and parsing again gives the same settings', () => {
  const state = parseHash(playgroundLink + '&speed=max&colours=puor&dataset_hide=true&noise_hide=true', DEFAULT_STATE);
  assert.deepEqual(state.hidden, ['dataset', 'noise']);
  assert.deepEqual(parseHash(serialiseHash(state), DEFAULT_STATE), state);
  assert.deepEqual(parseHash(`#${serialiseHash(DEFAULT_STATE)}`, { ...DEFAULT_STATE, noise: 20 }), DEFAULT_STATE);
});

test('the hash keeps the Playground keys and values, so the Playground can open it', () => {
  const hash = serialiseHash(parseHash(playgroundLink, DEFAULT_STATE));
  assert.match(hash, /&networkShape=6,5,3&/);
  const keys = new URLSearchParams(hash);
  for (const [key, value] of new URLSearchParams(playgroundLink.slice(1))) {
    if (!['cosX', 'cosY', 'collectStats'].includes(key)) assert.equal(keys.get(key), value, key);
  }
});

test('absent, empty and malformed values keep the base value; out-of-range ones are clamped', () => {
  const base = { ...DEFAULT_STATE, noise: 10 };
  assert.deepEqual(parseHash('', base), base);
  assert.deepEqual(parseHash('#noise=&learningRate=fast&activation=swish&dataset=moons&problem=ranking', base), base);
  const clamped = parseHash('noise=90&percTrainData=5&batchSize=100&networkShape=40,0,3,3,3,3,3,3,3,3', base);
  assert.equal(clamped.noise, 50);
  assert.equal(clamped.percTrainData, 10);
  assert.equal(clamped.batchSize, 30);
  // nnplay's engine takes up to 8 hidden layers of 32 neurons (the Playground's buttons stop at 6 of 8).
  assert.deepEqual(clamped.networkShape, [32, 1, 3, 3, 3, 3, 3, 3]);
});

test('an empty networkShape is a network without hidden layers; all features off keeps the base features', () => {
  assert.deepEqual(parseHash('networkShape=', DEFAULT_STATE).networkShape, []);
  assert.deepEqual(parseHash('x=false&y=false', DEFAULT_STATE).features, DEFAULT_STATE.features);
  // As in the Playground, any value but "false" turns a flag on.
  assert.equal(parseHash('showTestData=1', DEFAULT_STATE).showTestData, true);
});

test('a seed text maps to its 32-bit FNV-1a hash with the top bit cleared', () => {
  // FNV-1a starts from the offset basis 0x811c9dc5 (the hash of "") and, per byte, XORs it in and
  // multiplies by the prime 0x01000193 modulo 2³². For "a" (0x61): 0x811c9dc5 ^ 0x61 = 0x811c9da4;
  // 0x811c9da4 × 0x193 = 0xcb400c292c and 0x811c9da4 × 2²⁴ = 0x811c9da4000000, so modulo 2³² the
  // product is 0x400c292c + 0xa4000000 = 0xe40c292c, the published FNV-1a test vector for "a".
  assert.equal(seedNumber(''), 0x811c9dc5 & 0x7fffffff);
  assert.equal(seedNumber('a'), 0xe40c292c & 0x7fffffff);
  // The published vector for "foobar".
  assert.equal(seedNumber('foobar'), 0xbf9cf968 & 0x7fffffff);
});

test('every seed text the page makes (0.00000 to 0.99999) gives its own engine seed', () => {
  const seeds = new Set();
  for (let i = 0; i < 100_000; i++) seeds.add(seedNumber((i / 100_000).toFixed(5)));
  assert.equal(seeds.size, 100_000);
  for (const seed of seeds) assert.ok(Number.isInteger(seed) && seed >= 0 && seed <= 2 ** 31 - 1, `${seed}`);
});

test('the engine configuration follows the settings', () => {
  const config = sessionConfig(parseHash(playgroundLink, DEFAULT_STATE));
  assert.deepEqual(config, {
    dataset: { name: 'spiral', noise: 0.35, trainPercent: 70, seed: seedNumber('0.71234') },
    features: ['x', 'ySquared', 'xTimesY', 'sinX'],
    // No output and no loss: the engine's own choice for two classes is the Playground's tanh and squared error.
    network: { hidden: [6, 5, 3], activation: 'relu' },
    optimizer: { name: 'sgd', learningRate: 0.3, regularization: 'L2', regularizationRate: 0.001 },
    standardize: false,
    batchSize: 17,
    shuffle: false,
    init: 'zeros',
    weightSeed: seedNumber('0.71234'),
  });
  const regression = sessionConfig({ ...DEFAULT_STATE, problem: 'regression', regDataset: 'multigauss' });
  assert.equal(regression.dataset.name, 'multigauss');
  assert.equal(regression.network.output, undefined);
});

test("nnplay's own settings have keys of their own, written only when they are not the default", () => {
  assert.doesNotMatch(serialiseHash(DEFAULT_STATE), /classes|points|curve|optimizer|loss|standardize|init=/);
  const own = {
    ...DEFAULT_STATE, dataset: 'spirals', numClasses: 5, points: 800, curve: 'x^3 - x', customData: 'drawn-1',
    networkShape: [8, 8, 4], layerActivations: ['relu', '', 'tanh'], outputActivation: 'softmax', loss: 'cross_entropy',
    optimizer: 'adam', momentum: 0.5, beta1: 0.8, beta2: 0.99, standardize: true, init: 'he',
  };
  const hash = serialiseHash(own);
  assert.match(hash, /&classes=5&points=800&curve=x%5E3%20-%20x&customData=drawn-1&layerActivations=relu,,tanh&outputActivation=softmax/);
  assert.match(hash, /&initZero=false&/);
  assert.match(hash, /&init=he$/);
  assert.deepEqual(parseHash(hash, DEFAULT_STATE), own);
  assert.equal(parseHash(serialiseHash({ ...DEFAULT_STATE, init: 'zeros' }), DEFAULT_STATE).init, 'zeros');
  assert.equal(parseHash('initZero=false', { ...DEFAULT_STATE, init: 'zeros' }).init, 'playground');
  assert.equal(parseHash('initZero=false', { ...DEFAULT_STATE, init: 'xavier' }).init, 'xavier');
});

test("nnplay's keys: a bad value keeps the base value and is reported; counts are clamped", () => {
  const { state, refused } = readHash('#optimizer=rmsprop&classes=12&points=3&momentum=1.5&layerActivations=relu,swish&loss=hinge', DEFAULT_STATE);
  assert.equal(state.optimizer, 'sgd');
  assert.equal(state.numClasses, 8);
  assert.equal(state.points, 10);
  assert.equal(state.momentum, 0.9);
  assert.deepEqual(state.layerActivations, []);
  assert.equal(state.loss, 'auto');
  assert.deepEqual(refused.map(({ key }) => key), ['optimizer', 'momentum', 'layerActivations', 'loss']);
  assert.equal(parseHash('points=0', { ...DEFAULT_STATE, points: 900 }).points, 0);
});

test('the engine configuration of the advanced settings', () => {
  const config = sessionConfig({
    ...DEFAULT_STATE, dataset: 'blobs', numClasses: 4, points: 300, networkShape: [5, 3], layerActivations: ['', 'relu'],
    outputActivation: 'softmax', loss: 'cross_entropy', optimizer: 'adam', beta1: 0.8, beta2: 0.99, standardize: true, init: 'xavier',
  });
  assert.deepEqual(config.dataset, { name: 'blobs', noise: 0, trainPercent: 50, seed: seedNumber('0.50000'), classes: 4, points: 300 });
  assert.deepEqual(config.network, { hidden: [5, { units: 3, activation: 'relu' }], activation: 'tanh', output: 'softmax' });
  assert.equal(config.loss, 'cross_entropy');
  assert.deepEqual(config.optimizer, { name: 'adam', learningRate: 0.03, regularization: 'none', regularizationRate: 0, beta1: 0.8, beta2: 0.99 });
  assert.equal(config.standardize, true);
  assert.equal(config.init, 'xavier');
  const momentum = sessionConfig({ ...DEFAULT_STATE, optimizer: 'momentum', momentum: 0.5, numClasses: 6 });
  assert.deepEqual(momentum.optimizer, { name: 'momentum', learningRate: 0.03, regularization: 'none', regularizationRate: 0, momentum: 0.5 });
  assert.equal(momentum.dataset.classes, undefined, "the Playground's circle has two classes whatever numClasses says");
});

test('a change rebuilds the experiment, reaches it live, or only redraws', () => {
  const effect = (patch) => changeEffect(DEFAULT_STATE, { ...DEFAULT_STATE, ...patch });
  assert.equal(effect({}), undefined);
  assert.equal(effect({ networkShape: [4, 3] }), 'rebuild');
  assert.equal(effect({ features: ['x'] }), 'rebuild');
  assert.equal(effect({ noise: 5, learningRate: 1 }), 'rebuild');
  assert.equal(effect({ learningRate: 1 }), 'live');
  assert.equal(effect({ batchSize: 3 }), 'live');
  assert.equal(effect({ discretize: true, colours: 'puor' }), 'view');
});

test('after a divergence the learning rate offered is about ten times lower', () => {
  assert.equal(lowerLearningRate(10), 1);
  assert.equal(lowerLearningRate(3), 0.3);
  assert.equal(lowerLearningRate(0.03), 0.003);
  assert.equal(lowerLearningRate(0.05), 0.003);
  assert.equal(lowerLearningRate(0.00001), 0.00001);
});

test('the rates take 0 to 100: a value beyond, or not a number, keeps the base value and is reported with what the key takes', () => {
  const base = { ...DEFAULT_STATE, learningRate: 0.3 };
  // 1e308 and 1e39 are finite doubles but beyond a float (3.4e38): the engine refuses them.
  const { state, refused } = readHash('#learningRate=1e308&regularizationRate=1e39&noise=5', base);
  assert.equal(state.learningRate, 0.3);
  assert.equal(state.regularizationRate, 0);
  assert.equal(state.noise, 5);
  assert.deepEqual(refused, [
    { key: 'learningRate', value: '1e308', allowed: 'a number from 0 to 100' },
    { key: 'regularizationRate', value: '1e39', allowed: 'a number from 0 to 100' },
  ]);
  // The limits themselves are taken.
  assert.deepEqual(readHash('#learningRate=100&regularizationRate=0', base).refused, []);
  assert.equal(readHash('#learningRate=100', base).state.learningRate, 100);
  assert.deepEqual(readHash('#learningRate=-5', base).refused.map((r) => r.value), ['-5']);
});

test('every value a key does not take is reported in the link’s order; clamped numbers and empty values are not', () => {
  const { refused } = readHash('#dataset=moons&noise=80&activation=swish&batchSize=&networkShape=2,x&speed=7&percTrainData=lots', DEFAULT_STATE);
  assert.deepEqual(refused.map(({ key, value }) => `${key}=${value}`), [
    'dataset=moons', 'activation=swish', 'networkShape=2,x', 'speed=7', 'percTrainData=lots',
  ]);
  assert.equal(refused[0].allowed, 'circle, xor, gauss, spiral, spirals, blobs, function');
});

test('the data seed: empty means `seed`; once set it seeds the data and `seed` the weights; written only when set', () => {
  const plain = sessionConfig({ ...DEFAULT_STATE, seed: '0.5' });
  assert.equal(plain.dataset.seed, seedNumber('0.5'));
  assert.equal(plain.weightSeed, seedNumber('0.5'));
  assert.doesNotMatch(serialiseHash(DEFAULT_STATE), /dataSeed/, 'a Playground link stays one');
  const regenerated = parseHash('#seed=0.5&dataSeed=0.25', DEFAULT_STATE);
  assert.equal(regenerated.dataSeed, '0.25');
  const config = sessionConfig(regenerated);
  assert.equal(config.dataset.seed, seedNumber('0.25'));
  assert.equal(config.weightSeed, seedNumber('0.5'));
  assert.deepEqual(parseHash(serialiseHash(regenerated), DEFAULT_STATE), regenerated);
  assert.equal(changeEffect(DEFAULT_STATE, { ...DEFAULT_STATE, dataSeed: '0.25' }), 'rebuild', 'a pasted data seed is new data');
});

test('a loaded model: its key in the link, and the engine gets the stored model instead of features, network and standardisation', () => {
  const loaded = { ...DEFAULT_STATE, seed: '0.5', model: 'model-1f' };
  assert.match(serialiseHash(loaded), /&model=model-1f$/);
  assert.equal(parseHash(serialiseHash(loaded), DEFAULT_STATE).model, 'model-1f');
  const model = { format: 'nnplay-model', version: 1 };
  const stored = (key) => (key === 'model-1f' ? JSON.stringify(model) : null);
  const { features, network, standardize, ...rest } = sessionConfig(loaded);
  assert.deepEqual(sessionConfig(loaded, stored), { ...rest, model });
  // Another browser has no such model: the settings' own network, whose shape the link describes.
  assert.deepEqual(sessionConfig(loaded, () => null), { ...rest, features, network, standardize });
});
