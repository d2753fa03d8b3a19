// The pure parts of autosave (web/src/autosave/, app/watchdog.ts): when a save is written, what a
// save holds and how it is read back (refusing what is not one), when a save is brought back (the
// same experiment as the address, not a link to another), and how a worker that stops answering is
// noticed.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { load } from './load.mjs';

const { SaveSchedule } = await load('autosave/saveSchedule.ts');
const { historyOf, readSaved, restartedNote, sameExperiment, saveOf, savedState } = await load('autosave/saved.ts');
const { Watchdog } = await load('app/watchdog.ts');
const { DEFAULT_STATE, serialiseHash } = await load('state.ts');

const network = { features: ['x', 'y'], layers: [{ activation: 'tanh', weights: [[0.5, -0.25]], biases: [0.125] }], classes: ['negative', 'positive'] };
const losses = { epochs: [0, 10, 20], train: [0.5, 0.25, null], test: [0.5, 0.375, 0.3] };
const state = { ...DEFAULT_STATE, seed: '0.12345', networkShape: [3], learningRate: 0.1 };
const save = saveOf(state, { epoch: 20, network, training: Float32Array.of(0, 1, 0.5) }, losses, { 'data-1a2b-k': 'x,y,label\n1,2,1\n' }, 1_700_000_000_000);

test('while training a save waits until SAVE_EVERY_MS after the last; after a pause of that long it is at once', () => {
  const schedule = new SaveSchedule(2000);
  assert.equal(schedule.delay(100), 0, 'the first save is at once');
  schedule.saved(100);
  assert.equal(schedule.delay(600), 1500);
  assert.equal(schedule.delay(2100), 0);
  assert.equal(schedule.delay(5000), 0);
});

test('a save survives the structured clone IndexedDB makes, and reads back as it was', () => {
  const back = readSaved(structuredClone(save));
  assert.deepEqual(back, save);
  assert.deepEqual(savedState(back), state, 'the settings come back through the hash');
  assert.notEqual(save.losses.epochs, losses.epochs, 'the chart’s points are copied, not shared');
});

test('what is not a save reads as none: another shape, damaged numbers, a wrong loss list, weights that are not numbers, a training state not a Float32Array', () => {
  const broken = [
    null,
    'a save',
    [],
    { ...save, savedAt: 'yesterday' },
    { ...save, hash: undefined },
    { ...save, resume: { epoch: -1, network } },
    { ...save, resume: { epoch: 2.5, network } },
    { ...save, resume: { epoch: 3, network: { ...network, layers: [{ activation: 'tanh', weights: [['0.5']], biases: [0] }] } } },
    { ...save, resume: { epoch: 3, network, training: [0, 1] } },
    { ...save, losses: { epochs: [0, 1], train: [0.5], test: [0.5, 0.4] } },
    { ...save, texts: { key: 42 } },
  ];
  for (const value of broken) assert.equal(readSaved(value), null, JSON.stringify(value));
  assert.deepEqual(readSaved({ ...save, resume: null }).resume, null, 'a save of an untrained experiment is one');
});

test('the same address brings the save back; so do a bare address and a link without seeds; another experiment does not', () => {
  const hash = `#${serialiseHash(state)}`;
  assert.equal(sameExperiment(hash, save), true);
  assert.equal(sameExperiment('', save), true);
  assert.equal(sameExperiment('#', save), true);
  const withoutSeed = hash.replace(/&?seed=[^&]*/, '');
  assert.notEqual(withoutSeed, hash);
  assert.equal(sameExperiment(withoutSeed, save), true, 'a link naming no seed takes the saved one');
  assert.equal(sameExperiment(hash.replace('learningRate=0.1', 'learningRate=0.3'), save), false);
  assert.equal(sameExperiment(`#${serialiseHash({ ...state, seed: '0.99999' })}`, save), false);
  assert.equal(sameExperiment(`#${serialiseHash({ ...state, networkShape: [4, 2] })}`, save), false);
});

test('the saved chart becomes a frame’s loss history; a missing loss is NaN again', () => {
  const history = historyOf(losses);
  assert.deepEqual([...history.epochs], [0, 10, 20]);
  assert.deepEqual([...history.train], [0.5, 0.25, NaN]);
  assert.deepEqual([...history.test], [0.5, 0.375, Math.fround(0.3)]);
});

test('the restart note says the epoch as the page writes numbers', () => {
  assert.equal(restartedNote(12345), 'The training engine stopped and was restarted; your experiment was restored at epoch 12,345.');
});

/** A clock and a worker whose answers the test releases. */
function watched() {
  const clock = { now: 0 };
  const questions = [];
  let deaths = 0;
  const watchdog = new Watchdog(
    () => new Promise((resolve, reject) => questions.push({ resolve, reject })),
    () => deaths++,
    () => clock.now,
    6000,
  );
  return { clock, questions, watchdog, deaths: () => deaths };
}

test('a worker that answers is never declared dead, however long the run', async () => {
  const { clock, questions, watchdog, deaths } = watched();
  for (let second = 0; second < 60; second++) {
    clock.now = second * 1000;
    watchdog.check();
    questions.at(-1).resolve(true);
    await Promise.resolve();
  }
  assert.equal(deaths(), 0);
  assert.equal(questions.length, 60, 'one question per check once the last was answered');
});

test('time between two checks longer than the limit (a clock that jumped, a computer asleep) does not count against a question', async () => {
  const { clock, questions, watchdog, deaths } = watched();
  watchdog.check();
  // Four minutes pass in one step, as Playwright's clock.fastForward('04:00') makes them: the
  // question asked just before is as young as if it had been asked now.
  clock.now = 240_000;
  watchdog.check();
  assert.equal(deaths(), 0);
  questions[0].resolve(true);
  await Promise.resolve();
  clock.now = 241_000;
  watchdog.check();
  assert.equal(questions.length, 2, 'answered: the next check asks again');
  // A worker that stays silent after the jump is still declared dead, once the page has watched it for longer than the limit.
  clock.now = 480_000;
  watchdog.check();
  for (const now of [481_000, 484_000, 486_000]) {
    clock.now = now;
    watchdog.check();
  }
  assert.equal(deaths(), 0, 'six seconds watched is the limit, not beyond it');
  clock.now = 486_001;
  watchdog.check();
  assert.equal(deaths(), 1);
});

test('a worker silent beyond the limit is declared dead once; a slow one within it is not; each death doubles the limit', async () => {
  const { clock, questions, watchdog, deaths } = watched();
  watchdog.check();
  for (const now of [1000, 3000, 6000]) {
    clock.now = now;
    watchdog.check();
  }
  assert.equal(deaths(), 0, 'six seconds is the limit, not beyond it');
  assert.equal(questions.length, 1, 'no new question while one waits');
  clock.now = 6001;
  watchdog.check();
  assert.equal(deaths(), 1);
  // The question to the dead worker is dropped (rejected): a late settle changes nothing; the new worker is asked.
  questions[0].reject(new Error('restarted'));
  await Promise.resolve();
  clock.now = 7000;
  watchdog.check();
  assert.equal(questions.length, 2);
  clock.now = 12_000;
  watchdog.check();
  questions[1].resolve(true);
  await Promise.resolve();
  clock.now = 14_000;
  watchdog.check();
  assert.equal(deaths(), 1);
  // The next worker is given twelve seconds: a call that truly takes long is not restarted over and over.
  clock.now = 26_000;
  watchdog.check();
  assert.equal(deaths(), 1);
  clock.now = 26_001;
  watchdog.check();
  assert.equal(deaths(), 2);
});
