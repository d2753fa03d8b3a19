// Lesson 9 (learn/#9): the link to the full playground carries what the learner built in lesson 4;
// each challenge starts its playground (one at a time); the XOR challenge counts only with at most
// 3 hidden neurons, and is met by a learner who removes neurons and trains; progress survives a reload.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openLesson, shown } from './site.mjs';

const XOR_GOAL = 'Reach 95% test accuracy on XOR with 3 hidden neurons or fewer';
const goal = (page, text) => page.getByRole('region', { name: 'Goal' }).getByRole('listitem').filter({ hasText: text });
const met = async (page, text) => (await goal(page, text).textContent()).endsWith('(met)');
/** The full playground's settings a link opens, by key. */
const linkSettings = async (link) => Object.fromEntries(new URLSearchParams(new URL(await link.getAttribute('href'), 'http://site/learn/').hash.slice(1)));

test("lesson 9: the full playground's link carries lesson 4's network; each challenge loads; the XOR challenge is met with 3 neurons", { timeout: 60_000 }, async () => {
  const { page, close } = await openLesson(4);
  const lesson4 = page.getByRole('group', { name: 'A playground with three hidden layers of four neurons on the circle data' });
  await lesson4.getByLabel('Activation', { exact: true }).selectOption({ label: 'ReLU' });
  await page.getByRole('navigation', { name: 'Lessons' }).getByRole('link', { name: 'Now play' }).click();
  await page.getByRole('heading', { level: 1, name: '9. Now play' }).waitFor();

  const built = await linkSettings(page.getByRole('link', { name: 'Open the full playground with what you built in lesson 4' }));
  assert.equal(built.activation, 'relu', 'the learner chose ReLU in lesson 4');
  assert.equal(built.networkShape, '4,4,4');
  assert.equal(built.dataset, 'circle');
  assert.deepEqual(Object.keys(built).filter((key) => key.endsWith('_hide')), [], 'the full playground shows every control');

  const spiral = page.getByRole('group', { name: 'The spiral challenge, a playground with only X₁ and X₂ as inputs' });
  const noisy = page.getByRole('group', { name: 'The noisy circle challenge, a playground on the circle with adjustable noise' });
  const xor = page.getByRole('group', { name: 'The XOR challenge, a playground whose hidden neurons are counted' });
  const spiralLink = await linkSettings(spiral.getByRole('link', { name: 'Open the spiral challenge in the full playground' }));
  assert.deepEqual([spiralLink.dataset, spiralLink.x, spiralLink.y, spiralLink.sinX], ['spiral', 'true', 'true', 'false']);
  await spiral.getByRole('button', { name: 'Start the spiral challenge' }).click();
  await shown(spiral);
  await noisy.getByRole('button', { name: 'Start the noisy circle challenge' }).click();
  await shown(noisy);
  await noisy.getByText('✗ Noise: 20 (the challenge: at least 40)').waitFor();
  await spiral.getByRole('button', { name: 'Start the spiral challenge' }).waitFor();
  assert.equal(await spiral.getByLabel('Epoch', { exact: true }).count(), 0, 'starting a challenge closes the one running');

  await xor.getByRole('button', { name: 'Start the XOR challenge' }).click();
  await shown(xor);
  assert.equal(await noisy.getByLabel('Epoch', { exact: true }).count(), 0);
  assert.equal(await met(page, XOR_GOAL), false, 'the XOR goal is not met at the start');
  // The preset's 4 + 2 = 6 neurons learn XOR, which meets the playground's goal but not the challenge.
  await xor.getByRole('button', { name: 'Play', exact: true }).click();
  await xor.getByText(/^The playground's goal is met, but not the challenge: Hidden neurons: 6 /).waitFor();
  await xor.getByRole('button', { name: 'Pause', exact: true }).click();
  assert.equal(await met(page, XOR_GOAL), false);

  await xor.getByRole('button', { name: 'Remove a hidden layer' }).click();
  // The fewest neurons that met the playground's goal so far: the preset's 6.
  await xor.getByText('✗ Hidden neurons: 4 (the challenge: at most 3; your best: 6)').waitFor();
  await xor.getByRole('button', { name: 'Remove a neuron from layer 1' }).click();
  await xor.getByText('✓ Hidden neurons: 3 (the challenge: at most 3; your best: 6)').waitFor();
  await xor.getByRole('button', { name: 'Play', exact: true }).click();
  await goal(page, XOR_GOAL).filter({ hasText: '(met)' }).waitFor();
  await xor.getByText('✓ Hidden neurons: 3 (the challenge: at most 3; your best: 3)').waitFor();

  await page.reload();
  await page.getByRole('heading', { level: 1, name: '9. Now play' }).waitFor();
  assert.equal(await met(page, XOR_GOAL), true, 'the XOR goal is still met after a reload');
  await close();
});
