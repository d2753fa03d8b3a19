// web/src/embed/hostProtocol.ts: the host-page API's messages are taken only in their documented
// shapes; everything else is ignored with a reason.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { load } from './load.mjs';

const { checkHostMessage, checkWidgetMessage, EVENT_NAMES } = await load('embed/hostProtocol.ts');

const call = (method, fields = {}) => ({ nnplay: 1, type: 'call', id: 7, method, ...fields });

test('every documented call is taken as it was sent', () => {
  for (const method of ['play', 'pause', 'step', 'reset', 'getConfig', 'getStats', 'getModel']) {
    assert.deepEqual(checkHostMessage(call(method)), { message: call(method) }, method);
  }
  const setConfig = call('setConfig', { config: { state: { dataset: 'xor' } } });
  assert.deepEqual(checkHostMessage(setConfig), { message: setConfig });
  // The configuration itself is the schema's to judge (the bridge replies with its errors), not the envelope's.
  assert.ok('message' in checkHostMessage(call('setConfig', { config: 'fast' })));
  assert.ok('message' in checkHostMessage({ ...call('play'), id: 0 }), 'id 0 is a whole number from 0');
});

test('what is not an nnplay call of version 1 is ignored, with the reason', () => {
  const ignored = (data) => {
    const checked = checkHostMessage(data);
    assert.ok('ignored' in checked, `taken: ${JSON.stringify(data)}`);
    return checked.ignored;
  };
  assert.equal(ignored(null), 'not an object');
  assert.equal(ignored('{"nnplay":1,"type":"call","id":1,"method":"play"}'), 'not an object', 'text is not parsed');
  assert.equal(ignored([1, 'call']), 'not an object');
  assert.equal(ignored(new Map([['nnplay', 1]])), 'not an object');
  assert.equal(ignored(Object.assign(Object.create(null), call('play'))), 'not an object');
  assert.match(ignored({ subject: 'lti.frameResize', height: 10 }), /^not an nnplay message of version 1/);
  assert.match(ignored({ ...call('play'), nnplay: 2 }), /^not an nnplay message of version 1 \(nnplay: 2\)/);
  assert.match(ignored({ ...call('play'), nnplay: '1' }), /nnplay: "1"/);
  assert.equal(ignored({ ...call('play'), type: 'event' }), 'type "event" is not "call"');
});

test('a call with an id that is not a whole number from 0 is ignored', () => {
  for (const id of [-1, 1.5, '1', Number.NaN, 2 ** 53, null, undefined]) {
    assert.ok('ignored' in checkHostMessage({ ...call('play'), id }), `id ${String(id)}`);
  }
});

test('only the documented methods are called: not a prototype\'s, not an unknown one', () => {
  for (const method of ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'destroy', 'on', 'eval', 'PLAY', 3, null]) {
    const checked = checkHostMessage(call(method));
    assert.ok('ignored' in checked, `method ${String(method)}`);
    assert.match(checked.ignored, /^method .* is not one of play, pause, step, reset, getConfig, setConfig, getStats, getModel$/);
  }
});

test('a call with a field it does not take, or without one it needs, is ignored', () => {
  assert.deepEqual(checkHostMessage(call('play', { config: {} })), { ignored: 'play takes no field "config"' });
  assert.deepEqual(checkHostMessage(call('setConfig')), { ignored: 'setConfig needs config' });
  assert.deepEqual(checkHostMessage(call('setConfig', { config: {}, then: 'x' })), { ignored: 'setConfig takes no field "then"' });
  // JSON.parse makes "__proto__" an own field, which must not slip through.
  assert.deepEqual(checkHostMessage(JSON.parse('{"nnplay":1,"type":"call","id":1,"method":"play","__proto__":{"x":1}}')), {
    ignored: 'play takes no field "__proto__"',
  });
});

test('the client takes replies, events and resizes in their shapes, and nothing else', () => {
  const taken = [
    { nnplay: 1, type: 'reply', id: 3, value: null },
    { nnplay: 1, type: 'reply', id: 3, value: { epoch: 2 } },
    { nnplay: 1, type: 'reply', id: 3, error: 'The configuration was not used: …' },
    { nnplay: 1, type: 'event', event: 'goalReached', detail: { index: 0 } },
    { nnplay: 1, type: 'resize', height: 812 },
  ];
  for (const message of taken) assert.deepEqual(checkWidgetMessage(message), { message }, JSON.stringify(message));
  const refused = [
    { subject: 'lti.frameResize', height: 812 },
    { nnplay: 1, type: 'call', id: 3, method: 'play' },
    { nnplay: 1, type: 'reply', id: 3 },
    { nnplay: 1, type: 'reply', id: 3, value: 1, error: 'both' },
    { nnplay: 1, type: 'reply', id: 3, error: { message: 'not text' } },
    { nnplay: 1, type: 'reply', id: -3, value: null },
    { nnplay: 1, type: 'event', event: 'toString', detail: {} },
    { nnplay: 1, type: 'event', event: 'epoch', detail: 3 },
    { nnplay: 1, type: 'resize', height: -1 },
    { nnplay: 1, type: 'resize', height: '812' },
    { nnplay: 1, type: 'resize', height: Number.POSITIVE_INFINITY },
    { nnplay: 1, type: 'resize', height: 812, width: 300 },
  ];
  for (const message of refused) assert.ok('ignored' in checkWidgetMessage(message), JSON.stringify(message));
});

test('the events posted are the playground\'s five', () => {
  assert.deepEqual([...EVENT_NAMES].sort(), ['diverged', 'epoch', 'error', 'goalReached', 'ready']);
});

test('the reason names what was sent, whatever it was, and cuts it short', () => {
  // A BigInt cannot be written as JSON; the check must still give its reason, not throw.
  assert.deepEqual(checkHostMessage({ nnplay: 1n }), { ignored: 'not an nnplay message of version 1 (nnplay: 1)' });
  assert.deepEqual(checkHostMessage({ ...call('play'), id: 3n }), { ignored: 'id 3 is not a whole number from 0' });
  const long = 'x'.repeat(100);
  // JSON.stringify quotes it: '"' + 39 x's in the first 40 characters, then "…".
  assert.deepEqual(checkHostMessage(call(long)), {
    ignored: `method "${'x'.repeat(39)}… is not one of play, pause, step, reset, getConfig, setConfig, getStats, getModel`,
  });
});
