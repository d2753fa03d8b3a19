// Lesson 2, "A neuron": the widget's z and a are the engine's, checked against arithmetic by hand;
// the activation menu switches the function; AND weights meet the goal, which a reload keeps.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PHONE, openLesson, screenshot, sleep } from './site.mjs';

const GOAL = 'Make the neuron output above 0.9 for one corner only';

/** The number an output labelled `label` shows ("−0.5" → −0.5), once the engine has filled it. */
async function shown(scope, label) {
  const output = scope.getByLabel(label, { exact: true });
  await output.filter({ hasText: /\d/ }).waitFor();
  return Number((await output.textContent()).replace('−', '-'));
}

/** Waits until the output labelled `label` shows `expected` within 5e-5 (it shows 4 decimals). */
async function showsNear(scope, label, expected) {
  await scope.getByLabel(label, { exact: true }).filter({ hasText: /\d/ }).waitFor();
  const deadline = Date.now() + 10_000;
  let value = await shown(scope, label);
  while (Math.abs(value - expected) > 5e-5 && Date.now() < deadline) {
    await sleep(25);
    value = await shown(scope, label);
  }
  assert.ok(Math.abs(value - expected) <= 5e-5, `${label} shows ${value}, not ${expected}`);
}

const goalItem = (page) => page.getByRole('region', { name: 'Goal' }).getByRole('listitem');
const widgetOf = (page) => page.getByRole('group', { name: /^A neuron with two inputs/ });

test('the neuron shows the engine\'s z and a, follows its activation, and meets the goal with AND weights', async () => {
  const { page, close } = await openLesson(2);
  const neuron = widgetOf(page);
  // Start: x₁ = 1, x₂ = 0, w₁ = w₂ = 1, b = −0.5, so z = 1·1 + 1·0 − 0.5 = 0.5 and
  // sigmoid(0.5) = 1 / (1 + e^−0.5) = 1 / (1 + 0.60653) = 0.62246.
  await showsNear(neuron, 'Weighted sum z', 0.5);
  await showsNear(neuron, 'Output a', 0.6225);
  // At the corners z = −0.5, 0.5, 0.5, 1.5 and a = 0.3775, 0.6225, 0.6225, 0.8176: none above 0.9.
  await neuron.getByText('Corners with a above 0.9: none.', { exact: true }).waitFor();
  assert.equal(await goalItem(page).textContent(), `${GOAL} (not met yet)`);

  // w₁ = 2: z = 2·1 + 1·0 − 0.5 = 1.5; sigmoid(1.5) = 1 / (1 + e^−1.5) = 1 / 1.22313 = 0.81757.
  await neuron.getByLabel('Weight w₁', { exact: true }).fill('2');
  await showsNear(neuron, 'Weighted sum z', 1.5);
  await showsNear(neuron, 'Output a', 0.8176);
  // tanh(1.5) = (e³ − 1) / (e³ + 1) = 19.0855 / 21.0855 = 0.90515; ReLU(1.5) = max(0, 1.5) = 1.5.
  const activation = neuron.getByLabel('Activation', { exact: true });
  await activation.selectOption('tanh');
  await showsNear(neuron, 'Output a', 0.9051);
  await activation.selectOption('relu');
  await showsNear(neuron, 'Output a', 1.5);
  // By keyboard: the bias down four steps of 0.5 to −2.5, so z = 2 − 2.5 = −0.5 and ReLU(−0.5) = 0.
  const bias = neuron.getByLabel('Bias b', { exact: true });
  await bias.focus();
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowLeft');
  await showsNear(neuron, 'Weighted sum z', -0.5);
  await showsNear(neuron, 'Output a', 0);
  await neuron.getByRole('img', { name: /^The ReLU curve, .* with the neuron's point z = −0\.5, a = 0 marked$/ }).waitFor();

  // AND: sigmoid, w₁ = w₂ = 5, b = −7.5. The corners' z: −7.5, −2.5, −2.5, 2.5, and
  // sigmoid(2.5) = 1 / (1 + e^−2.5) = 1 / 1.08208 = 0.92414 > 0.9, sigmoid(−2.5) = 0.07586: one corner.
  await activation.selectOption('sigmoid');
  await neuron.getByLabel('Weight w₁', { exact: true }).fill('5');
  await neuron.getByLabel('Weight w₂', { exact: true }).fill('5');
  await bias.fill('-7.5');
  await neuron.getByText('Corners with a above 0.9: (1, 1) only.', { exact: true }).waitFor();
  const lastCorner = neuron.getByRole('row').last();
  assert.deepEqual(await lastCorner.getByRole('cell').allTextContents(), ['1', '1', '2.5', '0.9241', 'yes']);
  await goalItem(page).filter({ hasText: `✓ ${GOAL} (met)` }).waitFor();

  await page.reload();
  await page.getByRole('heading', { level: 1, name: '2. A neuron' }).waitFor();
  await goalItem(page).filter({ hasText: `✓ ${GOAL} (met)` }).waitFor();
  await screenshot(page, 'lesson02-desktop');
  await close();
});

test('on a phone the neuron fits the width and still shows its numbers', async () => {
  const { page, close } = await openLesson(2, { viewport: PHONE });
  await showsNear(widgetOf(page), 'Output a', 0.6225);
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth), 'the page scrolls sideways');
  await screenshot(page, 'lesson02-phone');
  await close();
});
