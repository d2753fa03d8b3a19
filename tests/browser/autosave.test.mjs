// Autosave (web/src/autosave/): a reload brings the experiment back exactly as it was (epoch,
// losses, chart) with a note and Start fresh; a link to another experiment opens what it says; a
// worker that is terminated is restarted with the experiment and the page says so.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { epoch, epochAtRest, hash, open, screenshot, shown, siteUrl, step, waitForNumber } from './site.mjs';

/** Before the page's scripts: every Worker the page makes, so the test can terminate one. */
function recordWorkers() {
  globalThis.workers = [];
  const NativeWorker = Worker;
  globalThis.Worker = class extends NativeWorker {
    constructor(...args) {
      super(...args);
      globalThis.workers.push(this);
    }
  };
}

/** The save of this page as IndexedDB holds it, or null. */
function savedOf(page) {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const opening = indexedDB.open('nnplay-autosave', 1);
        opening.onupgradeneeded = () => opening.result.createObjectStore('experiments');
        opening.onerror = () => reject(opening.error);
        opening.onsuccess = () => {
          const database = opening.result;
          const reading = database.transaction('experiments').objectStore('experiments').get(location.pathname);
          reading.onsuccess = () => {
            database.close();
            resolve(reading.result ?? null);
          };
          reading.onerror = () => reject(reading.error);
        };
      }),
  );
}

/** Waits until the page's save is of `epoch`. */
async function savedAt(page, epoch) {
  while ((await savedOf(page))?.resume?.epoch !== epoch) await page.waitForTimeout(50);
}

/**
 * What the page shows of the training: the epoch, both losses, the loss chart's pixels and the
 * decision boundary's (the network's output everywhere: the same pixels, the same weights).
 */
async function training(page) {
  const text = (label) => page.getByLabel(label, { exact: true }).textContent();
  const chart = await page.getByRole('img', { name: /^Loss chart/ }).locator('canvas').screenshot();
  const boundary = await page.getByRole('img', { name: 'Decision boundary' }).screenshot();
  return { epoch: await epoch(page), train: await text('Training loss'), test: await text('Test loss'), chart, boundary };
}

test('reload restores the experiment exactly; Start fresh forgets it; a link to another experiment opens the link, a bare address the save; a worker that dies is restarted', { timeout: 90_000 }, async () => {
  const { page, close } = await open('seed=0.5&networkShape=4,2&learningRate=0.1');
  await page.addInitScript(recordWorkers);
  await page.reload();
  await shown(page);
  await page.getByRole('button', { name: 'Play' }).click();
  await waitForNumber(page, 'Epoch', (e) => e > 150);
  await page.getByRole('button', { name: 'Pause' }).click();
  const paused = await epochAtRest(page);
  const before = await training(page);
  assert.equal(before.epoch, paused);
  await savedAt(page, paused);

  await page.reload();
  const note = page.getByRole('status').filter({ hasText: /^Restored your experiment from / });
  await note.waitFor();
  await waitForNumber(page, 'Epoch', (e) => e === paused);
  const after = await training(page);
  assert.deepEqual({ ...after, chart: null, boundary: null }, { ...before, chart: null, boundary: null }, 'the same epoch and losses');
  assert.ok(after.chart.equals(before.chart), 'the same loss chart, pixel for pixel');
  assert.ok(after.boundary.equals(before.boundary), 'the same decision boundary, pixel for pixel');
  await screenshot(page, 'autosave-restored');
  // Training goes on from there.
  await step(page, 1);

  await note.getByRole('button', { name: 'Start fresh' }).click();
  await waitForNumber(page, 'Epoch', (e) => e === 0);
  await note.waitFor({ state: 'hidden' });
  assert.ok([null, 0].includes((await savedOf(page))?.resume?.epoch ?? null), 'the save is gone, or of epoch 0');

  // The save now is of epoch 3 of this experiment; a link to another learning rate opens the link.
  await step(page, 3);
  await page.goto('about:blank');
  await page.goto(`${siteUrl()}#seed=0.5&networkShape=4,2&learningRate=0.3`);
  await shown(page);
  await page.waitForFunction(() => location.hash.includes('learningRate=0.3'));
  // Once the page has decided, it keeps the experiment it shows: the link's.
  for (;;) {
    const saved = await savedOf(page);
    if (saved && `#${saved.hash}` === (await page.evaluate(() => location.hash))) break;
  }
  assert.equal(await epoch(page), 0);
  assert.equal(await page.getByText(/^Restored your experiment/).count(), 0);
  await step(page, 4);
  const linked = await training(page);

  // A bare address (no experiment named) restores too, chart and all.
  await page.goto('about:blank');
  await page.goto(siteUrl());
  await page.getByRole('status').filter({ hasText: /^Restored your experiment from / }).waitFor();
  await waitForNumber(page, 'Epoch', (e) => e === 4);
  const bare = await training(page);
  assert.match(await page.evaluate(() => location.hash), /learningRate=0\.3/);
  assert.deepEqual({ ...bare, chart: null, boundary: null }, { ...linked, chart: null, boundary: null });
  assert.ok(bare.chart.equals(linked.chart), 'the same loss chart, pixel for pixel');
  assert.ok(bare.boundary.equals(linked.boundary), 'the same decision boundary, pixel for pixel');

  // The worker dies: a new one takes the experiment where the page showed it.
  const at = await epochAtRest(page);
  await page.evaluate(() => globalThis.workers.at(-1).terminate());
  const restarted = page.getByRole('status').filter({ hasText: `The training engine stopped and was restarted; your experiment was restored at epoch ${at}.` });
  await restarted.waitFor({ timeout: 15_000 });
  assert.equal(await page.evaluate(() => globalThis.workers.length), 2);
  assert.equal(await epoch(page), at);
  await step(page, 1);

  // A worker that fails (its engine trapped: worker.ts reports the error) is restarted the same way.
  await page.evaluate(() => globalThis.workers.at(-1).dispatchEvent(new ErrorEvent('error', { message: 'Uncaught RuntimeError: Aborted(OOM)' })));
  await page.getByRole('status').filter({ hasText: `your experiment was restored at epoch ${at + 1}.` }).waitFor();
  assert.equal(await page.evaluate(() => globalThis.workers.length), 3);
  await step(page, 1);
  await close();
});

