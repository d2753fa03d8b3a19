// Lesson 6, gradient descent: the ball on the engine's loss curve with each step size.
//
// Expected numbers, by hand. The curve widget's data is x = −2, −1, 0, 1, 2 and y = −3.2, −1.3, 0.4,
// 1.2, 2.9, the model ŷ = w·x (b held at 0), the loss L(w) = mean of ½(w·x − y)².
//   Σx² = 10, Σxy = 6.4 + 1.3 + 0 + 1.2 + 5.8 = 14.7, so the bottom is w* = 14.7 / 10 = 1.47;
//   residuals y − 1.47x = −0.26, 0.17, 0.4, −0.27, −0.04, squares summing to 0.331, so the lowest
//   loss is L* = 0.331 / 10 = 0.0331, and L(w) = L* + ½·mean(x²)·(w − w*)² = 0.0331 + (w − 1.47)².
//   The slope is 2(w − w*), so a step w ← w − η·2(w − w*) multiplies w − w* by (1 − 2η).
//   Start w = −1: w − w* = −2.47, L = 0.0331 + 6.1009 = 6.13.
//   η = 0.03: ×0.94 per step; after 20 steps −2.47 × 0.94²⁰ = −2.47 × 0.2901 = −0.7166:
//     w = 0.753, L = 0.0331 + 0.5135 = 0.547 (the goal asks for L ≤ 1.01 × 0.0331 = 0.0334).
//   η = 1.2: ×(−1.4) per step, L − L* ×1.96: the loss rises and the steps lengthen from step 2 on; the
//     widget calls it runaway after three such steps (steps 2, 3, 4): L = 0.0331 + 6.1009 × 1.96⁴ = 90.1.
//   η = 0.35: ×0.3 per step, L − L* ×0.09: after 4 steps 6.1009 × 0.09⁴ = 0.0004 (> 0.00033, not
//     there), after 5 steps 0.000036: the goal is met at step 5.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openLesson } from './site.mjs';

const number = async (scope, label) => Number((await scope.getByLabel(label, { exact: true }).textContent()).replaceAll(',', ''));

async function steps(widget, count) {
  for (let i = 0; i < count; i++) await widget.getByRole('button', { name: 'Step', exact: true }).click();
}

test('lesson 6: too small a step is slow, too large runs away, about right reaches the bottom in 5 steps', async () => {
  const { page, close } = await openLesson(6);
  const widget = page.getByRole('group', { name: /model with one weight/ });
  const goal = page.getByRole('region', { name: 'Goal' }).getByRole('listitem');
  await widget.getByRole('img', { name: /The ball is at w = -1, loss 6\.13, after 0 steps/ }).waitFor();
  assert.equal(await number(widget, 'Lowest loss'), 0.0331);
  assert.match(await goal.textContent(), /not met yet/);

  await widget.getByLabel('Step size', { exact: true }).selectOption('too small');
  await steps(widget, 20);
  assert.equal(await number(widget, 'Steps'), 20);
  assert.equal(await number(widget, 'w'), 0.753);
  assert.equal(await number(widget, 'Loss'), 0.547);
  await widget.getByText('20 steps and not at the bottom yet').waitFor();
  assert.match(await goal.textContent(), /not met yet/);

  await widget.getByRole('button', { name: 'Reset', exact: true }).click();
  await widget.getByLabel('Step size', { exact: true }).selectOption('too large');
  await steps(widget, 4);
  await widget.getByText(/The steps got bigger each time: the loss is growing without bound \(from 6\.13 to 90\.1 in 4 steps\): training diverges/).waitFor();
  assert.ok(await widget.getByRole('button', { name: 'Step', exact: true }).isDisabled());

  await widget.getByRole('button', { name: 'Reset', exact: true }).click();
  assert.equal(await number(widget, 'Steps'), 0);
  const rate = widget.getByLabel('Learning rate η', { exact: true });
  await rate.fill('-1');
  await rate.press('Enter');
  await widget.getByText('The learning rate must be a number above 0 and at most 100; it stays 1.2.').waitFor();
  assert.equal(await rate.inputValue(), '1.2');
  await widget.getByLabel('Step size', { exact: true }).selectOption('about right');
  assert.equal(await widget.getByLabel('Learning rate η', { exact: true }).inputValue(), '0.35');
  await steps(widget, 4);
  assert.match(await goal.textContent(), /not met yet/);
  await steps(widget, 1);
  await widget.getByText(/At the bottom in 5 steps/).waitFor();
  await page.getByRole('region', { name: 'Goal' }).getByText('(met)').waitFor();

  await page.reload();
  await page.getByRole('region', { name: 'Goal' }).getByText('(met)').waitFor();
  await close();
});

test("lesson 6: the contour map's lowest loss is the least-squares fit's, w = 1.45, b = 1.07, loss 0.0083; Run steps down to it", async () => {
  // x = −1, 0, 1, 2, 3 (mean 1), y = −0.4, 1.2, 2.3, 4.1, 5.4 (mean 2.52): w = Σ(x − 1)(y − 2.52) / Σ(x − 1)²
  // = (5.84 + 1.32 + 0 + 1.58 + 5.76) / 10 = 1.45, b = 2.52 − 1.45 = 1.07; residuals 0.02, −0.13, 0.22,
  // −0.13, 0.02, squares summing to 0.083: the lowest loss is 0.083 / 10 = 0.0083.
  const { page, close } = await openLesson(6);
  const widget = page.getByRole('group', { name: /contour map/ });
  await widget.getByRole('img', { name: /lowest loss is 0\.0083, at w = 1\.45, b = 1\.07/ }).waitFor();
  assert.equal(await number(widget, 'Lowest loss'), 0.0083);
  // Run steps by itself, a step every 200 ms, and pauses at the bottom.
  await widget.getByRole('button', { name: 'Run', exact: true }).click();
  await widget.getByRole('button', { name: 'Pause', exact: true }).waitFor();
  await widget.getByText(/^At the bottom in \d+ steps/).waitFor({ timeout: 30_000 });
  await widget.getByRole('button', { name: 'Run', exact: true }).waitFor();
  assert.ok(await number(widget, 'Loss') <= 0.0083 * 1.01);
  await close();
});
