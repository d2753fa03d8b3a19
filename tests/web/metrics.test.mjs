// The Metrics panel's pure parts: web/src/metrics/metricsText.ts (names, numbers, which points a
// confusion-matrix cell counts) and web/src/worker/metricsSchedule.ts (which frames carry metrics).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { load } from './load.mjs';

const { cellPoints, cellSentence, className, classOfLabel, decimal, metricRows, percent } = await load('metrics/metricsText.ts');
const { METRICS_MS, MetricsSchedule, readMetrics } = await load('worker/metricsSchedule.ts');

test('two classes are the Playground’s −1 and 1 (engine classes 0 and 1); more are named by their index', () => {
  assert.deepEqual([className(0, 2), className(1, 2)], ['−1', '1']);
  assert.deepEqual([0, 1, 2, 3].map((c) => className(c, 4)), ['1', '2', '3', '4']);
  // session.points gives ±1 for two classes and the index for more.
  assert.deepEqual([classOfLabel(-1, 2), classOfLabel(1, 2)], [0, 1]);
  assert.deepEqual([classOfLabel(0, 3), classOfLabel(2, 3)], [0, 2]);
});

test('numbers: a percentage with one decimal, three decimals, a dash where a metric does not apply', () => {
  assert.equal(percent(2 / 3), '66.7%');
  assert.equal(percent(1), '100.0%');
  assert.equal(percent(null), '—');
  assert.equal(decimal(0.70710678), '0.707');
  assert.equal(decimal(-0.25), '-0.250');
  assert.equal(decimal(123456), '1.23e+5');
  assert.equal(decimal(null), '—');
});

test('classification rows: loss, accuracy, then each true class’s accuracy; regression rows: loss, RMSE, R²', () => {
  // The three-class example of tests/core/metrics_test.cpp: confusion [[2,1,0],[0,1,0],[1,0,1]].
  const classification = {
    loss: 0.9241962,
    accuracy: 4 / 6,
    classAccuracy: [2 / 3, 1, null],
    confusion: [[2, 1, 0], [0, 1, 0], [1, 0, 1]],
    predicted: [0, 0, 1, 1, 0, 2],
    rmse: null,
    r2: null,
  };
  assert.deepEqual(metricRows(classification), [
    ['Loss', '0.924'],
    ['Accuracy', '66.7%'],
    ['Accuracy of class 1', '66.7%'],
    ['Accuracy of class 2', '100.0%'],
    ['Accuracy of class 3', '—'],
  ]);
  const regression = { loss: 0.0625, accuracy: null, classAccuracy: [], confusion: [], predicted: [], rmse: Math.SQRT1_2, r2: 8 / 9 };
  assert.deepEqual(metricRows(regression), [['Loss', '0.063'], ['RMSE', '0.707'], ['R²', '0.889']]);
});

test('a cell counts the points of its true class that the network predicts as its predicted class', () => {
  // Four points of two classes (labels ±1): (1, 2) −1 → 0, (3, 4) 1 → 1, (5, 6) −1 → 1, (−1, −2) 1 → 0.
  const points = Float32Array.of(1, 2, -1, 3, 4, 1, 5, 6, -1, -1, -2, 1);
  const predicted = [0, 1, 1, 0];
  assert.deepEqual(cellPoints(points, predicted, 2, { set: 'train', truth: 0, predicted: 1 }), [{ x: 5, y: 6 }]);
  assert.deepEqual(cellPoints(points, predicted, 2, { set: 'train', truth: 1, predicted: 0 }), [{ x: -1, y: -2 }]);
  assert.deepEqual(cellPoints(points, predicted, 2, { set: 'train', truth: 0, predicted: 0 }), [{ x: 1, y: 2 }]);
  assert.deepEqual(cellPoints(points, predicted, 2, { set: 'train', truth: 1, predicted: 1 }), [{ x: 3, y: 4 }]);
  // Three classes: labels are the indices.
  const three = Float32Array.of(0, 0, 2, 1, 1, 2, 2, 2, 0);
  assert.deepEqual(cellPoints(three, [2, 0, 0], 3, { set: 'test', truth: 2, predicted: 0 }), [{ x: 1, y: 1 }]);
  // New data whose metrics have not come yet: nothing is ringed rather than the wrong points.
  assert.deepEqual(cellPoints(points, [0, 1, 1], 2, { set: 'train', truth: 0, predicted: 1 }), []);
});

test('the sentence of the ringed points names the set, the count and both classes', () => {
  assert.equal(cellSentence({ set: 'test', truth: 0, predicted: 1 }, 3, 2), 'Ringed on the map: 3 test points of class −1 predicted as 1.');
  assert.equal(cellSentence({ set: 'train', truth: 2, predicted: 2 }, 1, 3), 'Ringed on the map: 1 training point of class 3 predicted as 3.');
});

test('frames carry metrics only while wanted: every frame while paused, at most every METRICS_MS while playing', () => {
  const clock = { now: 1000 };
  const schedule = new MetricsSchedule(() => clock.now);
  assert.equal(schedule.due(false), false, 'the panel is closed');
  assert.equal(schedule.behind, false);
  schedule.want(true);
  assert.equal(schedule.behind, true, 'just opened: the frame on screen has none');
  assert.equal(schedule.due(false), true);
  assert.equal(schedule.due(false), true, 'paused: every frame (a step, a reset, an edit)');
  assert.equal(schedule.behind, false);
  clock.now += 1;
  assert.equal(schedule.due(true), false, 'playing, 1 ms after the last');
  assert.equal(schedule.behind, true, 'a pause now must be followed by a frame with metrics');
  clock.now += METRICS_MS - 1;
  assert.equal(schedule.due(true), true, 'playing, METRICS_MS after the last');
  assert.equal(schedule.behind, false);
  schedule.want(false);
  assert.equal(schedule.due(false), false);
  assert.equal(schedule.behind, false);
});

test('readMetrics parses the session’s metricsJson of both sets', () => {
  const asked = [];
  const session = { metricsJson: (which) => (asked.push(which), JSON.stringify({ loss: which === 'train' ? 1 : 2 })) };
  assert.deepEqual(readMetrics(session), { train: { loss: 1 }, test: { loss: 2 } });
  assert.deepEqual(asked, ['train', 'test']);
});
