// What a beginner reads: a divergence in plain words, a loss chart that waits for the first epoch
// without looking broken, and a hint that the network can be clicked to edit.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PHONE, open, screenshot, waitForNumber } from './site.mjs';

test('a divergence says in plain words what happened and what to do, with the epoch and no “NaN”', { timeout: 60_000 }, async () => {
  // With this seed and a learning rate of 10 the engine reports "the loss became NaN" in epoch 1.
  const { page, close } = await open('problem=regression&regDataset=reg-plane&activation=relu&learningRate=10&seed=0.7');
  await page.getByRole('button', { name: 'Play' }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'Training stopped' });
  await alert.waitFor();
  const text = await alert.textContent();
  assert.doesNotMatch(text, /NaN|infinite/);
  assert.match(text, /^Training stopped in epoch 1: .*Lower the learning rate \(now 10\) and reset/);
  await alert.getByRole('button', { name: 'Lower the learning rate to 1 and reset' }).waitFor();
  await screenshot(page, 'divergence-plain-words');
  await close();
});

test('before the first epoch the loss chart says what it will show instead of a lone tick; after a Step it draws', { timeout: 60_000 }, async () => {
  const { page, close } = await open('seed=0.5');
  const chart = page.getByRole('img', { name: /^Loss chart/ });
  const waiting = page.getByText('The training and test loss are drawn here from the first epoch on.');
  await waiting.waitFor();
  // The note sits on the chart, whose axes (one tick for one loss) are not shown yet.
  const [note, area] = [await waiting.boundingBox(), await chart.boundingBox()];
  assert.ok(note.y >= area.y && note.y + note.height <= area.y + area.height, 'the note is inside the chart');
  assert.equal(await chart.locator('canvas').isVisible(), false);
  await screenshot(page, 'loss-chart-waiting');

  await page.getByRole('button', { name: 'Step' }).click();
  await waitForNumber(page, 'Epoch', (e) => e === 1);
  await waiting.waitFor({ state: 'hidden' });
  await chart.locator('canvas').waitFor();
  await close();
});

test('the page says that links, biases and neurons can be clicked to edit', { timeout: 60_000 }, async () => {
  const { page, close } = await open('seed=0.5');
  const hint = page.getByText(/^Click a link or a bias .* to edit/);
  await hint.waitFor();
  const [box, network] = [await hint.boundingBox(), await page.getByRole('region', { name: 'Network' }).boundingBox()];
  assert.ok(box.y >= network.y && box.y + box.height <= network.y + network.height, 'in the network’s region');
  await close();
  // hideText hides it, as the Playground hides its explanations.
  const hidden = await open('seed=0.5&hideText=true');
  await hidden.page.getByRole('button', { name: 'Layer 1 neuron 1' }).waitFor();
  assert.equal(await hidden.page.getByText(/^Click a link or a bias/).isVisible(), false);
  await hidden.close();
});

test('on a touch phone a bias square is a target of at least 24×24 px; a tap near it edits the bias', { timeout: 60_000 }, async () => {
  const { page, close } = await open('seed=0.5', { viewport: PHONE, hasTouch: true, isMobile: true });
  await page.getByRole('button', { name: 'Layer 1 neuron 1' }).scrollIntoViewIfNeeded();
  const square = await page.locator('.nnplay-net-bias').first().boundingBox();
  const target = await page.locator('[data-bias="0,0"]').boundingBox();
  assert.ok(target.width >= 24 && target.height >= 24, `${target.width}×${target.height} px`);
  // A finger lands 10 px left of and 8 px below the square's centre (24 / 2 = 12 px of room each side).
  await page.touchscreen.tap(square.x + square.width / 2 - 10, square.y + square.height / 2 + 8);
  await page.getByRole('textbox', { name: 'Bias of layer 1 neuron 1' }).waitFor();
  await screenshot(page, 'bias-tap-phone');
  await close();
});
