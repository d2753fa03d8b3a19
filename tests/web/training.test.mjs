// web/src/app/training.ts with the real settings store: which command each button and each change
// of settings sends the worker, and what the parts are told.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { load } from './load.mjs';

const { Training } = await load('app/training.ts');
const { createSettings } = await load('app/settings.ts');
const { DEFAULT_STATE, seedNumber } = await load('state.ts');
const { sessionConfig } = await load('sessionConfig.ts');

const RESOLUTIONS = { output: 100, neuron: 36 };

/** The settings start with a seed no random one can equal. */
function setUp() {
  const settings = createSettings({ ...DEFAULT_STATE, seed: 'start' });
  const sent = [];
  const told = [];
  const training = new Training(settings, (command) => sent.push(command), RESOLUTIONS, (event) => told.push(event));
  settings.subscribe(training.changed);
  return { settings, training, sent, told };
}

test('start sends the speed, then a new experiment from the settings', () => {
  const { training, sent, told } = setUp();
  training.start();
  assert.deepEqual(sent, [
    { type: 'speed', speed: 1 },
    { type: 'init', id: 1, session: sessionConfig({ ...DEFAULT_STATE, seed: 'start' }), resolutions: RESOLUTIONS },
  ]);
  assert.deepEqual(told, ['rebuild']);
});

test('a network setting rebuilds and pauses; a hyper-parameter goes to the running experiment; a view setting sends nothing', () => {
  const { settings, training, sent, told } = setUp();
  training.play();
  settings.update({ activation: 'relu' });
  assert.equal(training.playing, false);
  assert.deepEqual(sent.at(-1).type, 'init');
  assert.equal(sent.at(-1).session.network.activation, 'relu');
  training.play();
  settings.update({ learningRate: 0.3, batchSize: 4 });
  assert.equal(training.playing, true, 'live changes do not pause');
  assert.deepEqual(sent.at(-1), { type: 'hyper', learningRate: 0.3, regularization: 'none', regularizationRate: 0, batchSize: 4 });
  const count = sent.length;
  settings.update({ discretize: true });
  assert.equal(sent.length, count);
  assert.deepEqual(told, ['play', 'rebuild', 'play']);
});

test('Regenerate writes a new data seed into the settings (the weights’ seed stays) and sends its number, without a rebuild', () => {
  const { settings, training, sent, told } = setUp();
  training.regenerate();
  const { seed, dataSeed } = settings.get();
  assert.equal(seed, 'start');
  assert.match(dataSeed, /^0\.\d{5}$/);
  assert.deepEqual(sent, [{ type: 'regenerate', seed: seedNumber(dataSeed) }]);
  assert.deepEqual(told, ['regenerate']);
  // A rebuild now (a link opened in a new tab) takes the same two seeds.
  settings.update({ activation: 'relu' });
  assert.equal(sent.at(-1).session.dataset.seed, seedNumber(dataSeed));
  assert.equal(sent.at(-1).session.weightSeed, seedNumber('start'));
});

test('Step, Reset and an error pause; the parts hear each', () => {
  const { training, sent, told } = setUp();
  training.play();
  training.step();
  assert.equal(training.playing, false);
  training.play();
  training.reset();
  training.play();
  training.stopped();
  assert.equal(training.playing, false);
  assert.deepEqual(sent.map((c) => c.type), ['play', 'step', 'play', 'reset', 'play']);
  assert.deepEqual(told, ['play', 'step', 'play', 'reset', 'play', 'stop']);
});

test('a refused init takes the settings back to the session kept, without a rebuild; with none, rebuilds the defaults', () => {
  const { settings, training, sent } = setUp();
  training.start();
  const good = sent.at(-1).id;
  settings.update({ activation: 'relu', learningRate: 1e308 });
  const refused = sent.at(-1);
  assert.equal(refused.type, 'init');
  assert.notEqual(refused.id, good);
  const count = sent.length;
  assert.equal(training.initFailed(refused.id), true);
  assert.equal(settings.get().activation, 'tanh');
  assert.equal(settings.get().learningRate, 0.03);
  // The worker kept its session: it only hears the hyper-parameters again.
  assert.deepEqual(sent.slice(count).map((c) => c.type), ['hyper']);

  const first = setUp();
  first.settings.update({ regularizationRate: 1e39 });
  first.training.start();
  assert.equal(first.training.initFailed(first.sent.at(-1).id), false);
  assert.equal(first.settings.get().regularizationRate, 0);
  assert.equal(first.sent.at(-1).type, 'init', 'the defaults are built');
  assert.equal(first.sent.at(-1).session.optimizer.regularizationRate, 0);
});

test('with a preset, Reset brings its settings back: a rebuild when the data or network changed, else a reset', () => {
  const { settings, training, sent, told } = setUp();
  const preset = settings.get();
  training.setPreset(preset);
  settings.update({ activation: 'relu', learningRate: 0.3, discretize: true });
  training.play();
  training.reset();
  assert.deepEqual(settings.get(), preset);
  assert.equal(training.playing, false);
  assert.equal(sent.at(-1).type, 'init');
  assert.equal(sent.at(-1).session.network.activation, 'tanh');
  assert.deepEqual(told.slice(-2), ['play', 'rebuild']);
  // Only a hyper-parameter and a view setting changed: they come back, and the training starts again.
  settings.update({ learningRate: 0.3, discretize: true });
  training.reset();
  assert.deepEqual(settings.get(), preset);
  assert.deepEqual(sent.slice(-2), [
    { type: 'hyper', learningRate: 0.03, regularization: 'none', regularizationRate: 0, batchSize: 10 },
    { type: 'reset' },
  ]);
  assert.equal(told.at(-1), 'reset');
});

test('without a preset (the site’s page), Reset keeps the settings', () => {
  const { settings, training, sent } = setUp();
  settings.update({ learningRate: 0.3 });
  training.reset();
  assert.equal(settings.get().learningRate, 0.3);
  assert.deepEqual(sent.at(-1), { type: 'reset' });
});
