// The Goal panel (web/src/parts/goals.ts) of a playground mounted with goals on the mount() test page
// (tests/browser/pages/mount.html, served from the sources by Vite's dev server): a goal is met on
// the epoch that meets it and not before, once, with its goalReached event and an announcement; a
// goal whose epoch budget has passed says so, and Reset starts it again.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { epoch, screenshot, shown, step, waitForNumber } from './site.mjs';
import { serveMountPage } from './mountPage.mjs';

const openMountPage = serveMountPage();

/** A circle inside a ring: one layer of 4 neurons learns it in tens of epochs, starting well above a loss of 0.1. */
const CIRCLE = { dataset: 'circle', networkShape: [4], learningRate: 0.1, seed: '0.3' };

/**
 * Opens the test page and mounts a playground from `config` into #first, logging its `epoch` and
 * `goalReached` events in `globalThis.log`; waits for its first frame.
 */
async function mountWithGoals(config) {
  const opened = await openMountPage();
  const { page } = opened;
  await page.evaluate((config) => {
    const log = (globalThis.log = []);
    globalThis.playground = globalThis.mount(document.getElementById('first'), config);
    globalThis.playground.on('epoch', ({ epoch, trainLoss }) => log.push({ event: 'epoch', epoch, trainLoss }));
    globalThis.playground.on('goalReached', ({ index, goal, stats }) =>
      log.push({ event: 'goalReached', index, metric: goal.metric, epoch: stats.epoch, trainLoss: stats.trainLoss }),
    );
  }, config);
  const playground = page.locator('#first');
  await shown(playground);
  return { ...opened, playground, log: () => page.evaluate(() => globalThis.log) };
}

/** Waits until the playground's one live region (visually hidden) says `text`, a string or a RegExp. */
const announced = (playground, text) => playground.locator('[aria-live="polite"]', { hasText: text }).waitFor({ state: 'attached' });

test('a goal is met on the first epoch that meets it and not before: shown, announced and emitted once', { timeout: 120_000 }, async () => {
  const trainLossTarget = 0.1;
  const { page, close, playground, log } = await mountWithGoals({
    state: CIRCLE,
    goals: [
      { metric: 'epoch', atLeast: 3 },
      { metric: 'trainLoss', atMost: trainLossTarget, withinEpochs: 500, message: 'Well done: the circle is learned.' },
    ],
  });
  const goals = playground.getByRole('group', { name: 'Goals' });
  const epochGoal = goals.getByRole('listitem').filter({ hasText: 'Epoch ≥ 3' });
  const lossGoal = goals.getByRole('listitem').filter({ hasText: 'Training loss ≤ 0.1 within 500 epochs' });
  await epochGoal.getByText('Now 0.').waitFor();
  await lossGoal.getByText(/^Now \d\.\d{3}, 500 epochs left\.$/).waitFor();
  assert.equal(await goals.getByRole('progressbar', { name: 'Epoch ≥ 3' }).count(), 1);

  await step(playground, 2);
  await epochGoal.getByText('Now 2.').waitFor();
  // From epoch 0, where the training started, to the target 3: (2 − 0) / (3 − 0) of the way.
  assert.equal(await epochGoal.getByRole('progressbar').evaluate((bar) => bar.value), 2 / 3);
  assert.deepEqual((await log()).filter((entry) => entry.event === 'goalReached'), [], 'epoch 2 meets neither goal');

  await step(playground, 1);
  await epochGoal.getByText('Goal met at epoch 3.').waitFor();
  assert.equal(await epochGoal.getByRole('progressbar').count(), 0, 'a met goal shows no progress bar');
  await announced(playground, /^Epoch 3: .* Goal met: Epoch ≥ 3, at epoch 3\.$/);

  // Step on until the training loss meets its target; paused, every frame is an epoch event.
  const message = lossGoal.getByText('Well done: the circle is learned.');
  while (!(await message.isVisible())) {
    assert.ok((await epoch(playground)) < 200, 'the training loss did not reach its target in 200 epochs');
    await step(playground, 1);
  }
  const entries = await log();
  const epochs = entries.filter((entry) => entry.event === 'epoch');
  // The goal's epoch is the first whose training loss, as the epoch events report it, is at most the target.
  const firstMeeting = epochs.find((entry) => entry.trainLoss <= trainLossTarget);
  assert.ok(firstMeeting.epoch > 3, 'the loss goal was not met at the start');
  await lossGoal.getByText(`Goal met at epoch ${firstMeeting.epoch}.`).waitFor();
  assert.deepEqual(
    entries.filter((entry) => entry.event === 'goalReached').map(({ index, metric, epoch }) => ({ index, metric, epoch })),
    [
      { index: 0, metric: 'epoch', epoch: 3 },
      { index: 1, metric: 'trainLoss', epoch: firstMeeting.epoch },
    ],
    'each goal emitted once, at its epoch',
  );
  await announced(playground, `Goal met: Training loss ≤ 0.1 within 500 epochs, at epoch ${firstMeeting.epoch}. Well done: the circle is learned.`);
  await screenshot(page, 'goals-met');

  // Met stays met while training goes on, and emits nothing more.
  await step(playground, 2);
  assert.equal((await log()).filter((entry) => entry.event === 'goalReached').length, 2);
  await epochGoal.getByText('Goal met at epoch 3.').waitFor();
  await close();
});

