// web/src/worker/runner.ts with a fake engine: an init the engine refuses leaves the session there
// was in place, and the page hears which init failed; the training timeline shows an earlier epoch
// without touching the training.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { load } from './load.mjs';

const { Runner } = await load('worker/runner.ts');

const network = { features: ['x', 'y'], layers: [{ activation: 'tanh', weights: [[0.5, -0.5]], biases: [0.1] }], classes: ['negative', 'positive'] };

/** An engine whose Session refuses a configuration with a learning rate beyond a float, as the real one does. */
function fakeEngine() {
  const engine = { live: 0, deleted: 0 };
  engine.Session = class {
    constructor(json) {
      const config = JSON.parse(json);
      if (!(config.optimizer.learningRate < 3.4e38)) {
        throw Object.assign(new Error('the learning rate must be a finite number ≥ 0, not inf'), { name: 'NnplayError', kind: 'bad-input' });
      }
      this.rate = config.optimizer.learningRate;
      engine.live++;
    }
    delete() {
      engine.live--;
      engine.deleted++;
    }
    evaluate = () => ({ epoch: 0, trainLoss: 0.5, testLoss: 0.5, trainAccuracy: 0.5, testAccuracy: 0.5 });
    points = () => new Float32Array(3);
    networkJson = () => JSON.stringify(network);
    outputGrid = (resolution) => new Float32Array(resolution * resolution);
    neuronGrids = (resolution) => new Float32Array(3 * resolution * resolution);
    reset() {}
    snapshot = () => new Float32Array(1);
    restore() {}
    trainingState = () => new Float32Array(2);
  };
  return engine;
}

const config = (learningRate) => ({ optimizer: { learningRate } });
const resolutions = { output: 4, neuron: 2 };

test('a refused init keeps the session there was, says which init failed, and every later command still works', () => {
  const engine = fakeEngine();
  const posted = [];
  const runner = new Runner(engine, (message) => posted.push(message));
  try {
    runner.init(1, config(0.03), resolutions);
    assert.deepEqual(posted.map((m) => m.type), ['points', 'frame']);
    posted.length = 0;

    runner.init(2, config(1e308), resolutions);
    assert.deepEqual(posted, [
      { type: 'error', init: 2, message: 'the learning rate must be a finite number ≥ 0, not inf', kind: 'bad-input' },
    ]);
    assert.equal(runner.current().rate, 0.03, 'the last good session stays');
    assert.equal(engine.live, 1);
    assert.equal(engine.deleted, 0);
    posted.length = 0;
    runner.postStill();
    assert.deepEqual(posted.map((m) => m.type), ['frame']);
  } finally {
    runner.ticks.port1.close();
  }
});

test('a refused first init leaves no session, and a good init after it builds one', () => {
  const engine = fakeEngine();
  const posted = [];
  const runner = new Runner(engine, (message) => posted.push(message));
  try {
    runner.init(1, config(1e308), resolutions);
    assert.equal(posted[0].init, 1);
    assert.throws(() => runner.current(), /No session/);
    runner.init(2, config(0.03), resolutions);
    assert.equal(runner.current().rate, 0.03);
  } finally {
    runner.ticks.port1.close();
  }
});

/**
 * A session whose one weight is 10 + its epoch: each epoch of training adds 1, the output grid and
 * the training loss show the weight, and snapshot/restore copy it.
 */
function trainingEngine() {
  const engine = {};
  engine.Session = class {
    epoch = 0;
    weight = 10;
    train(epochs) {
      this.epoch += epochs;
      this.weight += epochs;
      return this.evaluate();
    }
    evaluate = () => ({ epoch: this.epoch, trainLoss: this.weight, testLoss: 0, trainAccuracy: 1, testAccuracy: 1 });
    reset() {
      this.epoch = 0;
      this.weight = 10;
    }
    snapshot = () => Float32Array.of(this.weight);
    restore(parameters) {
      this.weight = parameters[0];
    }
    setWeight(_layer, _to, _from, value) {
      this.weight = value;
    }
    delete() {}
    points = () => new Float32Array(3);
    networkJson = () => JSON.stringify({ features: ['x', 'y'], layers: [{ activation: 'tanh', weights: [[this.weight]], biases: [0] }], classes: ['0', '1'] });
    outputGrid = (resolution) => new Float32Array(resolution * resolution).fill(this.weight);
    neuronGrids = (resolution) => new Float32Array(3 * resolution * resolution).fill(this.weight);
    neuronGrid = (_neuron, resolution) => new Float32Array(resolution * resolution).fill(-this.weight);
    trainingState = () => Float32Array.of(this.epoch);
  };
  return engine;
}

test('the timeline shows an earlier epoch’s weights and puts the newest back; Step goes on from the newest; Reset empties it', async () => {
  const { handle } = await load('worker/handlers.ts');
  const posted = [];
  const runner = new Runner(trainingEngine(), (message) => posted.push(message));
  const frames = () => posted.filter((message) => message.type === 'frame');
  const last = () => frames().at(-1);
  try {
    runner.init(1, config(0.03), resolutions);
    for (let i = 0; i < 3; i++) handle(runner, { type: 'step' });
    assert.deepEqual(last().timeline, { epochs: [0, 1, 2, 3], shown: null, answered: 0 });

    handle(runner, { type: 'timeline', id: 1, epoch: 1 });
    // Epoch 1's weight is 10 + 1.
    assert.deepEqual(last().timeline, { epochs: [0, 1, 2, 3], shown: 1, answered: 1 });
    assert.equal(last().stats.epoch, 1);
    assert.equal(last().stats.trainLoss, 11);
    assert.ok(last().grid.every((value) => value === 11));
    assert.deepEqual(last().network.layers[0].weights, [[11]]);
    assert.equal(last().history.epochs.length, 0, 'no loss for the chart');
    assert.equal(runner.current().weight, 13, 'the newest weight (10 + 3) is back');
    assert.equal(runner.current().epoch, 3);

    handle(runner, { type: 'inspect', neuron: 2 });
    assert.equal(last().timeline.shown, 1, 'a neuron looked at in the past');
    assert.ok(last().grid.every((value) => value === -11));

    handle(runner, { type: 'step' });
    assert.deepEqual(last().timeline, { epochs: [0, 1, 2, 3, 4], shown: null, answered: 1 });
    assert.equal(last().stats.trainLoss, 14, 'one more epoch from the newest: 10 + 4');

    handle(runner, { type: 'timeline', id: 2, epoch: 4 });
    assert.equal(last().timeline.shown, null, 'the newest epoch is the network now');
    handle(runner, { type: 'timeline', id: 3, epoch: 2 });
    handle(runner, { type: 'weight', layer: 0, to: 0, from: 0, value: 5 });
    assert.equal(last().timeline.shown, null, 'an edit shows the network now');

    handle(runner, { type: 'reset' });
    assert.deepEqual(last().timeline, { epochs: [0], shown: null, answered: 3 });
    assert.equal(last().stats.trainLoss, 10);
  } finally {
    runner.ticks.port1.close();
  }
});
