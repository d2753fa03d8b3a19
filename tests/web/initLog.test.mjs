// web/src/app/initLog.ts: after a refused init the settings go back to the session the worker kept.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { load } from './load.mjs';

const { InitLog } = await load('app/initLog.ts');
const { DEFAULT_STATE } = await load('state.ts');

const state = (patch) => ({ ...DEFAULT_STATE, seed: 'a', ...patch });

test('a refused init goes back to the engine settings of the init before it, which the worker kept', () => {
  const log = new InitLog();
  log.sent(state({ activation: 'relu', learningRate: 0.3 }));
  const refused = log.sent(state({ activation: 'relu', learningRate: 1e308, dataset: 'xor' }));
  const fallback = log.failed(refused);
  assert.equal(fallback.kept, true);
  assert.equal(fallback.patch.learningRate, 0.3);
  assert.equal(fallback.patch.dataset, 'circle');
  assert.equal(fallback.patch.activation, 'relu');
  assert.equal('colours' in fallback.patch, false, 'the view’s settings stay as they are');
});

test('a refused first init goes to the defaults (with its seed); refused defaults give up rather than loop', () => {
  const log = new InitLog();
  const first = log.sent(state({ seed: 'mine', regularizationRate: 1e39, networkShape: [3] }));
  const fallback = log.failed(first);
  assert.equal(fallback.kept, false);
  assert.equal(fallback.patch.regularizationRate, 0);
  assert.deepEqual(fallback.patch.networkShape, [4, 2]);
  assert.equal('seed' in fallback.patch, false, 'any seed works: it stays');
  const defaults = log.sent(state({ seed: 'mine', ...fallback.patch }));
  assert.equal(log.failed(defaults), null);
});

test('an init refused after a newer one was sent changes nothing: the newer one decides', () => {
  const log = new InitLog();
  log.sent(state({ noise: 5 }));
  const refused = log.sent(state({ learningRate: 1e308 }));
  const newer = log.sent(state({ noise: 10 }));
  assert.equal(log.failed(refused), null);
  // The newer one refused in turn: back to the first, the one the worker kept.
  assert.equal(log.failed(newer).patch.noise, 5);
  assert.equal(log.failed(12345), null, 'an id never sent');
});

test('new data (Regenerate) goes to whichever session the worker keeps', () => {
  const log = new InitLog();
  log.sent(state({ noise: 5 }));
  const refused = log.sent(state({ learningRate: 1e308 }));
  log.regenerated('0.777');
  assert.equal(log.failed(refused).patch.dataSeed, '0.777');
});
