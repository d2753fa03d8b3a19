// web/src/element/attributes.ts: the custom element's attributes, one per setting of the schema,
// their text read as the schema's values, and the configuration they make with `config`.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { load } from './load.mjs';

const { ATTRIBUTE_NAMES, SETTING_ATTRIBUTES, attributeValue, elementConfig } = await load('element/attributes.ts');
const { DEFAULT_STATE } = await load('state.ts');

/** elementConfig over the attributes in `attributes` (name → text). */
const configOf = (attributes) => elementConfig((name) => attributes[name] ?? null);

test('every setting of the state has its attribute in kebab case; hidden is "hide" (HTML\'s hidden would hide the element) and locked is "lock"', () => {
  const names = Object.fromEntries(SETTING_ATTRIBUTES.map((attribute) => [attribute.key, attribute.name]));
  assert.deepEqual(Object.keys(names).sort(), [...Object.keys(DEFAULT_STATE), 'locked'].sort());
  assert.equal(names.learningRate, 'learning-rate');
  assert.equal(names.percTrainData, 'perc-train-data');
  assert.equal(names.networkShape, 'network-shape');
  assert.equal(names.hideText, 'hide-text');
  assert.equal(names.hidden, 'hide');
  assert.equal(names.locked, 'lock');
  assert.ok(!ATTRIBUTE_NAMES.includes('hidden'));
  assert.equal(ATTRIBUTE_NAMES[0], 'config');
});

test('attribute text becomes the value its schema describes; text that is not one is kept for the validator', () => {
  const schema = (key) => SETTING_ATTRIBUTES.find((attribute) => attribute.key === key).schema;
  assert.equal(attributeValue('0.1', schema('learningRate')), 0.1);
  assert.equal(attributeValue('fast', schema('learningRate')), 'fast');
  assert.equal(attributeValue('', schema('learningRate')), '', 'an empty number is not 0');
  assert.deepEqual(attributeValue('6, 6', schema('networkShape')), [6, 6]);
  assert.deepEqual(attributeValue('4 2', schema('networkShape')), [4, 2]);
  assert.deepEqual(attributeValue('', schema('networkShape')), [], 'no hidden layers');
  assert.deepEqual(attributeValue('x,y, sinX', schema('features')), ['x', 'y', 'sinX']);
  assert.equal(attributeValue('', schema('showTestData')), true, 'a present boolean attribute is true');
  assert.equal(attributeValue('true', schema('showTestData')), true);
  assert.equal(attributeValue('false', schema('showTestData')), false);
  assert.equal(attributeValue('yes', schema('showTestData')), 'yes');
  // speed's enum mixes numbers and "max".
  assert.equal(attributeValue('10', schema('speed')), 10);
  assert.equal(attributeValue('max', schema('speed')), 'max');
  assert.equal(attributeValue('0.25', schema('seed')), '0.25', 'a seed is text');
  assert.deepEqual(attributeValue('dataset regenerate', schema('locked')), ['dataset', 'regenerate']);
});

test('no attribute: an empty configuration', () => {
  assert.deepEqual(configOf({}), { config: { state: {} }, errors: [] });
});

test('setting attributes go over the config attribute\'s state, lock replaces its locked, its goals stay, and urlHash is dropped', () => {
  const config = {
    version: 1,
    urlHash: true,
    state: { dataset: 'xor', learningRate: 0.3, hidden: ['speed'] },
    locked: ['noise'],
    goals: [{ metric: 'epoch', atLeast: 10 }],
  };
  const result = configOf({ config: JSON.stringify(config), 'learning-rate': '0.1', activation: 'relu', hide: 'noise', lock: 'dataset' });
  assert.deepEqual(result, {
    config: {
      version: 1,
      state: { dataset: 'xor', learningRate: 0.1, activation: 'relu', hidden: ['noise'] },
      locked: ['dataset'],
      goals: [{ metric: 'epoch', atLeast: 10 }],
    },
    errors: [],
  });
});

test('every error is given, each naming its attribute; none gives a configuration', () => {
  const result = configOf({ config: '{"state": {"dataset": "moons"}}', 'learning-rate': 'fast', 'network-shape': '4, 33', lock: 'everything' });
  assert.equal(result.config, null);
  assert.equal(result.errors.length, 4);
  assert.match(result.errors[0], /^config\.state\.dataset /);
  assert.match(result.errors[1], /^network-shape="4, 33": config\.state\.networkShape\[1\] must be .*, not 33$/);
  assert.equal(result.errors[2], 'learning-rate="fast": config.state.learningRate must be a number from 0 to 100, not "fast"');
  assert.match(result.errors[3], /^lock="everything": config\.locked\[0\] /);
  assert.deepEqual(configOf({ config: '{"state": ' }).errors.length, 1);
  assert.match(configOf({ config: '{"state": ' }).errors[0], /^config is not JSON: /);
});
