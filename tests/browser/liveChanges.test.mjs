// The learning rate, the regularisation and the batch size change while a network trains: two pages
// with the same seed follow the same trajectory until one of them gets the change, then they part,
// and the changed one goes on from its epoch (no reset).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { epochAtRest, open, pixels, step } from './site.mjs';

/** What a person sees of where training is: the losses and the output view. */
async function whereTrainingIs(page) {
  const loss = (label) => page.getByLabel(label, { exact: true }).textContent();
  return {
    epoch: await epochAtRest(page),
    trainLoss: await loss('Training loss'),
    testLoss: await loss('Test loss'),
    output: await pixels(page.getByRole('img', { name: 'Decision boundary' })),
  };
}

/**
 * Steps two pages with the same seed 3 epochs, applies `change` to the second, steps both 2 more;
 * checks they agreed before the change, part after it, and that the second kept its epochs.
 */
async function assertChangesTrajectory(change) {
  const settings = 'dataset=circle&networkShape=4,2&learningRate=0.03&batchSize=10&seed=0.4';
  const unchanged = await open(settings);
  const changed = await open(settings);
  await step(unchanged.page, 3);
  await step(changed.page, 3);
  assert.deepEqual(await whereTrainingIs(changed.page), await whereTrainingIs(unchanged.page), 'the same seed trains the same way');

  await change(changed.page);
  assert.equal(await epochAtRest(changed.page), 3, 'the change does not reset the network');
  await step(unchanged.page, 2);
  await step(changed.page, 2);
  const after = await whereTrainingIs(changed.page);
  const control = await whereTrainingIs(unchanged.page);
  assert.equal(after.epoch, 5);
  assert.equal(control.epoch, 5);
  assert.notEqual(after.trainLoss, control.trainLoss, 'the training loss follows the change');
  assert.notEqual(after.output, control.output, 'the output view follows the change');
  await unchanged.close();
  await changed.close();
}

test('a new learning rate changes the training from the next epoch on, without a reset', { timeout: 60_000 }, async () => {
  await assertChangesTrajectory(async (page) => {
    await page.getByLabel('Learning rate', { exact: true }).selectOption({ label: '1' });
    await page.waitForFunction(() => location.hash.includes('learningRate=1&'));
  });
});

test('L2 regularisation turned on changes the training from the next epoch on, without a reset', { timeout: 60_000 }, async () => {
  await assertChangesTrajectory(async (page) => {
    await page.getByLabel('Regularization', { exact: true }).selectOption({ label: 'L2' });
    await page.getByLabel('Regularization rate', { exact: true }).selectOption({ label: '1' });
    await page.waitForFunction(() => location.hash.includes('regularizationRate=1&') && location.hash.includes('regularization=L2'));
  });
});

test('a new batch size changes the training from the next epoch on, without a reset', { timeout: 60_000 }, async () => {
  await assertChangesTrajectory(async (page) => {
    const batch = page.getByRole('slider', { name: 'Batch size' });
    await batch.focus();
    await page.keyboard.press('Home');
    await page.waitForFunction(() => location.hash.includes('batchSize=1&'));
  });
});
