// Lesson 8, "Classes or values, and softmax" (web/lessons/08-classes-and-values.md, widget kind
// `softmax`): one playground switched from classes to values; the engine's softmax of three outputs
// sums to 1 and gives the largest output the largest probability; the three-class playground's goal
// is not met at the start, is met once the learner trains it, and stays met after a reload.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openLesson } from './site.mjs';

const text = async (locator) => (await locator.textContent()).trim();

test('lesson 8: softmax of three outputs sums to 1 and follows the largest; the three classes are learned and the goal kept', { timeout: 60_000 }, async () => {
  const { page, close } = await openLesson(8);
  const goal = page.getByRole('region', { name: 'Goal' }).getByRole('listitem').filter({ hasText: 'Classify three classes' });
  await goal.getByText('(not met yet)').waitFor();

  // The same points as classes, then as values: the learner's switch of problem type takes the
  // accuracy away (a value is near or far, never right or wrong).
  const both = page.getByRole('group', { name: /^A playground with one set of points/ });
  const accuracy = both.getByLabel('Test accuracy', { exact: true });
  await accuracy.filter({ hasText: /\d/ }).waitFor();
  await both.getByLabel('Problem type', { exact: true }).selectOption({ label: 'Regression' });
  await accuracy.waitFor({ state: 'hidden' });
  await both.getByLabel('Test loss', { exact: true }).filter({ hasText: /\d/ }).waitFor();

  const softmax = page.getByRole('group', { name: /^Softmax of three outputs/ });
  const probability = (k) => softmax.getByLabel(`Probability of class ${k}`, { exact: true });
  const sum = softmax.getByLabel('Sum of the probabilities', { exact: true });
  await sum.filter({ hasText: /\d/ }).waitFor();
  const setOutputs = async (z) => {
    for (const [k, value] of z.entries()) await softmax.getByLabel(`z${'₁₂₃'[k]} (class ${k + 1})`, { exact: true }).fill(String(value));
  };

  // softmax(1, 2, 3): e¹ = 2.71828, e² = 7.38906, e³ = 20.08554, their sum 30.19288;
  // 2.71828 / 30.19288 = 0.090, 7.38906 / 30.19288 = 0.245, 20.08554 / 30.19288 = 0.665.
  await setOutputs([1, 2, 3]);
  assert.deepEqual(await Promise.all([1, 2, 3].map((k) => text(probability(k)))), ['0.090', '0.245', '0.665']);
  assert.equal(await text(sum), '1.000');

  // (4, 2, 3) is (1, 2, 3) with the outputs swapped and 1 added to each: the same three numbers,
  // now the largest for class 1, whose output is the largest.
  await setOutputs([4, 2, 3]);
  assert.deepEqual(await Promise.all([1, 2, 3].map((k) => text(probability(k)))), ['0.665', '0.090', '0.245']);
  assert.equal(await text(sum), '1.000');

  // Outputs far apart and negative still give probabilities in [0, 1] that sum to 1.
  await setOutputs([-5, 0.3, 5]);
  const spread = await Promise.all([1, 2, 3].map(async (k) => Number(await text(probability(k)))));
  assert.ok(spread.every((p) => p >= 0 && p <= 1) && spread[2] > spread[1] && spread[1] > spread[0], spread.join(', '));
  assert.equal(await text(sum), '1.000');

  const classes = page.getByRole('group', { name: /^A playground with three classes/ });
  await classes.getByLabel('Epoch', { exact: true }).filter({ hasText: /\d/ }).waitFor();
  await goal.getByText('(not met yet)').waitFor();
  await classes.getByRole('button', { name: 'Play', exact: true }).click();
  await goal.getByText('(met)').waitFor({ timeout: 30_000 });
  await classes.getByRole('button', { name: 'Pause', exact: true }).click();

  await page.reload();
  await page.getByRole('heading', { level: 1, name: /^8\. / }).waitFor();
  await goal.getByText('(met)').waitFor();
  await close();
});
