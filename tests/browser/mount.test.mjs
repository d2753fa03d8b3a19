// mount(), the entry point lessons and embeds use, on a test page that Vite's dev server serves from
// the sources (tests/browser/pages/mount.html, not part of the site): a playground mounted from a
// state without the URL, destroyed without a trace, and two playgrounds training apart on one page.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { epoch, epochAtRest, shown, step, waitForNumber } from './site.mjs';
import { serveMountPage } from './mountPage.mjs';

const openMountPage = serveMountPage();

/**
 * Mounts a playground from `state`, without the URL hash, into the element `#id`; waits for its
 * first frame. Returns a locator around it and the worker it started.
 */
async function mountInto(page, id, state) {
  const [worker] = await Promise.all([
    page.waitForEvent('worker'),
    page.evaluate(
      ([id, state]) => {
        globalThis.playgrounds ??= {};
        globalThis.playgrounds[id] = globalThis.mount(document.getElementById(id), { state, urlHash: false });
      },
      [id, state],
    ),
  ]);
  const playground = page.locator(`#${id}`);
  await shown(playground);
  return { playground, worker };
}

const destroy = (page, id) => page.evaluate((id) => globalThis.playgrounds[id].destroy(), id);

test('mount(element, {state, urlHash: false}) shows that state and leaves the URL alone; destroy() stops its worker and leaves nothing behind', { timeout: 60_000 }, async () => {
  const { page, close } = await openMountPage();
  const emptyPage = await page.locator('body *').count();
  const { playground, worker } = await mountInto(page, 'first', {
    dataset: 'xor',
    networkShape: [3],
    learningRate: 0.1,
    seed: '0.5',
  });
  assert.ok(await playground.getByRole('radio', { name: 'Exclusive or' }).isChecked());
  await playground.getByText('1 hidden layer', { exact: true }).waitFor();
  assert.equal(await playground.getByLabel('Learning rate', { exact: true }).inputValue(), '0.1');
  await playground.getByLabel('Learning rate', { exact: true }).selectOption({ label: '0.3' });
  await playground.getByRole('button', { name: 'Play' }).click();
  await waitForNumber(playground, 'Epoch', (e) => e >= 10);
  assert.equal(await page.evaluate(() => location.hash), '', 'urlHash: false keeps the settings out of the URL');
  // A neuron's panel open and the mouse over a neuron: whatever they add to the page goes too.
  await playground.getByRole('button', { name: 'Layer 1 neuron 1' }).click();
  await playground.getByRole('textbox', { name: 'Bias of layer 1 neuron 1', exact: true }).waitFor();

  // Destroyed while training.
  const stopped = new Promise((resolve, reject) => {
    worker.once('close', resolve);
    setTimeout(() => reject(new Error('the worker still runs 10 s after destroy()')), 10_000).unref();
  });
  await destroy(page, 'first');
  assert.equal(await page.locator('#first').evaluate((element) => element.childNodes.length), 0);
  assert.equal(await page.locator('body *').count(), emptyPage, 'nothing of the playground is left in the page');
  await stopped;

  // The element takes a new playground, which starts afresh.
  const again = await mountInto(page, 'first', { dataset: 'circle', seed: '0.5' });
  assert.ok(await again.playground.getByRole('radio', { name: 'Circle' }).isChecked());
  assert.equal(await epoch(again.playground), 0);
  await step(again.playground, 1);
  await close();
});

test('two playgrounds on one page train independently, each with its own data, controls and epoch', { timeout: 90_000 }, async () => {
  const { page, close } = await openMountPage();
  const { playground: first } = await mountInto(page, 'first', { dataset: 'circle', seed: '0.1' });
  const { playground: second } = await mountInto(page, 'second', {
    dataset: 'xor',
    networkShape: [8, 4],
    learningRate: 0.1,
    seed: '0.2',
  });
  // Each shows its own settings: one's radio buttons and labels do not reach into the other.
  assert.ok(await first.getByRole('radio', { name: 'Circle' }).isChecked());
  assert.ok(await second.getByRole('radio', { name: 'Exclusive or' }).isChecked());
  assert.equal(await first.getByLabel('Learning rate', { exact: true }).inputValue(), '0.03');
  assert.equal(await second.getByLabel('Learning rate', { exact: true }).inputValue(), '0.1');
  await second.getByRole('button', { name: 'Layer 2 neuron 4' }).waitFor();
  assert.equal(await first.getByRole('button', { name: 'Layer 2 neuron 4' }).count(), 0);

  await first.getByRole('button', { name: 'Play' }).click();
  await waitForNumber(first, 'Epoch', (e) => e >= 20);
  assert.equal(await epochAtRest(second), 0, 'playing one does not advance the other');
  await first.getByRole('button', { name: 'Pause' }).click();
  const firstPaused = await epochAtRest(first);
  await step(second, 3);
  assert.equal(await epochAtRest(first), firstPaused, 'stepping one does not advance the other');

  // A change of data in one rebuilds that one only.
  await second.getByText('Gaussian', { exact: true }).click();
  await second.getByRole('radio', { name: 'Gaussian', checked: true }).waitFor();
  await waitForNumber(second, 'Epoch', (e) => e === 0);
  assert.ok(await first.getByRole('radio', { name: 'Circle' }).isChecked());
  assert.equal(await epochAtRest(first), firstPaused);

  // Both at once; then one destroyed, and the other goes on.
  await first.getByRole('button', { name: 'Play' }).click();
  await second.getByRole('button', { name: 'Play' }).click();
  await waitForNumber(first, 'Epoch', (e) => e >= firstPaused + 10);
  await waitForNumber(second, 'Epoch', (e) => e >= 10);
  await first.getByRole('button', { name: 'Pause' }).click();
  await second.getByRole('button', { name: 'Pause' }).click();
  await destroy(page, 'first');
  const secondPaused = await epochAtRest(second);
  await step(second, 1);
  assert.equal(await epochAtRest(second), secondPaused + 1);
  await close();
});
