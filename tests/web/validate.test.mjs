// web/src/embed/validate.ts and jsonSchema.ts: the configuration checked against
// docs/nnplay-config.schema.json, and that schema checked against the page's own lists.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { load } from './load.mjs';

const { validateConfig } = await load('embed/validate.ts');
const { KEYWORDS, check } = await load('embed/jsonSchema.ts');
const { CONTROL_KEYS } = await load('embed/controlKeys.ts');
const state = await load('state.ts');
const { colourSchemes } = await load('colours.ts');
const schema = JSON.parse(await readFile(new URL('../../docs/nnplay-config.schema.json', import.meta.url), 'utf8'));

const errorsOf = (config) => validateConfig(config).errors;

test('a full configuration passes and comes back as a copy', () => {
  const config = {
    version: 1,
    state: { ...state.DEFAULT_STATE, dataset: 'xor', networkShape: [], hidden: ['noise'], speed: 'max' },
    urlHash: false,
    locked: ['dataset', 'regenerate', 'x'],
    goals: [
      { metric: 'testLoss', atMost: 0.05, withinEpochs: 300, message: 'Well done, you fitted it.' },
      { metric: 'trainAccuracy', atLeast: 0.9 },
      { metric: 'epoch', atLeast: 500 },
    ],
  };
  const result = validateConfig(config);
  assert.deepEqual(result, { config, errors: [] });
  assert.notEqual(result.config, config);
  assert.deepEqual(validateConfig({}), { config: {}, errors: [] });
});

test('each wrong value is named by its path, with what it takes and what it was', () => {
  assert.deepEqual(errorsOf({ state: { learningRate: 'fast' } }), ['config.state.learningRate must be a number from 0 to 100, not "fast"']);
  assert.deepEqual(errorsOf({ state: { batchSize: 2.5, noise: 51 } }), [
    'config.state.batchSize must be a whole number from 1 to 30, not 2.5',
    'config.state.noise must be a number from 0 to 50, not 51',
  ]);
  assert.deepEqual(errorsOf({ state: { activation: 'ReLU' } }), [
    'config.state.activation must be one of "relu", "tanh", "sigmoid", "linear", "leaky_relu", "elu", "softplus", not "ReLU"',
  ]);
  assert.deepEqual(errorsOf({ state: { networkShape: [4, 33, 2, 2, 2, 2, 2, 2, 2] } }), [
    'config.state.networkShape must have at most 8 items, not 9',
    'config.state.networkShape[1] must be a whole number from 1 to 32, not 33',
  ]);
  assert.deepEqual(errorsOf({ state: { features: [] } }), ['config.state.features must have at least 1 item, not 0']);
  assert.deepEqual(errorsOf({ locked: ['noise', 'learningrate', 'noise'] }), [
    'config.locked must not repeat "noise"',
    `config.locked[1] must be one of ${CONTROL_KEYS.map(({ key }) => `"${key}"`).join(', ')}, not "learningrate"`,
  ]);
  assert.deepEqual(errorsOf({ version: 2, urlHash: 'yes' }), ['config.version must be 1, not 2', 'config.urlHash must be true or false, not "yes"']);
  assert.deepEqual(errorsOf({ state: { speed: Number.NaN } }), ['config.state.speed must be one of 1, 2, 5, 10, 20, 50, "max", not NaN']);
});

test('keys the schema does not have are refused, naming the keys it takes', () => {
  assert.deepEqual(errorsOf({ lock: ['noise'] }), ['config.lock is not a key of config, which takes version, state, urlHash, locked, goals']);
  const [message] = errorsOf({ state: { learningrate: 0.1 } });
  assert.match(message, /^config\.state\.learningrate is not a key of config\.state, which takes problem, dataset, .*colours$/);
  assert.deepEqual(errorsOf(null), ['config must be an object, not null']);
  assert.deepEqual(errorsOf([]), ['config must be an object, not []']);
});

