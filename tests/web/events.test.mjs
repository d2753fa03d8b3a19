// web/src/app/events.ts: the playground's typed events and the throttle of `epoch`.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { load } from './load.mjs';

const { Events, EpochThrottle, EPOCH_EVENT_MS } = await load('app/events.ts');

test('listeners hear the events they asked for, with their detail, until they stop', () => {
  const events = new Events();
  const heard = [];
  const stop = events.on('epoch', (stats) => heard.push(['epoch', stats.epoch]));
  events.on('error', (error) => heard.push(['error', error.kind]));
  events.emit('epoch', { epoch: 3 });
  events.emit('diverged', { message: 'NaN', kind: 'divergence' });
  events.emit('error', { message: 'bad', kind: 'bad-input' });
  stop();
  events.emit('epoch', { epoch: 4 });
  assert.deepEqual(heard, [['epoch', 3], ['error', 'bad-input']]);
});

test('while playing, at most one epoch event per EPOCH_EVENT_MS; paused, every frame is one', () => {
  const throttle = new EpochThrottle();
  const taken = [0, 10, EPOCH_EVENT_MS - 1, EPOCH_EVENT_MS, EPOCH_EVENT_MS + 1].map((now) => throttle.take(now, true));
  // The first frame, then nothing until EPOCH_EVENT_MS after it.
  assert.deepEqual(taken, [true, false, false, true, false]);
  assert.equal(throttle.take(EPOCH_EVENT_MS + 2, false), true, 'a step is always told');
  assert.equal(throttle.take(EPOCH_EVENT_MS + 3, false), true);
});
