// web/src/app/goals.ts: goals in words, and their status through a training.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { load } from './load.mjs';

const { describeGoal, formatTarget, frameObservations, GoalBoard, GoalProgress, progressOf } = await load('app/goals.ts');

/** A frame's stats at `epoch`: every metric known. */
const stats = (epoch, { trainLoss = 0.5, testLoss = 0.5, trainAccuracy = 0.5, testAccuracy = 0.5 } = {}) => ({
  epoch,
  trainLoss,
  testLoss,
  trainAccuracy,
  testAccuracy,
});

test('a goal in words: the metric, its bound as the author wrote it (accuracies in percent), and its epoch budget', () => {
  assert.equal(describeGoal({ metric: 'testLoss', atMost: 0.05, withinEpochs: 300 }), 'Test loss ≤ 0.05 within 300 epochs');
  assert.equal(describeGoal({ metric: 'trainLoss', atMost: 0.1 }), 'Training loss ≤ 0.1');
  assert.equal(describeGoal({ metric: 'testAccuracy', atLeast: 0.955 }), 'Test accuracy ≥ 95.5%');
  assert.equal(describeGoal({ metric: 'trainAccuracy', atLeast: 0.9, withinEpochs: 1 }), 'Training accuracy ≥ 90% within 1 epoch');
  assert.equal(describeGoal({ metric: 'epoch', atLeast: 100 }), 'Epoch ≥ 100');
  assert.equal(formatTarget('testAccuracy', 0.5), '50%');
  assert.equal(formatTarget('epoch', 250), '250');
});

test('progress runs from the value the training started at (0) to the target (1)', () => {
  const loss = { metric: 'testLoss', atMost: 0.1 };
  // (0.5 − 0.2) / (0.5 − 0.1) = 0.3 / 0.4 = 0.75
  assert.ok(Math.abs(progressOf(loss, 0.5, 0.2) - 0.75) < 1e-12);
  assert.equal(progressOf(loss, 0.5, 0.7), 0, 'a loss above where it started is no progress');
  assert.equal(progressOf(loss, 0.5, 0.1), 1);
  assert.equal(progressOf(loss, 0.5, Number.NaN), 0);
  const accuracy = { metric: 'testAccuracy', atLeast: 0.9 };
  // (0.7 − 0.5) / (0.9 − 0.5) = 0.2 / 0.4 = 0.5
  assert.ok(Math.abs(progressOf(accuracy, 0.5, 0.7) - 0.5) < 1e-12);
});

test('a goal stays pending until an epoch meets it, then is met at that epoch and stays met', () => {
  const goal = new GoalProgress({ metric: 'testLoss', atMost: 0.1 });
  assert.equal(goal.observe([stats(0, { testLoss: 0.5 })]), false);
  assert.equal(goal.observe([stats(10, { testLoss: 0.3 })]), false);
  // (0.5 − 0.3) / (0.5 − 0.1) = 0.5
  assert.deepEqual(goal.status, { state: 'pending', progress: 0.5, value: 0.3, epoch: 10 });
  assert.equal(goal.observe([stats(20, { testLoss: 0.1 })]), true, 'at most 0.1: 0.1 meets it');
  assert.deepEqual(goal.status, { state: 'met', epoch: 20 });
  assert.equal(goal.observe([stats(30, { testLoss: 0.4 })]), false, 'met once is enough: it is not met again');
  assert.deepEqual(goal.status, { state: 'met', epoch: 20 });
});

test('a goal with a budget is met on its last epoch, missed on the epoch after it, and stays missed until a restart', () => {
  const goal = new GoalProgress({ metric: 'testAccuracy', atLeast: 0.9, withinEpochs: 3 });
  goal.observe([stats(3, { testAccuracy: 0.9 })]);
  assert.deepEqual(goal.status, { state: 'met', epoch: 3 });

  const late = new GoalProgress({ metric: 'testAccuracy', atLeast: 0.9, withinEpochs: 3 });
  late.observe([stats(2, { testAccuracy: 0.6 })]);
  assert.equal(late.status.state, 'pending');
  assert.equal(late.observe([stats(4, { testAccuracy: 0.95 })]), false, 'met one epoch too late');
  assert.deepEqual(late.status, { state: 'missed' });
  assert.equal(late.observe([stats(5, { testAccuracy: 0.99 })]), false);
  assert.deepEqual(late.status, { state: 'missed' });
  late.restart();
  assert.equal(late.status.state, 'pending');
  assert.equal(late.observe([stats(0, { testAccuracy: 0.95 })]), true);
});

