// The Advanced settings as a person uses them: collapsed by default, opened by the "Advanced"
// button, every choice in the URL and back from it; each hidden layer's activation in the
// network's header; an 8 × 32 network drawn without overlaps; the page author's hide and lock.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { epoch, hash, open, openPage, PHONE, shown, siteUrl, step } from './site.mjs';

const LOCKED_TITLE = 'Locked by the author of this page';
const DEEP = 'networkShape=32,32,32,32,32,32,32,32';

test('Advanced opens from its button; Adam, He and a ReLU layer go into the URL, come back from it, and train', { timeout: 90_000 }, async () => {
  const first = await open('seed=0.5');
  let page = first.page;
  const advanced = page.getByRole('button', { name: 'Advanced', exact: true });
  assert.equal(await advanced.getAttribute('aria-expanded'), 'false');
  assert.equal(await page.getByRole('combobox', { name: 'Optimizer' }).count(), 0, 'collapsed: no optimiser');
  assert.equal(await page.getByRole('combobox', { name: 'Activation of layer 1' }).count(), 0, 'collapsed: no layer menus');

  await advanced.click();
  assert.equal(await advanced.getAttribute('aria-expanded'), 'true');
  await page.getByRole('combobox', { name: 'Optimizer' }).selectOption({ label: 'Adam' });
  await page.waitForFunction(() => location.hash.includes('optimizer=adam'));
  await page.getByRole('combobox', { name: 'Adam β₁' }).waitFor();
  await page.getByRole('combobox', { name: 'Initialization' }).selectOption({ label: 'He' });
  await page.waitForFunction(() => location.hash.includes('init=he'));
  await page.getByRole('combobox', { name: 'Activation of layer 1' }).selectOption({ label: 'ReLU' });
  await page.waitForFunction(() => location.hash.includes('layerActivations=relu'));
  const link = await hash(page);
  assert.deepEqual([link.optimizer, link.init, link.layerActivations, link.activation], ['adam', 'he', 'relu', 'tanh']);
  const url = page.url();
  await first.close();

  // The link opens the Advanced part with those choices; the layers' menus show what the engine built.
  const second = await openPage(url);
  page = second.page;
  await shown(page);
  assert.equal(await page.getByRole('button', { name: 'Advanced', exact: true }).getAttribute('aria-expanded'), 'true');
  assert.equal(await page.getByRole('combobox', { name: 'Optimizer' }).inputValue(), 'Adam');
  assert.equal(await page.getByRole('combobox', { name: 'Activation of layer 1' }).inputValue(), 'relu');
  assert.equal(await page.getByRole('combobox', { name: 'Activation of layer 2' }).inputValue(), 'tanh');
  await step(page, 3);
  assert.equal(await epoch(page), 3);
  const loss = Number(await page.getByLabel('Training loss', { exact: true }).textContent());
  assert.ok(Number.isFinite(loss) && loss > 0, `training loss ${loss}`);
  await second.close();
});

test('New weights draws a new seed and keeps the data’s; New data draws a new data seed', { timeout: 60_000 }, async () => {
  const { page, close } = await open('seed=0.5');
  await page.getByRole('button', { name: 'Advanced', exact: true }).click();
  await step(page, 1);
  await page.getByRole('button', { name: 'New weights', exact: true }).click();
  await page.waitForFunction(() => new URLSearchParams(location.hash.slice(1)).get('seed') !== '0.5');
  assert.equal((await hash(page)).dataSeed, '0.5', 'the data keeps the seed it was drawn from');
  assert.equal(await epoch(page), 0);
  await page.getByRole('button', { name: 'New data', exact: true }).click();
  await page.waitForFunction(() => new URLSearchParams(location.hash.slice(1)).get('dataSeed') !== '0.5');
  await close();
});

/** The boxes of `selector` in the page that overlap another of them (none when readable). */
async function overlaps(page, selector) {
  return page.locator(selector).evaluateAll((elements) => {
    const boxes = elements.map((element) => ({ name: element.getAttribute('aria-label') ?? element.textContent, box: element.getBoundingClientRect() }));
    const apart = (a, b) => a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
    return boxes.flatMap((a, i) => boxes.slice(i + 1).filter((b) => !apart(a.box, b.box)).map((b) => `${a.name} / ${b.name}`));
  });
}

for (const [size, viewport] of [['desktop', undefined], ['phone', PHONE]]) {
  test(`an 8 × 32 network on a ${size}: every neuron, header and layer menu apart, squares at least 8 px`, { timeout: 90_000 }, async () => {
    const { page, close } = await open(`seed=0.5&${DEEP}&layerActivations=relu`, viewport ? { viewport } : {});
    await page.getByRole('button', { name: 'Layer 8 neuron 32' }).waitFor();
    assert.equal(await page.locator('.nnplay-net-hidden').count(), 8 * 32);
    assert.deepEqual(await overlaps(page, '.nnplay-net-neuron'), []);
    assert.deepEqual(await overlaps(page, '.nnplay-net-neurons'), []);
    const sides = await page.locator('.nnplay-net-thumbnail').evaluateAll((canvases) => canvases.map((c) => c.getBoundingClientRect().width));
    assert.ok(Math.min(...sides) >= 8, `smallest square ${Math.min(...sides)} px`);
    // A layer has its own activation: its menu is shown, and the ninth layer cannot be added.
    assert.equal(await page.getByRole('combobox', { name: 'Activation of layer 1' }).inputValue(), 'relu');
    assert.equal(await page.getByRole('button', { name: 'Add a hidden layer' }).getAttribute('aria-disabled'), 'true');
    await close();
  });
}

test('the page’s author hides or locks the Advanced settings and the layers’ menus', { timeout: 60_000 }, async () => {
  const hidden = await open('seed=0.5&optimizer=adam&layerActivations=relu&advanced_hide=true&layerActivations_hide=true');
  assert.equal(await hidden.page.getByRole('button', { name: 'Advanced', exact: true }).count(), 0);
  assert.equal(await hidden.page.getByRole('combobox', { name: 'Optimizer' }).count(), 0);
  assert.equal(await hidden.page.getByRole('combobox', { name: 'Activation of layer 1' }).count(), 0);
  await hidden.close();

  const locked = await openPage(`${siteUrl()}embed.html#seed=0.5&optimizer=momentum&advanced_lock=true&layerActivations_lock=true`);
  const { page } = locked;
  await shown(page);
  // The part opens (the link set the optimiser); what is inside is shown but cannot change.
  const controls = [
    ...['Optimizer', 'Momentum', 'Loss', 'Output activation', 'Initialization', 'Activation of layer 1'].map((name) =>
      page.getByRole('combobox', { name, exact: true })),
    page.getByRole('checkbox', { name: 'Standardize inputs' }),
    ...['New weights', 'New data'].map((name) => page.getByRole('button', { name, exact: true })),
  ];
  for (const control of controls) {
    assert.ok(await control.isDisabled(), String(control));
    assert.equal(await control.getAttribute('title'), LOCKED_TITLE, String(control));
  }
  await locked.close();
});
