// Locked controls and an embed's Reset, on the test page that mounts playgrounds from the sources
// (tests/browser/pages/mount.html, as in mount.test.mjs): a locked control is shown but neither a
// click nor the keyboard changes it, and Reset goes back to the preset rather than the defaults.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { shown, step, waitForNumber } from './site.mjs';
import { serveMountPage } from './mountPage.mjs';

const LOCKED_TITLE = 'Locked by the author of this page';
const openMountPage = serveMountPage();

/** Opens the test page, mounts a playground from `config` into #first and waits for its first frame. */
async function mounted(config) {
  const opened = await openMountPage();
  const { page } = opened;
  await page.evaluate((config) => {
    globalThis.playground = globalThis.mount(document.getElementById('first'), config);
  }, config);
  const playground = page.locator('#first');
  await shown(playground);
  return { ...opened, playground, settings: () => page.evaluate(() => globalThis.playground.getConfig().state) };
}

const PRESET = { seed: '0.5', dataset: 'xor', networkShape: [3], learningRate: 0.1, activation: 'relu' };

test('locked controls are shown but disabled, with the author’s tooltip; neither a click nor the keyboard changes them', { timeout: 90_000 }, async () => {
  const locked = [
    'resetButton', 'playButton', 'stepButton', 'speed', 'dataset', 'percTrainData', 'noise', 'batchSize', 'regenerate',
    'learningRate', 'activation', 'regularization', 'regularizationRate', 'problem', 'x', 'y', 'xSquared',
    'numHiddenLayers', 'weights', 'showTestData', 'discretize', 'colours',
  ];
  const { page, playground, settings, close } = await mounted({ state: PRESET, locked });
  const before = await settings();

  const native = [
    ...['Reset', 'Play', 'Step', 'Regenerate'].map((name) => playground.getByRole('button', { name, exact: true })),
    ...['Speed', 'Learning rate', 'Activation', 'Regularization', 'Regularization rate', 'Problem type', 'Colours'].map((name) =>
      playground.getByRole('combobox', { name, exact: true })),
    ...['Ratio of training to test data', 'Noise', 'Batch size'].map((name) => playground.getByRole('slider', { name })),
    ...['Show test data', 'Discretize output'].map((name) => playground.getByRole('checkbox', { name })),
    ...['Circle', 'Exclusive or', 'Gaussian', 'Spiral'].map((name) => playground.getByRole('radio', { name, exact: true })),
  ];
  for (const control of native) {
    assert.ok(await control.isVisible(), String(control));
    assert.ok(await control.isDisabled(), String(control));
    assert.equal(await control.getAttribute('title'), LOCKED_TITLE, String(control));
  }
  // Buttons of the diagram keep their focus (a feature's shows it in the output view): aria-disabled.
  const diagram = [
    ...['Feature X₁', 'Feature X₂', 'Feature X₁²'].map((name) => playground.getByRole('button', { name, exact: true })),
    ...['Add a hidden layer', 'Remove a hidden layer', 'Add a neuron to layer 1', 'Remove a neuron from layer 1'].map((name) =>
      playground.getByRole('button', { name, exact: true })),
  ];
  for (const control of diagram) {
    assert.equal(await control.getAttribute('aria-disabled'), 'true', String(control));
    assert.equal(await control.getAttribute('title'), LOCKED_TITLE, String(control));
  }
  // A feature not locked still turns on and off.
  assert.equal(await playground.getByRole('button', { name: 'Feature X₂²', exact: true }).getAttribute('aria-disabled'), null);

  // Clicks, forced past Playwright's own check that a control is enabled (a person's click is not).
  for (const control of [...native, ...diagram]) await control.click({ force: true });
  await playground.getByText('Circle', { exact: true }).click({ force: true });
  assert.deepEqual(await settings(), before, 'no click changed a setting');
  assert.equal(await playground.getByRole('button', { name: 'Play', exact: true }).textContent(), 'Play', 'Play did not start');

  // The keyboard: Tab never reaches a disabled control; Enter and Space on the focusable ones do nothing.
  const focused = [];
  await playground.getByRole('button', { name: 'Feature X₁', exact: true }).focus();
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Shift+Tab');
    focused.push(await page.evaluate(() => document.activeElement?.disabled));
  }
  assert.ok(!focused.includes(true), 'a disabled control took the focus');
  for (const control of diagram) {
    await control.focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Space');
  }
  await playground.getByRole('combobox', { name: 'Learning rate' }).focus();
  await page.keyboard.press('ArrowDown');
  assert.deepEqual(await settings(), before, 'no key changed a setting');
  assert.equal(await playground.getByRole('button', { name: 'Feature X₁', exact: true }).getAttribute('aria-pressed'), 'true');
  assert.equal(await playground.getByRole('button', { name: 'Feature X₁²', exact: true }).getAttribute('aria-pressed'), 'false');
  await playground.getByText('1 hidden layer', { exact: true }).waitFor();

  // Weights and biases: the neuron's panel shows them read-only; a link's value shows the lock, and a click edits nothing.
  await playground.getByRole('button', { name: 'Layer 1 neuron 1', exact: true }).click();
  const bias = playground.getByRole('textbox', { name: 'Bias of layer 1 neuron 1', exact: true });
  const value = await bias.inputValue();
  assert.equal(await bias.isEditable(), false);
  assert.equal(await bias.getAttribute('title'), LOCKED_TITLE);
  await bias.focus();
  await page.keyboard.type('5');
  assert.equal(await bias.inputValue(), value);
  // Enter in a field nothing was typed into closes the panel.
  await page.keyboard.press('Enter');
  await bias.waitFor({ state: 'detached' });
  // The link from X₁ to the first neuron runs straight across, so the middle of its box is on it.
  const link = playground.locator('[data-weight="0,0,0"]');
  await link.hover({ force: true });
  await playground.getByRole('tooltip').filter({ hasText: LOCKED_TITLE }).waitFor();
  await link.click({ force: true });
  assert.equal(await playground.getByRole('textbox').count(), 0, 'no editor opened');
  await close();
});