test('a loss goal is met at the chart point that met it, even when the frame ends past the budget', () => {
  // Speed 100: one frame trains epochs 1 to 100; its chart points are thinned to every 25th epoch.
  const history = {
    epochs: Int32Array.from([25, 50, 75, 100]),
    train: Float32Array.from([0.4, 0.2, 0.1, 0.1]),
    test: Float32Array.from([0.5, 0.25, 0.125, 0.0625]),
  };
  const points = frameObservations({ stats: stats(100, { testLoss: 0.0625, testAccuracy: 1 }), history });
  assert.deepEqual(
    points.map((point) => point.epoch),
    [25, 50, 75, 100],
    'the last chart point is the frame\'s stats',
  );
  assert.equal(points[3].testAccuracy, 1);
  assert.equal(points[0].testAccuracy, undefined, 'chart points know only the losses');

  const loss = new GoalProgress({ metric: 'testLoss', atMost: 0.25, withinEpochs: 60 });
  assert.equal(loss.observe(points), true);
  assert.deepEqual(loss.status, { state: 'met', epoch: 50 });
  // An accuracy is only known at the frame's end, epoch 100: past a budget of 60.
  const accuracy = new GoalProgress({ metric: 'testAccuracy', atLeast: 0.9, withinEpochs: 60 });
  assert.equal(accuracy.observe(points), false);
  assert.deepEqual(accuracy.status, { state: 'missed' });
});

test('an accuracy of NaN (a regression) never meets a goal; an epoch goal counts epochs', () => {
  const accuracy = new GoalProgress({ metric: 'testAccuracy', atLeast: 0 });
  assert.equal(accuracy.observe([stats(5, { testAccuracy: Number.NaN })]), false);
  const epochs = new GoalProgress({ metric: 'epoch', atLeast: 10 });
  assert.equal(epochs.observe([stats(9)]), false);
  // From epoch 9 (the first seen) to 10: at 9 that is 0 of the way.
  assert.equal(epochs.status.progress, 0);
  assert.equal(epochs.observe([stats(10)]), true);
});

test('after a reset is asked, the frames still on their way are ignored; the new training\'s epoch 0 restarts every goal', () => {
  const board = new GoalBoard([
    { metric: 'testLoss', atMost: 0.1, withinEpochs: 20 },
    { metric: 'epoch', atLeast: 5 },
  ]);
  assert.deepEqual(board.observe([stats(0, { testLoss: 0.5 })]), []);
  assert.deepEqual(board.observe([stats(10, { testLoss: 0.3 })]), [1], 'the epoch goal only');
  assert.deepEqual(board.observe([stats(25, { testLoss: 0.05 })]), [], 'past the budget of 20');
  assert.deepEqual(board.goals.map((goal) => goal.status.state), ['missed', 'met']);

  board.restartAsked();
  assert.equal(board.observe([stats(26, { testLoss: 0.05 })]), false, 'a frame from before the reset');
  assert.deepEqual(board.goals.map((goal) => goal.status.state), ['missed', 'met']);
  assert.deepEqual(board.observe([stats(0, { testLoss: 0.5 })]), []);
  assert.deepEqual(board.goals.map((goal) => goal.status.state), ['pending', 'pending']);
  assert.deepEqual(board.observe([stats(8, { testLoss: 0.08 })]), [0, 1], 'both met again, each once more');
  assert.deepEqual(board.observe([stats(9, { testLoss: 0.08 })]), []);
});

test('a refused restart leaves the goals as they were, following the training that goes on', () => {
  const board = new GoalBoard([{ metric: 'epoch', atLeast: 12 }]);
  board.observe([stats(10)]);
  board.restartAsked();
  board.restartRefused();
  assert.deepEqual(board.observe([stats(12)]), [0]);
  assert.equal(board.observe([]), false, 'a frame without epochs changes nothing');
});
