// The descent widget's pure parts: its options (web/src/learn/widgets/descentOptions.ts), what the
// path of steps says (descentPath.ts) and how its numbers read (descentText.ts).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { load } from './load.mjs';

const { descentOptions } = await load('learn/widgets/descentOptions.ts');
const { covering, reachedBottom, runsAway } = await load('learn/widgets/descentPath.ts');
const { formatNumber } = await load('learn/widgets/descentText.ts');

const spec = { kind: 'descent', label: 'L', points: [[0, 1], [1, 2]], stepSizes: { 'too small': 0.01, 'about right': 0.3 } };
const along = (pairs) => pairs.map(([w, loss]) => ({ w, b: 0, loss }));

test('options: defaults, the step sizes in the order written, and errors that name the option', () => {
  const options = descentOptions(spec);
  assert.deepEqual(options.stepSizes, [{ name: 'too small', rate: 0.01 }, { name: 'about right', rate: 0.3 }]);
  assert.equal(options.stepSize, 'too small');
  assert.equal(options.learnBias, false);
  assert.deepEqual([options.goalSteps, options.goalWithin, options.stepMs], [20, 0.01, 200]);
  assert.throws(() => descentOptions({ ...spec, points: [[0, 1]] }), /"points"/);
  assert.throws(() => descentOptions({ ...spec, learn: 'b' }), /"learn"/);
  assert.throws(() => descentOptions({ ...spec, range: { w: [2, 1] } }), /"range\.w"/);
  assert.throws(() => descentOptions({ ...spec, stepSize: 'huge' }), /"stepSize" must be one of too small, about right/);
  assert.throws(() => descentOptions({ ...spec, stepSizes: { none: 0 } }), /"stepSizes"/);
});

test('a path runs away when its last three steps each raise the loss and grow longer', () => {
  // Steps of length 2, 3, 4.5, 6.75 (×1.5) each landing higher: from the second step on, three in a row.
  const away = along([[0, 1], [2, 2], [-1, 3], [3.5, 4], [-3.25, 5]]);
  assert.equal(runsAway(away), true);
  assert.equal(runsAway(away.slice(0, 4)), false, 'only two such steps');
  const overshootingButSettling = along([[0, 4], [2, 2], [-1, 3], [1, 1], [0, 0.5]]);
  assert.equal(runsAway(overshootingButSettling), false);
});

test('the bottom is reached within the fraction asked of the lowest loss, never at the start', () => {
  // Lowest loss 2 within 1%: a loss of at most 2.02.
  assert.equal(reachedBottom(along([[0, 9], [1, 2.02]]), 2, 0.01), true);
  assert.equal(reachedBottom(along([[0, 9], [1, 2.03]]), 2, 0.01), false);
  assert.equal(reachedBottom(along([[0, 2]]), 2, 0.01), false, 'no step yet');
});

test('a figure widens to hold every point, with a tenth of the width as margin on the side it grew', () => {
  assert.deepEqual(covering([-1, 4], [0, 3]), [-1, 4]);
  // Low −6: width 10, margin 1.
  assert.deepEqual(covering([-1, 4], [0, -6]), [-7, 4]);
  assert.deepEqual(covering([-1, 4], [Infinity]), [-1, 4]);
});

test('numbers read to three significant digits, infinity as ∞', () => {
  assert.deepEqual([6.134, 0.03310003, 90.07, 1234567, -4.94, 1e-9, Infinity].map(formatNumber), ['6.13', '0.0331', '90.1', '1,230,000', '-4.94', '0', '∞']);
});
