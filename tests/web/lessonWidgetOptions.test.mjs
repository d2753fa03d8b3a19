// The options of the lesson widgets `loss` (web/src/learn/widgets/lossOptions.ts) and `softmax`
// (softmaxOptions.ts): what a lesson author writes is read as written, and a mistake is refused
// with a message that names the option.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { load } from './load.mjs';

const { lossOptions } = await load('learn/widgets/lossOptions.ts');
const { softmaxOptions, subscript } = await load('learn/widgets/softmaxOptions.ts');

const LOSS = {
  kind: 'loss',
  label: 'A batch',
  classes: ['hot dog', 'not hot dog'],
  examples: [
    { name: 'Photo 1', trueClass: 'hot dog', probability: 0.8 },
    { name: 'Photo 2', trueClass: 'not hot dog', probability: 0.1 },
  ],
  below: 0.2,
};

test('loss options: classes, examples and the goal are read as written; compare is optional', () => {
  assert.deepEqual(lossOptions(LOSS), { classes: LOSS.classes, examples: LOSS.examples, compare: [], below: 0.2 });
  const compare = [{ model: 'Model A', probability: 0.9 }];
  assert.deepEqual(lossOptions({ ...LOSS, compare }).compare, compare);
});

test('loss options: a wrong option is refused, naming it', () => {
  const refused = (spec, pattern) => assert.throws(() => lossOptions({ ...LOSS, ...spec }), pattern);
  refused({ classes: ['hot dog'] }, /"classes" must name at least two classes/);
  refused({ examples: [{ name: 'Photo 1', trueClass: 'pizza', probability: 0.5 }] }, /examples\[0\]\.trueClass "pizza" is not one of the classes/);
  // 0 and 1 are outside the sliders' 0.01 … 0.99: −log 0 is infinite.
  refused({ examples: [{ name: 'Photo 1', trueClass: 'hot dog', probability: 0 }] }, /examples\[0\]\.probability must be a probability from 0\.01 to 0\.99/);
  refused({ examples: LOSS.examples.map((example) => ({ ...example, trueClass: 'hot dog' })) }, /at least two different true classes/);
  refused({ compare: [{ model: 'Model A', probability: 1 }] }, /compare\[0\]\.probability/);
  refused({ below: -1 }, /"below"/);
  refused({ examples: [] }, /"examples" must be a list/);
});

test('softmax options: outputs and range are read as written, range 5 when absent; mistakes are refused', () => {
  const outputs = [
    { name: 'class 1', z: 0.5 },
    { name: 'class 2', z: -1 },
  ];
  assert.deepEqual(softmaxOptions({ kind: 'softmax', label: 'S', outputs }), { outputs, range: 5 });
  assert.throws(() => softmaxOptions({ kind: 'softmax', label: 'S', outputs: [outputs[0]] }), /"outputs" must list 2 to 8 outputs/);
  // Class 2's z = −1 lies outside the sliders' −0.5 … 0.5.
  assert.throws(() => softmaxOptions({ kind: 'softmax', label: 'S', outputs, range: 0.5 }), /outputs\[1\]\.z must be a number from −range to range/);
  assert.throws(() => softmaxOptions({ kind: 'softmax', label: 'S', outputs: [outputs[0], outputs[0]] }), /different names/);
  assert.equal(subscript(1) + subscript(12), '₁₁₂');
});