test('a goal whose epoch budget passed says it can no longer be met and offers Reset, which starts it again', { timeout: 120_000 }, async () => {
  const { page, close, playground, log } = await mountWithGoals({
    state: CIRCLE,
    // A loss of 0.001 within 2 epochs: far out of reach of this network.
    goals: [{ metric: 'testLoss', atMost: 0.001, withinEpochs: 2 }],
  });
  const goals = playground.getByRole('group', { name: 'Goal' });
  const goal = goals.getByRole('listitem');
  await goal.getByText(/, 2 epochs left\.$/).waitFor();
  await step(playground, 2);
  await goal.getByText(/, 0 epochs left\.$/).waitFor();
  const reset = goal.getByRole('button', { name: 'Reset and try again' });
  assert.equal(await reset.isVisible(), false, 'no Reset while the goal can still be met');

  await step(playground, 1);
  await goal.getByText('Not met within 2 epochs: it can no longer be met in this run.').waitFor();
  await reset.waitFor();
  await announced(playground, 'Goal missed: Test loss ≤ 0.001 within 2 epochs can no longer be met in this run. Reset to try again.');
  await screenshot(page, 'goals-missed');

  await reset.click();
  await goal.getByText(/, 2 epochs left\.$/).waitFor();
  // The panel follows each frame as it arrives; the counter shows it at the next display frame.
  await waitForNumber(playground, 'Epoch', (e) => e === 0);
  assert.equal(await reset.isVisible(), false);
  assert.equal(await goals.getByRole('progressbar', { name: 'Test loss ≤ 0.001 within 2 epochs' }).count(), 1);
  assert.deepEqual((await log()).filter((entry) => entry.event === 'goalReached'), [], 'a missed goal is never reached');

  // New goals from setConfig start afresh with the new experiment.
  await page.evaluate(() => globalThis.playground.setConfig({ state: { dataset: 'gauss', seed: '0.3' }, goals: [{ metric: 'epoch', atLeast: 1 }] }));
  await goals.getByText('Epoch ≥ 1').waitFor();
  assert.equal(await goals.getByText('Test loss ≤ 0.001 within 2 epochs', { exact: true }).count(), 0);
  await step(playground, 1);
  await goals.getByText('Goal met at epoch 1.').waitFor();
  assert.deepEqual(
    (await log()).filter((entry) => entry.event === 'goalReached').map(({ index, epoch }) => ({ index, epoch })),
    [{ index: 0, epoch: 1 }],
  );
  await close();
});

test('when the author locked Reset, a missed goal\'s Reset is locked too', { timeout: 60_000 }, async () => {
  const { close, playground } = await mountWithGoals({
    state: CIRCLE,
    locked: ['resetButton'],
    goals: [{ metric: 'testLoss', atMost: 0.001, withinEpochs: 1 }],
  });
  const goal = playground.getByRole('group', { name: 'Goal' }).getByRole('listitem');
  await step(playground, 2);
  await goal.getByText('Not met within 1 epoch: it can no longer be met in this run.').waitFor();
  const reset = goal.getByRole('button', { name: 'Reset and try again' });
  assert.ok(await reset.isDisabled());
  assert.equal(await reset.getAttribute('title'), 'Locked by the author of this page');
  await close();
});

test('without goals there is no Goal panel', { timeout: 60_000 }, async () => {
  const { close, playground } = await mountWithGoals({ state: CIRCLE });
  assert.equal(await playground.getByRole('group', { name: /^Goals?$/ }).count(), 0);
  await close();
});