test('Reset goes back to the preset, not to the defaults; setConfig gives a new preset', { timeout: 90_000 }, async () => {
  const { page, playground, settings, close } = await mounted({ state: PRESET });
  const preset = await settings();
  assert.equal(preset.activation, 'relu');

  await playground.getByRole('combobox', { name: 'Activation' }).selectOption({ label: 'Tanh' });
  await playground.getByRole('combobox', { name: 'Learning rate' }).selectOption({ label: '0.3' });
  await playground.getByRole('button', { name: 'Add a hidden layer' }).click();
  await playground.getByText('2 hidden layers', { exact: true }).waitFor();
  await step(playground, 2);
  await playground.getByRole('button', { name: 'Reset', exact: true }).click();

  await playground.getByText('1 hidden layer', { exact: true }).waitFor();
  await waitForNumber(playground, 'Epoch', (e) => e === 0);
  assert.equal(await playground.getByRole('combobox', { name: 'Activation' }).inputValue(), 'ReLU');
  assert.equal(await playground.getByRole('combobox', { name: 'Learning rate' }).inputValue(), '0.1');
  assert.ok(await playground.getByRole('radio', { name: 'Exclusive or' }).isChecked());
  assert.deepEqual(await settings(), preset);

  // Only a live setting changed: Reset brings it back and trains from epoch 0 again.
  await playground.getByRole('combobox', { name: 'Learning rate' }).selectOption({ label: '0.3' });
  await step(playground, 1);
  await playground.getByRole('button', { name: 'Reset', exact: true }).click();
  await waitForNumber(playground, 'Epoch', (e) => e === 0);
  assert.equal(await playground.getByRole('combobox', { name: 'Learning rate' }).inputValue(), '0.1');

  await page.evaluate(() => globalThis.playground.setConfig({ state: { dataset: 'gauss', learningRate: 0.01, seed: '0.5' } }));
  await playground.getByRole('radio', { name: 'Gaussian', checked: true }).waitFor();
  await playground.getByRole('combobox', { name: 'Learning rate' }).selectOption({ label: '1' });
  await playground.getByRole('button', { name: 'Reset', exact: true }).click();
  assert.equal(await playground.getByRole('combobox', { name: 'Learning rate' }).inputValue(), '0.01');
  assert.ok(await playground.getByRole('radio', { name: 'Gaussian' }).isChecked());
  await close();
});
