// web/src/worker/runner.ts with a fake engine: an init the engine refuses leaves the session there
// was in place, and the page hears which init failed.
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
