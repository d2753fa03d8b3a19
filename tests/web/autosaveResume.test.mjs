// web/src/worker/runner.ts with the real engine (build-wasm/wasm): a session resumed from a frame's
// weights and epoch (protocol.ts Resume, what autosave keeps) is the one the frame showed — same
// epoch, losses and weights — trains on as the original does (with its training state, whatever the
// optimiser), and Reset goes back to the experiment's own epoch 0. Weights or a training state that
// do not fit the network are refused, keeping the session.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { load } from './load.mjs';
import { nnplay } from '../node/load.mjs';

const { Runner } = await load('worker/runner.ts');
const { sessionConfig } = await load('sessionConfig.ts');
const { DEFAULT_STATE } = await load('state.ts');

const resolutions = { output: 4, neuron: 2 };
const config = sessionConfig({ ...DEFAULT_STATE, dataset: 'xor', seed: '0.25000', networkShape: [4, 2] });

function started(init) {
  const frames = [];
  const posted = [];
  const runner = new Runner(nnplay, (message) => {
    posted.push(message);
    if (message.type === 'frame') frames.push(message);
  });
  init(runner);
  return { runner, frames, posted, last: () => frames.at(-1), close: () => runner.ticks.port1.close() };
}

test('a resumed session shows the frame it was saved from, and trains and resets as the original', () => {
  const original = started((runner) => runner.init(1, config, resolutions));
  for (let i = 0; i < 25; i++) original.runner.step();
  const saved = original.last();
  assert.equal(saved.stats.epoch, 25);

  const resumed = started((runner) => runner.init(1, config, resolutions, { epoch: saved.stats.epoch, network: saved.network }));
  try {
    const back = resumed.last();
    assert.deepEqual(back.stats, saved.stats, 'same epoch and losses, bit for bit');
    assert.deepEqual(back.network, saved.network);
    assert.deepEqual(back.grid, saved.grid);
    assert.deepEqual(back.timeline.epochs, [25]);

    // SGD keeps no state between epochs: the next epochs are the original's.
    for (let i = 0; i < 5; i++) {
      original.runner.step();
      resumed.runner.step();
    }
    assert.equal(resumed.last().stats.epoch, 30);
    assert.deepEqual(resumed.last().stats, original.last().stats);
    assert.deepEqual([...resumed.last().history.epochs], [30]);

    resumed.runner.reset();
    original.runner.reset();
    assert.equal(resumed.last().stats.epoch, 0, 'Reset goes back to epoch 0 of the experiment');
    assert.deepEqual(resumed.last().network, original.last().network, 'the experiment’s own initial weights');
  } finally {
    original.close();
    resumed.close();
    original.runner.current().delete();
    resumed.runner.current().delete();
  }
});

test('with the training state, Adam, L1 and a partial batch carried train on bit for bit as the original; without it they do not', () => {
  const adam = sessionConfig({ ...DEFAULT_STATE, dataset: 'xor', seed: '0.25000', networkShape: [4, 2], optimizer: 'adam', batchSize: 7, regularization: 'L1', regularizationRate: 0.001 });
  const original = started((runner) => runner.init(1, adam, resolutions));
  for (let i = 0; i < 8; i++) original.runner.step();
  const saved = original.last();
  assert.ok(saved.training instanceof Float32Array && saved.training.length > 0, 'a frame of the network now carries its training state');
  const withState = started((runner) => runner.init(1, adam, resolutions, { epoch: 8, network: saved.network, training: saved.training }));
  const weightsOnly = started((runner) => runner.init(1, adam, resolutions, { epoch: 8, network: saved.network }));
  try {
    for (let i = 0; i < 4; i++) for (const run of [original, withState, weightsOnly]) run.runner.step();
    assert.deepEqual(withState.last().stats, original.last().stats);
    assert.deepEqual(withState.last().network, original.last().network);
    assert.deepEqual(withState.last().training, original.last().training);
    assert.notDeepEqual(weightsOnly.last().network, original.last().network, 'a fresh optimiser goes another way');

    withState.runner.look(1, 8);
    assert.equal(withState.last().training, null, 'a frame of the past carries none');
  } finally {
    for (const run of [original, withState, weightsOnly]) {
      run.close();
      run.runner.current().delete();
    }
  }
});

test('a training state of another network is refused naming the init, and the session there was stays', () => {
  const running = started((runner) => runner.init(1, config, resolutions));
  try {
    running.runner.step();
    const before = running.last();
    running.posted.length = 0;
    running.runner.init(2, config, resolutions, { epoch: 1, network: before.network, training: before.training.subarray(1) });
    assert.deepEqual(running.posted.map(({ type, init, kind }) => ({ type, init, kind })), [{ type: 'error', init: 2, kind: 'bad-input' }]);
    assert.match(running.posted[0].message, /training state of \d+ numbers was not written for this network/);
    running.runner.step();
    assert.equal(running.last().stats.epoch, 2, 'the running session goes on');
  } finally {
    running.close();
    running.runner.current().delete();
  }
});

test('weights of another network are refused naming the init, and the session there was stays', () => {
  const running = started((runner) => runner.init(1, config, resolutions));
  try {
    running.runner.step();
    const before = running.last();
    const network = { ...before.network, layers: before.network.layers.slice(1) };
    running.posted.length = 0;
    running.runner.init(2, config, resolutions, { epoch: 9, network });
    assert.deepEqual(running.posted.map(({ type, init, kind }) => ({ type, init, kind })), [{ type: 'error', init: 2, kind: 'bad-input' }]);
    assert.match(running.posted[0].message, /do not fit this network/);
    running.runner.step();
    assert.equal(running.last().stats.epoch, 2, 'the running session goes on');
  } finally {
    running.close();
    running.runner.current().delete();
  }
});

test('an engine error is told to the page; a trap of the WebAssembly module escapes, so the page restarts the worker', () => {
  const running = started((runner) => runner.init(1, config, resolutions));
  try {
    running.posted.length = 0;
    running.runner.guard(() => running.runner.current().setWeight(9, 0, 0, 1));
    assert.deepEqual(running.posted.map(({ type, kind }) => ({ type, kind })), [{ type: 'error', kind: 'bad-input' }]);
    running.posted.length = 0;
    const trap = () => {
      throw new WebAssembly.RuntimeError('Aborted(OOM)');
    };
    assert.throws(() => running.runner.guard(trap), WebAssembly.RuntimeError);
    assert.deepEqual(running.posted, [], 'nothing is told: the page hears the worker fail');
  } finally {
    running.close();
    running.runner.current().delete();
  }
  const trapping = {
    Session: class {
      constructor() {
        throw new WebAssembly.RuntimeError('Aborted(OOM)');
      }
    },
  };
  const runner = new Runner(trapping, (message) => assert.fail(`nothing is posted, not ${message.type}`));
  try {
    assert.throws(() => runner.init(1, config, resolutions), WebAssembly.RuntimeError, 'an init that traps escapes too');
  } finally {
    runner.ticks.port1.close();
  }
});
