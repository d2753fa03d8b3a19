// web/src/embed/embedHash.ts: the embed page's URL hash, read and written.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { load } from './load.mjs';

const { embedHash, readEmbedHash } = await load('embed/embedHash.ts');
const { CONTROL_KEYS } = await load('embed/controlKeys.ts');

test('only the settings a hash names become the preset (no seed named: the embed draws its own)', () => {
  const { config, refused } = readEmbedHash('#dataset=xor&networkShape=3&learningRate=0.1&x=true&y=false&xTimesY=true');
  assert.deepEqual(config, { state: { dataset: 'xor', networkShape: [3], learningRate: 0.1, features: ['x', 'xTimesY'] } });
  assert.deepEqual(refused, []);
  assert.deepEqual(readEmbedHash('').config, { state: {} });
  // The Playground's "networkShape=" is no hidden layer, not an absent key.
  assert.deepEqual(readEmbedHash('networkShape=&seed=').config, { state: { networkShape: [] } });
});

test('a TensorFlow Playground link with its _hide flags opens as it does on the site', () => {
  const link =
    '#activation=relu&batchSize=17&dataset=spiral&regDataset=reg-gauss&learningRate=0.3&regularizationRate=0.001&noise=35' +
    '&networkShape=6,5&seed=0.71234&showTestData=true&discretize=false&percTrainData=70&x=true&y=true&xTimesY=false' +
    '&xSquared=false&ySquared=false&cosX=false&sinX=false&cosY=false&sinY=false&collectStats=false&problem=classification' +
    '&initZero=false&hideText=true&regularization=L2&learningRate_hide=true&cosX_hide=true&playButton_hide=true';
  const { config, refused } = readEmbedHash(link);
  assert.deepEqual(config.state, {
    problem: 'classification', dataset: 'spiral', regDataset: 'multigauss', noise: 35, percTrainData: 70, batchSize: 17,
    seed: '0.71234', features: ['x', 'y'], networkShape: [6, 5], activation: 'relu', learningRate: 0.3, regularization: 'L2',
    regularizationRate: 0.001, init: 'playground', showTestData: true, discretize: false, hideText: true,
    // cosX is the Playground's, not nnplay's: hiding it is no error and hides nothing.
    hidden: ['learningRate', 'playButton'],
  });
  assert.deepEqual(refused, []);
});

test('NAME_lock=true locks a control; a name of no control is refused, as is a value the hash cannot use', () => {
  const { config, refused } = readEmbedHash('noise_lock=true&dataset_lock=false&noize_lock=true&x_lock=true&learningRate=fast&speed_hide=true&sped_hide=true');
  assert.deepEqual(config.locked, ['noise', 'x']);
  assert.deepEqual(config.state, { hidden: ['speed'] });
  const names = CONTROL_KEYS.map(({ key }) => key).join(', ');
  assert.deepEqual(refused, [
    { key: 'noize_lock', value: 'true', allowed: `true, for a control named ${names}` },
    { key: 'learningRate', value: 'fast', allowed: 'a number from 0 to 100' },
    { key: 'sped_hide', value: 'true', allowed: `true, for a control named ${names}` },
  ]);
});

test('a value the site reads but the schema does not take is refused, so what readEmbedHash gives always validates', async () => {
  const { validateConfig } = await load('embed/validate.ts');
  const { config, refused } = readEmbedHash('colours=rainbow&noise=80&seed=a%20b&x_lock=true');
  // Out-of-range noise is clamped, as on the site; an unknown colours name is not the schema's.
  assert.deepEqual(config, { state: { noise: 50, seed: 'a b' }, locked: ['x'] });
  assert.deepEqual(refused, [{ key: 'colours', value: 'rainbow', allowed: 'one of "playground", "puor", "cividis"' }]);
  assert.deepEqual(validateConfig(config).errors, []);
});

test('goal=metric,bound,value[,withinEpochs[,message]], repeated; the message may hold commas; a bad goal is refused', () => {
  const { config, refused } = readEmbedHash(
    'goal=testLoss,atMost,0.05,300,Well%20done%2C%20that%20fits&goal=epoch,atLeast,50&goal=trainAccuracy,atLeast,0.9,,Good, really' +
      '&goal=testAccuracy,atLeast,95&goal=loss,atMost,1&goal=testLoss,below,1&goal=testLoss,atMost,x',
  );
  assert.deepEqual(config.goals, [
    { metric: 'testLoss', atMost: 0.05, withinEpochs: 300, message: 'Well done, that fits' },
    { metric: 'epoch', atLeast: 50 },
    { metric: 'trainAccuracy', atLeast: 0.9, message: 'Good, really' },
  ]);
  assert.deepEqual(
    refused.map(({ key, value }) => `${key}=${value}`),
    ['goal=testAccuracy,atLeast,95', 'goal=loss,atMost,1', 'goal=testLoss,below,1', 'goal=testLoss,atMost,x'],
  );
  assert.match(refused[0].allowed, /^metric,atMost\|atLeast,value\[,withinEpochs\[,message\]\]/);
});

test('embedHash writes only the settings the state names, then the locks and the goals; readEmbedHash reads them back', () => {
  const config = {
    state: { dataset: 'gauss', networkShape: [5, 1], features: ['xSquared', 'sinY'], seed: '0.50000', hidden: ['noise', 'stepButton'] },
    locked: ['learningRate', 'numHiddenLayers'],
    goals: [
      { metric: 'testLoss', atMost: 0.05, withinEpochs: 300, message: 'Fitted & done, 100% = "great"?' },
      { metric: 'trainAccuracy', atLeast: 0.95, message: 'Yes' },
      { metric: 'epoch', atLeast: 10 },
    ],
  };
  const hash = embedHash(config);
  assert.equal(
    hash,
    'dataset=gauss&networkShape=5,1&seed=0.50000&x=false&y=false&xSquared=true&ySquared=false&xTimesY=false&sinX=false&sinY=true' +
      '&noise_hide=true&stepButton_hide=true&learningRate_lock=true&numHiddenLayers_lock=true' +
      '&goal=testLoss,atMost,0.05,300,Fitted%20%26%20done%2C%20100%25%20%3D%20%22great%22%3F&goal=trainAccuracy,atLeast,0.95,,Yes&goal=epoch,atLeast,10',
  );
  assert.deepEqual(readEmbedHash(hash), { config, refused: [] });
  assert.equal(embedHash({}), '');
});

test('every setting of a full state survives the trip through the hash', async () => {
  const { DEFAULT_STATE } = await load('state.ts');
  const state = {
    ...DEFAULT_STATE, problem: 'regression', regDataset: 'multigauss', noise: 15, percTrainData: 30, batchSize: 3, seed: 'lesson 1',
    dataSeed: '0.25', networkShape: [], activation: 'elu', learningRate: 0.003, regularization: 'L1', regularizationRate: 0.01,
    init: 'zeros', showTestData: true, discretize: true, hideText: true, hidden: ['colours'], speed: 'max', colours: 'cividis',
    numClasses: 4, points: 700, curve: 'abs(x)', customData: 'mine', model: 'model-1', layerActivations: ['relu'], outputActivation: 'linear',
    loss: 'squared', optimizer: 'momentum', momentum: 0.8, beta1: 0.85, beta2: 0.995, standardize: true,
  };
  assert.deepEqual(readEmbedHash(embedHash({ state })), { config: { state }, refused: [] });
});
