// web/src/embed/bridge.ts: the widget's side of the host-page API, with a fake playground and fake
// windows: the host's calls run and are answered with their id, to the origin they came from; the
// playground's events reach the host; nothing else is acted on, and each thing ignored is counted.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { load } from './load.mjs';

const { installBridge, IgnoredMessages } = await load('embed/bridge.ts');

const STATS = { epoch: 12, trainLoss: 0.25, testLoss: 0.5, trainAccuracy: 0.75, testAccuracy: 0.5 };

/** A playground that records what it was asked and emits the events a test tells it to. */
function fakePlayground() {
  const listeners = new Map();
  const calls = [];
  const record =
    (name, value) =>
    (...args) => {
      calls.push([name, ...args]);
      return value;
    };
  return {
    calls,
    emit: (event, detail) => (listeners.get(event) ?? new Set()).forEach((listener) => listener(detail)),
    listening: () => [...listeners.values()].reduce((n, set) => n + set.size, 0),
    play: record('play'),
    pause: record('pause'),
    step: record('step'),
    reset: record('reset'),
    getConfig: record('getConfig', { version: 1, state: { dataset: 'xor' } }),
    setConfig: record('setConfig'),
    stats: record('stats', STATS),
    model: () => Promise.reject(new Error('The worker failed.')),
    on(event, listener) {
      if (!listeners.has(event)) listeners.set(event, new Set());
      listeners.get(event).add(listener);
      return () => listeners.get(event).delete(listener);
    },
  };
}

/** The embed page's window (where messages arrive), its host, and a bridge between them. */
function setUp() {
  const playground = fakePlayground();
  let receive = null;
  const self = {
    addEventListener: (_type, listener) => (receive = listener),
    removeEventListener: (_type, listener) => receive === listener && (receive = null),
  };
  const posted = [];
  const host = { postMessage: (message, origin) => posted.push({ message, origin }) };
  const log = [];
  const ignored = new IgnoredMessages((line) => log.push(line));
  const stop = installBridge(playground, self, host, ignored);
  /** Delivers `data` as a message event from `source` (the host unless said) and waits for its reply. */
  const deliver = async (data, { source = host, origin = 'https://course.example' } = {}) => {
    receive?.({ data, source, origin });
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  return { playground, posted, log, ignored, stop, deliver, host };
}

const call = (id, method, fields = {}) => ({ nnplay: 1, type: 'call', id, method, ...fields });

test('each call of the host runs once and is answered with its id, to the origin it came from', async () => {
  const { playground, posted, deliver } = setUp();
  await deliver(call(1, 'play'));
  await deliver(call(2, 'getStats'));
  await deliver(call(3, 'getConfig'));
  await deliver(call(4, 'step'));
  assert.deepEqual(playground.calls, [['play'], ['stats'], ['getConfig'], ['step']]);
  assert.deepEqual(posted, [
    { message: { nnplay: 1, type: 'reply', id: 1, value: null }, origin: 'https://course.example' },
    { message: { nnplay: 1, type: 'reply', id: 2, value: STATS }, origin: 'https://course.example' },
    { message: { nnplay: 1, type: 'reply', id: 3, value: { version: 1, state: { dataset: 'xor' } } }, origin: 'https://course.example' },
    { message: { nnplay: 1, type: 'reply', id: 4, value: null }, origin: 'https://course.example' },
  ]);
});

test('a host page with an opaque origin (a file: page, a sandboxed frame) is answered with "*"', async () => {
  const { posted, deliver } = setUp();
  await deliver(call(5, 'pause'), { origin: 'null' });
  assert.deepEqual(posted, [{ message: { nnplay: 1, type: 'reply', id: 5, value: null }, origin: '*' }]);
});

test('a failed call is answered with its message', async () => {
  const { posted, deliver } = setUp();
  await deliver(call(6, 'getModel'));
  assert.deepEqual(posted, [{ message: { nnplay: 1, type: 'reply', id: 6, error: 'The worker failed.' }, origin: 'https://course.example' }]);
});

test('setConfig takes a configuration the schema accepts, and answers one it refuses with why, leaving the playground as it was', async () => {
  const { playground, posted, deliver } = setUp();
  const config = { version: 1, state: { dataset: 'xor', learningRate: 0.1 }, locked: ['dataset'] };
  await deliver(call(7, 'setConfig', { config }));
  assert.equal(playground.calls.length, 1);
  assert.equal(playground.calls[0][0], 'setConfig');
  assert.deepEqual(playground.calls[0][1].state, config.state);
  assert.deepEqual(playground.calls[0][1].locked, ['dataset']);
  assert.deepEqual(posted[0].message, { nnplay: 1, type: 'reply', id: 7, value: null });

  await deliver(call(8, 'setConfig', { config: { state: { learningRate: 'fast' } } }));
  assert.equal(playground.calls.length, 1, 'a refused configuration is not used');
  const reply = posted[1].message;
  assert.equal(reply.id, 8);
  assert.match(reply.error, /^The configuration was not used: .*learningRate/);
});

test('messages from another window, or not in a documented shape, do nothing and are each counted in the debug log', async () => {
  const { playground, posted, log, ignored, deliver } = setUp();
  await deliver(call(1, 'play'), { source: { postMessage() {} } });
  await deliver({ ...call(2, 'play'), extra: true });
  await deliver(call(3, 'destroy'));
  await deliver('play');
  assert.deepEqual(playground.calls, []);
  assert.deepEqual(posted, []);
  assert.equal(ignored.count, 4);
  assert.deepEqual(log, [
    'nnplay: ignored message 1: not from the page that embeds the widget',
    'nnplay: ignored message 2: play takes no field "extra"',
    'nnplay: ignored message 3: method "destroy" is not one of play, pause, step, reset, getConfig, setConfig, getStats, getModel',
    'nnplay: ignored message 4: not an object',
  ]);
});

test('the playground\'s events are posted to the host; stopping the bridge stops them and the calls', async () => {
  const { playground, posted, stop, deliver } = setUp();
  playground.emit('epoch', STATS);
  playground.emit('diverged', { message: 'The loss is NaN.', kind: 'divergence' });
  assert.deepEqual(posted, [
    { message: { nnplay: 1, type: 'event', event: 'epoch', detail: STATS }, origin: '*' },
    { message: { nnplay: 1, type: 'event', event: 'diverged', detail: { message: 'The loss is NaN.', kind: 'divergence' } }, origin: '*' },
  ]);
  assert.equal(playground.listening(), 5, 'one listener per event');
  stop();
  assert.equal(playground.listening(), 0);
  await deliver(call(1, 'play'));
  assert.deepEqual(playground.calls, []);
  assert.equal(posted.length, 2);
});
