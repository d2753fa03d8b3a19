// web/src/app/engineClient.ts with a fake worker: typed messages to their listeners, and requests
// matched to their replies by id whatever the order of the replies.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { load } from './load.mjs';

const { EngineClient, RequestError } = await load('app/engineClient.ts');

function fakeWorker() {
  const listeners = { message: [], error: [] };
  return {
    sent: [],
    terminated: false,
    postMessage(message) {
      this.sent.push(message);
    },
    addEventListener: (type, listener) => listeners[type].push(listener),
    terminate() {
      this.terminated = true;
    },
    /** The worker posts `data`. */
    reply: (data) => listeners.message.forEach((listener) => listener({ data })),
    fail: (message) => listeners.error.forEach((listener) => listener({ message })),
  };
}

test('requests get ids; each reply settles the request with its id, even out of order', async () => {
  const worker = fakeWorker();
  const client = new EngineClient(() => worker);
  const first = client.request('modelJson');
  const second = client.request('modelJson');
  const [a, b] = worker.sent;
  assert.equal(a.type, 'request');
  assert.equal(a.name, 'modelJson');
  assert.notEqual(a.id, b.id);
  worker.reply({ type: 'reply', id: b.id, name: 'modelJson', value: '{"second":true}' });
  worker.reply({ type: 'reply', id: a.id, name: 'modelJson', value: '{"first":true}' });
  assert.deepEqual(await Promise.all([first, second]), ['{"first":true}', '{"second":true}']);
});

test('a request that takes an argument sends it; one that takes none sends none', () => {
  const worker = fakeWorker();
  const client = new EngineClient(() => worker);
  void client.request('checkSession', { dataset: { name: 'xor' } });
  void client.request('modelJson');
  assert.deepEqual(worker.sent.map(({ name, args }) => [name, args]), [['checkSession', [{ dataset: { name: 'xor' } }]], ['modelJson', undefined]]);
  assert.equal('args' in worker.sent[1], false);
});

test('a failed request rejects with the engine’s message and kind; destroy rejects what still waits', async () => {
  const worker = fakeWorker();
  const client = new EngineClient(() => worker);
  const failing = client.request('modelJson');
  worker.reply({ type: 'reply', id: worker.sent[0].id, name: 'modelJson', error: { message: 'No session', kind: 'bad-input' } });
  await assert.rejects(failing, (error) => error instanceof RequestError && error.error.kind === 'bad-input' && error.message === 'No session');
  const waiting = client.request('modelJson');
  client.destroy();
  assert.equal(worker.terminated, true);
  await assert.rejects(waiting, /destroyed/);
});

test('messages reach the listeners of their type; a failed worker is an internal error', () => {
  const worker = fakeWorker();
  const client = new EngineClient(() => worker);
  const heard = [];
  client.onFrame((frame) => heard.push(['frame', frame.stats.epoch]));
  const stop = client.onPoints(() => heard.push(['points']));
  client.onError((error) => heard.push(['error', error.kind, error.message]));
  worker.reply({ type: 'points', train: new Float32Array(), test: new Float32Array() });
  worker.reply({ type: 'frame', stats: { epoch: 4 } });
  stop();
  worker.reply({ type: 'points', train: new Float32Array(), test: new Float32Array() });
  worker.reply({ type: 'error', message: 'diverged', kind: 'divergence' });
  worker.fail('out of memory');
  client.send({ type: 'play' });
  assert.deepEqual(heard, [
    ['points'],
    ['frame', 4],
    ['error', 'divergence', 'diverged'],
    ['error', 'internal', 'The training worker failed: out of memory'],
  ]);
  assert.deepEqual(worker.sent, [{ type: 'play' }]);
});

test('restart: the old worker is stopped and unheard, waiting requests reject, a new worker takes the commands', async () => {
  const workers = [fakeWorker(), fakeWorker()];
  let started = 0;
  const client = new EngineClient(() => workers[started++]);
  const heard = [];
  client.onFrame((frame) => heard.push(frame.stats.epoch));
  const failures = [];
  client.onFailure((message) => {
    failures.push(message);
    return true;
  });
  const waiting = client.request('modelJson');
  client.restart();
  await assert.rejects(waiting, /restarted/);
  assert.equal(workers[0].terminated, true);
  workers[0].reply({ type: 'frame', stats: { epoch: 1 } });
  workers[0].fail('late');
  workers[1].reply({ type: 'frame', stats: { epoch: 2 } });
  workers[1].fail('out of memory');
  client.send({ type: 'play' });
  assert.deepEqual(heard, [2]);
  assert.deepEqual(failures, ['out of memory']);
  assert.deepEqual(workers[1].sent, [{ type: 'play' }]);
});

test('a failure the handler does not deal with (a worker that never worked) is an internal error, as without a handler', () => {
  const worker = fakeWorker();
  const client = new EngineClient(() => worker);
  const heard = [];
  client.onError((error) => heard.push([error.kind, error.message]));
  client.onFailure(() => false);
  worker.fail('could not load');
  assert.deepEqual(heard, [['internal', 'The training worker failed: could not load']]);
});

test('a worker the page started beforehand is the first; a restart starts a new one', () => {
  const early = fakeWorker();
  const later = fakeWorker();
  let started = 0;
  const client = new EngineClient(() => {
    started++;
    return later;
  }, early);
  const heard = [];
  client.onFrame((frame) => heard.push(frame.stats.epoch));
  client.send({ type: 'play' });
  early.reply({ type: 'frame', stats: { epoch: 1 } });
  assert.equal(started, 0);
  assert.deepEqual(early.sent, [{ type: 'play' }]);
  client.restart();
  assert.equal(started, 1);
  assert.equal(early.terminated, true);
  later.reply({ type: 'frame', stats: { epoch: 2 } });
  assert.deepEqual(heard, [1, 2]);
});
