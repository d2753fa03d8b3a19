// The numbers of the lesson widgets `loss` and `softmax` come from the engine's one-layer softmax
// network (web/src/learn/widgets/softmaxSession.ts, lossBatch.ts): checked here against the
// arithmetic done by hand, to the engine's float precision.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { load } from '../web/load.mjs';
import { nnplay } from './load.mjs';

const { LossBatch } = await load('learn/widgets/lossBatch.ts');
const { softmaxSession, traceSoftmax, outputForProbability } = await load('learn/widgets/softmaxSession.ts');

const close = (actual, expected, what) => assert.ok(Math.abs(actual - expected) < 1e-4, `${what}: ${actual}, expected ${expected}`);
const CLASSES = ['hot dog', 'not hot dog'];

test('one example: the engine gives its true class the probability set and the loss −ln p', () => {
  const batch = new LossBatch(nnplay, CLASSES, [{ name: 'The photo', trueClass: 'hot dog', probability: 0.3 }]);
  try {
    // −ln 0.3 = 1.20397
    close(batch.example(0).probability, 0.3, 'p');
    close(batch.example(0).loss, 1.20397, 'loss');
    batch.setProbability(0, 0.9);
    // −ln 0.9 = 0.10536; the mean of one example is its loss.
    close(batch.example(0).loss, 0.10536, 'loss at 0.9');
    close(batch.meanLoss(), 0.10536, 'mean');
    // The probe leaves the example alone: −ln 0.5 = 0.69315.
    close(batch.at(0.5).loss, 0.69315, 'probe');
    close(batch.example(0).loss, 0.10536, 'the example after the probe');
  } finally {
    batch.delete();
  }
});

test('a batch: each example its own probability and loss, and the engine\'s mean is their average', () => {
  const examples = [
    { name: 'Photo 1', trueClass: 'hot dog', probability: 0.8 },
    { name: 'Photo 2', trueClass: 'not hot dog', probability: 0.1 },
    { name: 'Photo 3', trueClass: 'hot dog', probability: 0.6 },
    { name: 'Photo 4', trueClass: 'not hot dog', probability: 0.95 },
  ];
  const batch = new LossBatch(nnplay, CLASSES, examples);
  try {
    // −ln 0.8 = 0.22314, −ln 0.1 = 2.30259, −ln 0.6 = 0.51083, −ln 0.95 = 0.05129
    [0.22314, 2.30259, 0.51083, 0.05129].forEach((loss, i) => close(batch.example(i).loss, loss, `example ${i + 1}`));
    // (0.22314 + 2.30259 + 0.51083 + 0.05129) / 4 = 3.08785 / 4 = 0.77196
    close(batch.meanLoss(), 0.77196, 'mean');
    batch.at(0.01);
    close(batch.meanLoss(), 0.77196, 'mean after the probe');
  } finally {
    batch.delete();
  }
});

test('three classes: the true class gets p and the two others share 1 − p', () => {
  // z = ln(p (K − 1) / (1 − p)) with p = 0.5, K = 3: ln 2; softmax(ln 2, 0, 0) = (2, 1, 1) / 4.
  close(outputForProbability(0.5, 3), Math.LN2, 'z');
  const batch = new LossBatch(nnplay, ['a', 'b', 'c'], [{ name: 'One', trueClass: 'b', probability: 0.5 }]);
  try {
    close(batch.example(0).probability, 0.5, 'p');
    close(batch.example(0).loss, Math.LN2, 'loss −ln 0.5');
  } finally {
    batch.delete();
  }
});

test('softmax of the biases: softmax(1, 2, 3) = (0.09003, 0.24473, 0.66524), summing to 1', () => {
  const names = ['class 1', 'class 2', 'class 3'];
  const session = softmaxSession(nnplay, ['input'], names, names.map((label) => ({ inputs: [0], label })));
  try {
    [1, 2, 3].forEach((z, k) => session.setBias(0, k, z));
    // e¹ = 2.71828, e² = 7.38906, e³ = 20.08554; sum 30.19288.
    const { probabilities, loss } = traceSoftmax(session, [0], 2);
    [0.09003, 0.24473, 0.66524].forEach((p, k) => close(probabilities[k], p, `p${k + 1}`));
    close(probabilities.reduce((a, b) => a + b, 0), 1, 'sum');
    // −ln 0.66524 = 0.40760
    close(loss, 0.4076, 'loss of class 3');
  } finally {
    session.delete();
  }
});
