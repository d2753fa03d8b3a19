// What a beginner reads: a divergence in plain words, a loss chart that waits for the first epoch
// without looking broken, and a hint that the network can be clicked to edit.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { open, screenshot, waitForNumber } from './site.mjs';

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
