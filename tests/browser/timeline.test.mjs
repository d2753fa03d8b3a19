// The training timeline: scrubbed back to an epoch, the page shows what it showed when training
// passed that epoch (the output map's pixels, every neuron and the weights, the numbers), the
// training is not touched, and Play goes on from the newest epoch. Reset empties the timeline.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { epochAtRest, open, recordEpochs, screenshot, shownEpochs, step, waitForNumber } from './site.mjs';

/** The output map's pixels, kept in the page under `name`. */
const keepMap = (map, name) =>
  map.evaluate((canvas, name) => {
    globalThis.maps ??= {};
    globalThis.maps[name] = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
  }, name);

/** How many bytes of the output map differ from the pixels kept under `name`. */
const mapDifference = (map, name) =>
  map.evaluate((canvas, name) => {
    const now = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
    const kept = globalThis.maps[name];
    let differing = Math.abs(now.length - kept.length);
    for (let i = 0; i < Math.min(now.length, kept.length); i++) if (now[i] !== kept[i]) differing++;
    return differing;
  }, name);

/**
 * What the network diagram shows of the weights: the pixels (a hash of them) of each thumbnail and
 * of the links' canvas, and each bias's colour. The links' dashes move by the time that passes while
 * the weights change; with reduced motion they stand still, so the same weights draw the same pixels.
 */
const networkLook = (network) =>
  network.evaluate((region) => ({
    biases: [...region.querySelectorAll('svg rect[fill]')].map((rect) => rect.getAttribute('fill')),
    canvases: [...region.querySelectorAll('canvas')].map((canvas) => {
      const { data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
      let hash = 0;
      for (let i = 0; i < data.length; i++) hash = (Math.imul(hash, 31) + data[i]) | 0;
      return hash;
    }),
  }));

test('scrubbed back to epoch 3, the page shows what it showed at epoch 3; Play goes on from the newest', { timeout: 240_000 }, async () => {
  const { page, close } = await open('seed=0.5');
  const map = page.getByRole('img', { name: 'Decision boundary' });
  const network = page.getByRole('region', { name: 'Network' });
  const trainingLoss = page.getByLabel('Training loss', { exact: true });
  const timeline = page.getByRole('slider', { name: 'Timeline' });
  assert.equal(await timeline.isVisible(), false, 'nothing to go back to at epoch 0');

  // Step by step to epoch 6, keeping what the page shows at each epoch (with the links' dashes still).
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const seen = [];
  for (let e = 1; e <= 6; e++) {
    await step(page, 1);
    await keepMap(map, `epoch ${e}`);
    seen[e] = { loss: await trainingLoss.textContent(), network: await networkLook(network) };
  }
  await timeline.waitFor();
  assert.equal(await timeline.getAttribute('aria-valuetext'), 'epoch 6, now');

  // Training on, then back to the first epoch and three to the right: training pauses.
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await page.getByRole('button', { name: 'Play' }).click();
  await waitForNumber(page, 'Epoch', (e) => e >= 20);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await timeline.focus();
  await timeline.press('Home');
  await page.getByRole('button', { name: 'Play' }).waitFor();
  for (let i = 0; i < 3; i++) await timeline.press('ArrowRight');
  await waitForNumber(page, 'Epoch', (e) => e === 3);
  const newest = Number((await timeline.getAttribute('aria-valuetext')).match(/^epoch 3 of ([\d,]+)$/)[1].replaceAll(',', ''));
  assert.ok(newest >= 20, `the newest epoch is ${newest}`);
  assert.equal(await mapDifference(map, 'epoch 3'), 0, 'the output map is the one drawn at epoch 3');
  assert.equal(await trainingLoss.textContent(), seen[3].loss);
  assert.deepEqual(await networkLook(network), seen[3].network, 'every neuron and weight as at epoch 3');
  await screenshot(page, 'timeline-epoch-3');
  await page.emulateMedia({ reducedMotion: 'no-preference' });

  // Play goes on from the newest epoch, not from the one shown.
  await recordEpochs(page);
  await page.getByRole('button', { name: 'Play' }).click();
  await waitForNumber(page, 'Epoch', (e) => e > newest + 3);
  await page.getByRole('button', { name: 'Pause' }).click();
  // The frame in flight at Pause may still arrive: read both once the page is at rest.
  const paused = await epochAtRest(page);
  const after = await shownEpochs(page);
  assert.equal(after[0], newest + 1, `epochs shown after Play: ${after.slice(0, 5).join(', ')}`);
  assert.equal(await timeline.getAttribute('aria-valuetext'), `epoch ${paused}, now`);

  // Reset: the timeline is empty again, so hidden.
  await page.getByRole('button', { name: 'Reset' }).click();
  await waitForNumber(page, 'Epoch', (e) => e === 0);
  await timeline.waitFor({ state: 'hidden' });
  await close();
});
