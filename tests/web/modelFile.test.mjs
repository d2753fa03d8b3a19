// web/src/models/modelFile.ts and lossCsv.ts: what the page says of a file before the engine reads
// it, the settings that describe a loaded model, when a change of settings keeps it, and the loss CSV.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { load } from './load.mjs';

const { keepsModel, modelSettings, readModelFile, ModelFileError } = await load('models/modelFile.ts');
const { lossCsv } = await load('models/lossCsv.ts');
const { DEFAULT_STATE } = await load('state.ts');

/** A layer of `units` neurons over `inputs` inputs (the numbers do not matter to the settings). */
const layer = (activation, units, inputs) => ({
  activation,
  weights: Array.from({ length: units }, () => Array(inputs).fill(0.1)),
  biases: Array(units).fill(0),
});

/** A model file as docs/model-format.md describes it: x, y, xy → 3 ReLU → 2 tanh → 1 sigmoid, trained on xor with Adam. */
const xorModel = {
  format: 'nnplay-model',
  version: 1,
  inputs: { names: ['x1', 'x2'], features: ['x', 'y', 'xTimesY'], standardization: null },
  output: { label: 'label', classes: ['negative', 'positive'], target: null },
  layers: [layer('relu', 3, 3), layer('tanh', 2, 3), layer('sigmoid', 1, 2)],
  training: {
    epoch: 40,
    loss: 'binary_cross_entropy',
    batchSize: 5,
    optimizer: { name: 'adam', learningRate: 0.01, regularization: 'none', regularizationRate: 0, beta1: 0.8, beta2: 0.99 },
    config: { dataset: { name: 'xor', noise: 0.2, trainPercent: 60, seed: 7 } },
  },
};

test('a file that is not JSON, not a model file, or of another version is refused with what it is', () => {
  const refused = (text, pattern) => assert.throws(() => readModelFile(text), (error) => error instanceof ModelFileError && pattern.test(error.message));
  refused('name,label\n1,2', /not JSON/);
  refused('[1, 2]', /not an nnplay model: a model file says "format": "nnplay-model"/);
  refused('{"format": "keras"}', /not an nnplay model/);
  refused('{"format": "nnplay-model", "version": 2}', /version 2; this page reads version 1/);
  refused('{"format": "nnplay-model"}', /version null/);
  assert.deepEqual(readModelFile(JSON.stringify(xorModel)), xorModel);
});

test('the settings of a model: its network, inputs, output and loss, and the data and training its file names', () => {
  assert.deepEqual(modelSettings(xorModel, DEFAULT_STATE), {
    problem: 'classification',
    // Two hidden layers of 3 and 2; the first's ReLU is the hidden activation, the second layer's tanh its own.
    networkShape: [3, 2],
    activation: 'relu',
    layerActivations: ['', 'tanh'],
    // The page's auto output for two classes is tanh: sigmoid is said. Its auto loss after sigmoid is
    // binary cross-entropy, the file's: auto.
    outputActivation: 'sigmoid',
    loss: 'auto',
    standardize: false,
    features: ['x', 'y', 'xTimesY'],
    // Noise 0.2 is the slider's 20; no points in the file: the dataset's own.
    dataset: 'xor',
    points: 0,
    noise: 20,
    percTrainData: 60,
    batchSize: 5,
    optimizer: 'adam',
    learningRate: 0.01,
    regularization: 'none',
    regularizationRate: 0,
    beta1: 0.8,
    beta2: 0.99,
  });
});

test('a regression model of raw inputs keeps the page’s features; a 3-class spirals model sets the classes', () => {
  const houses = {
    ...xorModel,
    inputs: { names: ['size', 'stories'], features: [], standardization: { mean: [0, 0], scale: [1, 1] } },
    output: { label: 'price', classes: [], target: { mean: 0, scale: 1 } },
    layers: [layer('linear', 1, 2)],
    training: { loss: 'squared', config: { dataset: { csv: 'rows left out' } } },
  };
  assert.deepEqual(modelSettings(houses, DEFAULT_STATE), {
    problem: 'regression', networkShape: [], activation: 'tanh', layerActivations: [],
    outputActivation: 'auto', loss: 'auto', standardize: true,
  });
  const spirals = {
    ...xorModel,
    output: { label: 'label', classes: ['0', '1', '2'], target: null },
    layers: [layer('tanh', 8, 3), layer('softmax', 3, 8)],
    training: { config: { dataset: { name: 'spirals', classes: 3, points: 900 } } },
  };
  const settings = modelSettings(spirals, DEFAULT_STATE);
  assert.equal(settings.outputActivation, 'auto', 'softmax is the auto output of 3 classes');
  assert.deepEqual([settings.dataset, settings.numClasses, settings.points], ['spirals', 3, 900]);
  // A 3-class model trained on circle data names no dataset the page can give it.
  const odd = { ...spirals, training: { config: { dataset: { name: 'circle' } } } };
  assert.equal(modelSettings(odd, DEFAULT_STATE).dataset, undefined);
});

test('a network larger than the page draws (8 layers of 32) is refused', () => {
  const deep = { ...xorModel, layers: [...Array.from({ length: 9 }, () => layer('tanh', 2, 2)), layer('tanh', 1, 2)] };
  assert.throws(() => modelSettings(deep, DEFAULT_STATE), /9 hidden layers of up to 2 neurons; the page shows at most 8 layers of 32/);
  const wide = { ...xorModel, layers: [layer('tanh', 33, 2), layer('tanh', 1, 33)] };
  assert.throws(() => modelSettings(wide, DEFAULT_STATE), /1 hidden layers of up to 33 neurons/);
});

test('a loaded model stays through new data or training settings, and gives way to a new network or another number of classes', () => {
  const loaded = { ...DEFAULT_STATE, model: 'model-1' };
  for (const patch of [{ dataset: 'xor' }, { noise: 30 }, { dataSeed: '0.3' }, { learningRate: 0.3 }, { optimizer: 'adam' }, { loss: 'squared' }]) {
    assert.equal(keepsModel(loaded, { ...loaded, ...patch }), true, JSON.stringify(patch));
  }
  for (const patch of [{ seed: '0.7' }, { networkShape: [4] }, { activation: 'relu' }, { features: ['x'] }, { init: 'he' },
    { standardize: true }, { outputActivation: 'sigmoid' }, { problem: 'regression' }, { dataset: 'spirals' }]) {
    assert.equal(keepsModel(loaded, { ...loaded, ...patch }), false, JSON.stringify(patch));
  }
  const spirals = { ...loaded, dataset: 'spirals', numClasses: 3 };
  assert.equal(keepsModel(spirals, { ...spirals, dataset: 'blobs' }), true, 'blobs of 3 classes fit a 3-class model');
  assert.equal(keepsModel(spirals, { ...spirals, numClasses: 4 }), false);
});

test('the loss history as CSV: a header, one row per epoch, float32 losses exact, a loss that is not finite empty', () => {
  const train = new Float32Array([0.5, 0.123456789, 0.1]);
  const csv = lossCsv({ epochs: [0, 1, 2], train: [...train], test: [0.25, null, 0.125] });
  // 0.123456789 is the float32 0.12345679104328156; nine significant digits say it exactly.
  assert.equal(csv, 'epoch,train loss,test loss\n0,0.5,0.25\n1,0.123456791,\n2,0.100000001,0.125\n');
  assert.equal(Math.fround(0.123456791), train[1]);
  assert.equal(Math.fround(0.100000001), train[2]);
  assert.equal(lossCsv({ epochs: [], train: [], test: [] }), 'epoch,train loss,test loss\n');
});