test('a goal needs a metric and exactly one bound; an accuracy bound is at most 1', () => {
  assert.deepEqual(errorsOf({ goals: [{ atMost: 0.1 }] }), ['config.goals[0].metric is missing']);
  assert.deepEqual(errorsOf({ goals: [{ metric: 'testLoss' }] }), ['config.goals[0] must have exactly one of atMost, atLeast']);
  assert.deepEqual(errorsOf({ goals: [{ metric: 'testLoss', atMost: 0.1, atLeast: 0 }] }), ['config.goals[0] must have exactly one of atMost, atLeast']);
  assert.deepEqual(errorsOf({ goals: [{ metric: 'testAccuracy', atLeast: 95 }] }), ['config.goals[0].atLeast must be at most 1, not 95']);
  // The same 95 is a fine number of epochs or a (large) loss.
  assert.deepEqual(errorsOf({ goals: [{ metric: 'epoch', atLeast: 95 }, { metric: 'trainLoss', atMost: 95 }] }), []);
  assert.deepEqual(errorsOf({ goals: [{ metric: 'testLoss', atMost: -1, withinEpochs: 0 }] }), [
    'config.goals[0].atMost must be a number of at least 0, not -1',
    'config.goals[0].withinEpochs must be a whole number of at least 1, not 0',
  ]);
  assert.deepEqual(errorsOf({ goals: [{ metric: 'testLoss', atMost: 1, message: 'x'.repeat(501) }] }), [
    `config.goals[0].message must be text of at most 500 characters, not "${'x'.repeat(39)}…`,
  ]);
});

test('the schema file uses only keywords the checker reads, and a keyword it does not know is an error', () => {
  const used = new Set();
  const walk = (node) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') for (const [key, value] of Object.entries(node)) {
      // Names under properties and $defs are not keywords.
      if (key !== 'properties' && key !== '$defs') used.add(key);
      if (key === 'enum' || key === 'const') continue;
      if (key === 'properties' || key === '$defs') Object.values(value).forEach(walk);
      else walk(value);
    }
  };
  walk(schema);
  assert.deepEqual([...used].filter((keyword) => !KEYWORDS.includes(keyword)), []);
  assert.throws(() => check({ pattern: '^a' }, {}, 'b', 'x'), /keywords this checker does not know: pattern/);
});

test('the schema lists what the page takes: the settings, their values and ranges, the control keys', () => {
  const settings = schema.properties.state.properties;
  assert.deepEqual(Object.keys(settings).sort(), Object.keys(state.DEFAULT_STATE).sort());
  assert.deepEqual(settings.problem.enum, [...state.PROBLEMS]);
  assert.deepEqual(settings.dataset.enum, [...state.CLASSIFICATION_DATASETS]);
  assert.deepEqual(settings.regDataset.enum, [...state.REGRESSION_DATASETS]);
  assert.deepEqual(settings.features.items.enum, [...state.FEATURES]);
  assert.deepEqual(settings.activation.enum, [...state.ACTIVATIONS]);
  assert.deepEqual(settings.regularization.enum, [...state.REGULARIZATIONS]);
  assert.deepEqual(settings.speed.enum, [...state.SPEEDS]);
  assert.deepEqual(settings.colours.enum, colourSchemes.map((scheme) => scheme.name));
  for (const key of ['noise', 'percTrainData', 'batchSize', 'learningRate', 'regularizationRate']) {
    assert.deepEqual([settings[key].minimum, settings[key].maximum], [...state.LIMITS[key]], key);
  }
  assert.deepEqual([settings.networkShape.items.minimum, settings.networkShape.items.maximum], [...state.LIMITS.neurons]);
  assert.equal(settings.networkShape.maxItems, state.LIMITS.hiddenLayers[1]);
  assert.deepEqual(schema.$defs.controlKey.enum, CONTROL_KEYS.map(({ key }) => key));
  assert.equal(validateConfig({ state: state.DEFAULT_STATE }).errors.length, 0, 'the defaults conform');
});

test('CONTROL_KEYS: unique keys, each labelled and grouped; every feature and every Playground button is one', () => {
  const keys = CONTROL_KEYS.map(({ key }) => key);
  assert.equal(new Set(keys).size, keys.length);
  assert.ok(CONTROL_KEYS.every(({ label, group }) => label.length > 0 && group.length > 0));
  for (const key of [...state.FEATURES, 'playButton', 'stepButton', 'resetButton', 'numHiddenLayers', 'regenerate', 'share', 'downloadFigure']) {
    assert.ok(keys.includes(key), key);
  }
});
