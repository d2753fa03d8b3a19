// Lesson 5, "Loss" (web/lessons/05-loss.md, widget kind `loss`): the engine's loss −log p of the
// hot-dog photo for two models and for the learner's slider, the loss curve marking it, the average
// loss of a batch; both goals not met at the start, met by moving sliders, still met after a reload.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openLesson } from './site.mjs';

/** The item of the lesson's Goal list whose text starts with `start`. */
const goalItem = (page, start) => page.getByRole('region', { name: 'Goal' }).getByRole('listitem').filter({ hasText: start });
const text = async (locator) => (await locator.textContent()).trim();

test('lesson 5: the slider gives the engine\'s −log p, the batch its mean, and both goals are met by the learner and kept', { timeout: 60_000 }, async () => {
  const { page, close } = await openLesson(5);
  const photoGoal = goalItem(page, "Give the photo's true class a loss below 0.1");
  const batchGoal = goalItem(page, 'Bring the average loss of the batch below 0.2');
  await photoGoal.getByText('(not met yet)').waitFor();
  await batchGoal.getByText('(not met yet)').waitFor();

  // The two models: −ln 0.9 = 0.10536, −ln 0.3 = 1.20397.
  const modelA = page.getByLabel('Model A: loss', { exact: true });
  await modelA.filter({ hasText: /\d/ }).waitFor();
  assert.equal(await text(modelA), '0.105');
  assert.equal(await text(page.getByLabel('Model B: loss', { exact: true })), '1.204');

  const photo = page.getByRole('group', { name: /^The loss of one photo/ });
  const slider = photo.getByLabel('The photo: probability of hot dog', { exact: true });
  const loss = photo.getByLabel('The photo: loss', { exact: true });
  const curve = photo.getByRole('img', { name: /^The loss −log p against the probability/ });
  // It starts where model B is: p = 0.3, −ln 0.3 = 1.204.
  assert.equal(await text(loss), '1.204');

  // p = 0.9: −ln 0.9 = 0.1054, not below 0.1 yet.
  await slider.fill('0.9');
  assert.equal(await text(photo.getByLabel('The photo: probability given', { exact: true })), '0.90');
  assert.equal(await text(loss), '0.105');
  assert.match(await curve.getAttribute('aria-label'), /The photo at p = 0\.90, loss 0\.105\./);
  await photoGoal.getByText('(not met yet)').waitFor();

  // p = 0.95: −ln 0.95 = 0.0513 < 0.1.
  await slider.fill('0.95');
  assert.equal(await text(loss), '0.051');
  await photoGoal.getByText('(met)').waitFor();
  await batchGoal.getByText('(not met yet)').waitFor();

  // The batch: −ln 0.8 = 0.2231, −ln 0.1 = 2.3026, −ln 0.6 = 0.5108, −ln 0.95 = 0.0513; mean 3.0878 / 4 = 0.772.
  const batch = page.getByRole('group', { name: /^The losses of a batch/ });
  const mean = batch.getByLabel('Average loss', { exact: true });
  assert.equal(await text(mean), '0.772');
  assert.equal(await text(batch.getByLabel('Photo 2: loss', { exact: true })), '2.303');
  // Photo 2 to 0.95 and photo 3 to 0.9: (0.2231 + 0.0513 + 0.1054 + 0.0513) / 4 = 0.4311 / 4 = 0.108.
  await batch.getByLabel('Photo 2: probability of not hot dog', { exact: true }).fill('0.95');
  await batch.getByLabel('Photo 3: probability of hot dog', { exact: true }).fill('0.9');
  assert.equal(await text(mean), '0.108');
  await batchGoal.getByText('(met)').waitFor();

  await page.reload();
  await page.getByRole('heading', { level: 1, name: '5. Loss' }).waitFor();
  await photoGoal.getByText('(met)').waitFor();
  await batchGoal.getByText('(met)').waitFor();
  await close();
});
