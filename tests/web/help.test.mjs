// web/src/help/helpTexts.ts and tourSteps.ts: the help texts of the Playground's controls, and the
// first-visit tour's steps and its "seen" mark.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { load } from './load.mjs';

const { HELP_TEXTS } = await load('help/helpTexts.ts');
const { TOUR_STEPS, TOUR_SEEN_KEY, markTourSeen, tourSeen } = await load('help/tourSteps.ts');
const { CONTROL_KEYS } = await load('embed/controlKeys.ts');

test('every labelled control of the Playground, the pictures and the numbers have a help text', () => {
  const fields = ['speed', 'learningRate', 'activation', 'regularization', 'regularizationRate', 'problem',
    'percTrainData', 'noise', 'batchSize', 'showTestData', 'discretize', 'colours', 'curve'];
  const pictures = ['data', 'network', 'output', 'training', 'epoch', 'testLoss', 'trainLoss'];
  for (const key of [...fields, ...pictures]) {
    assert.ok(HELP_TEXTS[key]?.text.length > 40, `${key} has a text`);
  }
  // A control's help is named as the hide/lock list names it (the Share dialog's words).
  for (const key of fields.filter((key) => key !== 'curve')) {
    const control = CONTROL_KEYS.find((control) => control.key === key);
    assert.equal(HELP_TEXTS[key].name, control.label, key);
  }
  const names = Object.values(HELP_TEXTS).map((help) => help.name);
  assert.equal(new Set(names).size, names.length, 'each "Help: …" button has its own name');
});

test('the network help says what X₁², a neuron picture and a link’s colour and width mean', () => {
  const { text } = HELP_TEXTS.network;
  assert.match(text, /X₁² is X₁ squared/);
  assert.match(text, /Each square is a neuron, its picture what it outputs/);
  assert.match(text, /blue positive, orange negative, the thicker the larger/);
});

test('the tour has five steps, each at its own region', () => {
  assert.equal(TOUR_STEPS.length, 5);
  assert.equal(new Set(TOUR_STEPS.map((step) => step.target)).size, 5);
});

test('the tour is seen once marked; a store that cannot be read or written counts as seen and never throws', () => {
  const values = new Map();
  const store = { getItem: (key) => values.get(key) ?? null, setItem: (key, value) => values.set(key, value) };
  assert.equal(tourSeen(store), false);
  markTourSeen(store);
  assert.equal(values.get(TOUR_SEEN_KEY), 'done');
  assert.equal(tourSeen(store), true);

  const broken = { getItem: () => { throw new Error('SecurityError'); }, setItem: () => { throw new Error('QuotaExceededError'); } };
  assert.equal(tourSeen(broken), true);
  assert.doesNotThrow(() => markTourSeen(broken));
  assert.equal(tourSeen(null), true);
});

test('activation, the losses, the learning rate, the network and the problem type name the lesson that explains them', () => {
  // By the lesson file's name (web/lessons/NN-name.md); tests/web/lessons.test.mjs checks each exists.
  const lessons = Object.fromEntries(Object.entries(HELP_TEXTS).filter(([, help]) => help.lesson).map(([key, help]) => [key, help.lesson]));
  assert.deepEqual(lessons, {
    learningRate: 'gradient-descent',
    activation: 'activations',
    problem: 'classes-and-values',
    network: 'layers',
    testLoss: 'loss',
    trainLoss: 'loss',
  });
});
