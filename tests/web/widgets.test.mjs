// web/src/widgets.ts's pure part: a value from a link that is not among a selector's choices, and a write made only when it changes.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { load } from './load.mjs';

const widgets = await load('widgets.ts');
const { withChoice } = widgets;

const choices = [0.01, 0.03, 0.1, 0.3].map((value) => ({ value, label: String(value) }));
const ascending = (a, b) => a - b;

test('a value not among the choices goes before the first larger one, and is the one chosen', () => {
  const { choices: next, index } = withChoice(choices, 0.05, '0.05', ascending);
  assert.deepEqual(next.map((c) => c.value), [0.01, 0.03, 0.05, 0.1, 0.3]);
  assert.equal(index, 2);
  assert.deepEqual(withChoice(choices, 0.001, '0.001', ascending).index, 0, 'smaller than all: first');
  assert.deepEqual(withChoice(choices, 5, '5', ascending).index, 4, 'larger than all: last');
});

test('a value already among the choices is found, not added; without an order a new one goes last', () => {
  const found = withChoice(choices, 0.1, '0.1', ascending);
  assert.equal(found.index, 2);
  assert.equal(found.choices.length, 4);
  assert.equal(withChoice(choices, 0.05, '0.05').index, 4);
});

test('setIfChanged writes a value that differs, and not one already there', () => {
  const { setIfChanged } = widgets;
  const writes = [];
  const target = {
    shown: 'epoch 3',
    get value() {
      return this.shown;
    },
    set value(text) {
      writes.push(text);
      this.shown = text;
    },
  };
  setIfChanged(target, 'value', 'epoch 3');
  assert.deepEqual(writes, [], 'the same value: no write');
  setIfChanged(target, 'value', 'epoch 4');
  assert.deepEqual(writes, ['epoch 4']);
  assert.equal(target.value, 'epoch 4');
});