test('with Adam and a partial batch carried, a reload and a restarted worker train on exactly as a page never interrupted', { timeout: 90_000 }, async () => {
  // Batch 7 leaves a partial batch at the end of each epoch; Adam's moments and step count, and the
  // shuffle's generator, all matter for the next epochs: the save keeps them (Resume.training).
  const experiment = 'seed=0.5&networkShape=4,2&optimizer=adam&learningRate=0.03&batchSize=7';
  const { page, close } = await open(experiment);
  await page.addInitScript(recordWorkers);
  await page.reload();
  await shown(page);
  await step(page, 6);
  await savedAt(page, 6);
  assert.ok((await savedOf(page)).resume.training instanceof Float32Array, 'the save holds the training state');
  await page.reload();
  await page.getByRole('status').filter({ hasText: /^Restored your experiment from / }).waitFor();
  await waitForNumber(page, 'Epoch', (e) => e === 6);
  await step(page, 4);
  const reloaded = await training(page);
  await page.evaluate(() => globalThis.workers.at(-1).terminate());
  await page.getByRole('status').filter({ hasText: 'your experiment was restored at epoch 10.' }).waitFor({ timeout: 15_000 });
  await step(page, 3);
  const restarted = await training(page);

  const uninterrupted = await open(experiment);
  await step(uninterrupted.page, 10);
  const atTen = await training(uninterrupted.page);
  assert.deepEqual({ ...reloaded, chart: null, boundary: null }, { ...atTen, chart: null, boundary: null }, 'the same losses at epoch 10');
  assert.ok(reloaded.boundary.equals(atTen.boundary), 'the same decision boundary at epoch 10, pixel for pixel');
  await step(uninterrupted.page, 3);
  const atThirteen = await training(uninterrupted.page);
  assert.deepEqual({ ...restarted, chart: null, boundary: null }, { ...atThirteen, chart: null, boundary: null }, 'the same losses at epoch 13');
  assert.ok(restarted.boundary.equals(atThirteen.boundary), 'the same decision boundary at epoch 13, pixel for pixel');
  await uninterrupted.close();
  await close();
});

/** Clicks the output map at data coordinates (x, y), as tests/browser/ownData.test.mjs does. */
async function clickMap(page, x, y) {
  const box = await page.locator('.nnplay-map-overlay').boundingBox();
  const size = box.width - 2;
  await page.mouse.click(box.x + 1 + ((x + 6) / 12) * size, box.y + 1 + ((6 - y) / 12) * size);
}

test('data of your own comes back with the experiment, even when the browser has given up its stored copy', { timeout: 60_000 }, async () => {
  const { page, close } = await open('seed=0.3&learningRate=0.3');
  await page.getByRole('button', { name: 'Your own data' }).click();
  await page.getByRole('button', { name: 'Draw data' }).click();
  await page.getByRole('button', { name: 'Clear', exact: true }).click();
  await page.getByRole('radio', { name: 'Class 2' }).check();
  for (const [x, y] of [[2, 2], [3, 3]]) await clickMap(page, x, y);
  await page.getByRole('radio', { name: 'Class 1' }).check();
  for (const [x, y] of [[-2, -2], [-3, -3]]) await clickMap(page, x, y);
  await page.locator('.nnplay-draw-status').filter({ hasText: '4 points.' }).waitFor();
  await page.getByRole('button', { name: 'Done', exact: true }).click();
  const key = (await hash(page)).customData;
  assert.match(key, /^data-/);
  await step(page, 5);
  const before = await training(page);
  await savedAt(page, 5);

  await page.evaluate(() => Object.keys(localStorage).filter((name) => name.startsWith('nnplay-stored')).forEach((name) => localStorage.removeItem(name)));
  await page.reload();
  await page.getByRole('status').filter({ hasText: /^Restored your experiment from / }).waitFor();
  await waitForNumber(page, 'Epoch', (e) => e === 5);
  const after = await training(page);
  assert.deepEqual({ ...after, chart: null, boundary: null }, { ...before, chart: null, boundary: null });
  assert.ok(after.boundary.equals(before.boundary), 'the same weights over the same data');
  assert.equal((await hash(page)).customData, key);
  assert.notEqual(await page.evaluate((name) => localStorage.getItem(`nnplay-stored:${name}`), key), null, 'the data is stored again');
  await close();
});
