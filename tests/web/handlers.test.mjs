// web/src/worker/handlers.ts and facts.ts with a fake runner: a handler per message type, requests
// answered with their id, errors told apart by their kind.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { load } from './load.mjs';

const { HANDLERS, handle } = await load('worker/handlers.ts');
const { errorKind } = await load('worker/facts.ts');

/** A runner whose session is `session`; what it posts is kept. */
function fakeRunner(session) {
  const posted = [];
  return {
    posted,
    current: () => session,
    post: (message) => posted.push(message),
    guard(action) {
      try {
        action();
      } catch (error) {
        posted.push({ type: 'error', message: error.message, kind: errorKind(error) });
      }
    },
  };
}

const engineError = (name, message, kind) => Object.assign(new Error(message), { name }, kind ? { kind } : {});

test('every message type of the protocol has a handler', () => {
  const types = ['facts', 'init', 'play', 'pause', 'step', 'reset', 'regenerate', 'data', 'speed', 'hyper', 'weight', 'bias', 'timeline', 'inspect', 'drawn', 'samples', 'metrics', 'trace', 'request'];
  assert.deepEqual(Object.keys(HANDLERS).sort(), types.sort());
});

test('a modelJson request is answered with the session’s model file and the request’s id', () => {
  const runner = fakeRunner({ modelJson: () => '{"format":"nnplay-model"}' });
  handle(runner, { type: 'request', id: 7, name: 'modelJson' });
  assert.deepEqual(runner.posted, [{ type: 'reply', id: 7, name: 'modelJson', value: '{"format":"nnplay-model"}' }]);
});

test('a request with arguments passes them to the engine: a CSV preview', () => {
  const runner = { ...fakeRunner({}), engine: { csvPreview: (text, rows) => JSON.stringify({ text, rows }) } };
  handle(runner, { type: 'request', id: 4, name: 'csvPreview', args: ['a,b\n1,2\n', 5] });
  assert.deepEqual(runner.posted, [{ type: 'reply', id: 4, name: 'csvPreview', value: '{"text":"a,b\\n1,2\\n","rows":5}' }]);
});

test('new data goes to the session, then its points and a frame follow', () => {
  const calls = [];
  const runner = {
    ...fakeRunner({ setData: (dataset) => calls.push(['setData', dataset]) }),
    postPoints: () => calls.push(['points']),
    postStill: () => calls.push(['frame']),
  };
  handle(runner, { type: 'data', dataset: '{"csv":"x1,x2,class"}' });
  assert.deepEqual(calls, [['setData', '{"csv":"x1,x2,class"}'], ['points'], ['frame']]);
});

test('a checkSession request builds its configuration and frees it, keeping the session; a refusal is its answer', () => {
  const built = [];
  const runner = fakeRunner({ epoch: () => 12 });
  runner.check = (config) => {
    built.push(config);
    if (config.model === 'bad') throw engineError('NnplayError', 'model.layers[0].weights[0] has 1 numbers, but 2 are needed', 'bad-input');
    return true;
  };
  handle(runner, { type: 'request', id: 4, name: 'checkSession', args: [{ model: 'good' }] });
  handle(runner, { type: 'request', id: 5, name: 'checkSession', args: [{ model: 'bad' }] });
  assert.deepEqual(built, [{ model: 'good' }, { model: 'bad' }]);
  assert.deepEqual(runner.posted, [
    { type: 'reply', id: 4, name: 'checkSession', value: true },
    { type: 'reply', id: 5, name: 'checkSession', error: { message: 'model.layers[0].weights[0] has 1 numbers, but 2 are needed', kind: 'bad-input' } },
  ]);
});

test('a failed request is answered with the error and its kind, and does not stop training', () => {
  const runner = fakeRunner({
    modelJson() {
      throw engineError('NnplayError', 'no network yet', 'bad-input');
    },
  });
  handle(runner, { type: 'request', id: 3, name: 'modelJson' });
  assert.deepEqual(runner.posted, [
    { type: 'reply', id: 3, name: 'modelJson', error: { message: 'no network yet', kind: 'bad-input' } },
  ]);
});

test('trace answers with the engine’s trace of that training example and the network it was traced on', () => {
  const runner = fakeRunner({
    traceExampleJson: (example) => JSON.stringify({ example, loss: 0.5 }),
    networkJson: () => '{"features":["x"],"layers":[]}',
  });
  handle(runner, { type: 'trace', example: 4 });
  assert.deepEqual(runner.posted, [
    { type: 'trace', example: 4, trace: { example: 4, loss: 0.5 }, network: { features: ['x'], layers: [] } },
  ]);
});

test('hyper sets the learning rate, the regularisation and the batch size of the running session', () => {
  const calls = [];
  const runner = fakeRunner({
    setLearningRate: (rate) => calls.push(['rate', rate]),
    setRegularization: (kind, rate) => calls.push(['regularization', kind, rate]),
    setBatchSize: (size) => calls.push(['batch', size]),
  });
  handle(runner, { type: 'hyper', learningRate: 0.3, regularization: 'L2', regularizationRate: 0.01, batchSize: 7 });
  assert.deepEqual(calls, [['rate', 0.3], ['regularization', 'L2', 0.01], ['batch', 7]]);
});

test('an error’s kind is the module’s `kind`; anything else thrown is a bug of ours', () => {
  assert.equal(errorKind(engineError('DivergenceError', 'the loss became infinite', 'divergence')), 'divergence');
  assert.equal(errorKind(engineError('NnplayError', 'unknown setting', 'bad-input')), 'bad-input');
  assert.equal(errorKind(engineError('NnplayError', 'x', 'out-of-memory')), 'out-of-memory');
  assert.equal(errorKind(engineError('DivergenceError', 'a name alone says nothing')), 'internal');
  assert.equal(errorKind(new TypeError('a bug')), 'internal');
  assert.equal(errorKind('not an Error'), 'internal');
});
