// TensorFlow Playground's `name_hide` keys and hideText, as its own page applies them.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { open, screenshot } from './site.mjs';

test('the run buttons, the layer buttons and the test share hide as in the Playground; hideText hides the heading', { timeout: 60_000 }, async () => {
  const keys = ['playButton', 'stepButton', 'resetButton', 'numHiddenLayers', 'percTrainData'];
  const { page, close } = await open(`seed=0.5&hideText=true&${keys.map((key) => `${key}_hide=true`).join('&')}`);
  const visible = (locator) => locator.isVisible();
  for (const name of ['Play', 'Step', 'Reset', 'Add a hidden layer', 'Remove a hidden layer']) {
    assert.equal(await visible(page.getByRole('button', { name, exact: true })), false, name);
  }
  // The layer count stays, and so do the neurons' own buttons (the Playground hides only the layers').
  assert.ok(await visible(page.getByText('2 hidden layers')));
  assert.ok(await visible(page.getByRole('button', { name: 'Add a neuron to layer 1' })));
  assert.equal(await visible(page.getByRole('slider', { name: 'Ratio of training to test data' })), false);
  assert.equal(await visible(page.getByLabel('Test loss', { exact: true })), false);
  assert.equal(await visible(page.getByLabel('Test accuracy', { exact: true })), false);
  assert.ok(await visible(page.getByLabel('Training loss', { exact: true })));
  assert.ok(await visible(page.getByLabel('Training accuracy', { exact: true })));
  assert.equal(await visible(page.getByRole('heading', { name: 'nnplay', exact: true })), false);
  assert.equal(await visible(page.getByText('Tinker with a small neural network')), false);
  await screenshot(page, 'hidden-controls');

  // The page writes the keys back, so the link still hides them.
  const written = new URLSearchParams((await page.evaluate(() => location.hash)).slice(1));
  for (const key of keys) assert.equal(written.get(`${key}_hide`), 'true', key);
  await close();
});

test('without the keys every one of those controls and the heading is shown', { timeout: 60_000 }, async () => {
  const { page, close } = await open('seed=0.5');
  for (const name of ['Play', 'Step', 'Reset', 'Add a hidden layer', 'Remove a hidden layer']) {
    assert.ok(await page.getByRole('button', { name, exact: true }).isVisible(), name);
  }
  assert.ok(await page.getByLabel('Test loss', { exact: true }).isVisible());
  assert.ok(await page.getByRole('heading', { name: 'nnplay', exact: true }).isVisible());
  await close();
});
