// Models in and out, as a learner uses them: "Model and files" opens Download model, Load model,
// Download loss history and Download picture. A downloaded model is checked against the native
// CLI (`nnplay eval`, an independent front end of the engine) on the same data; bad files leave
// the experiment as it was; a loaded model gives the predictions it was saved with, and a reload
// of the page keeps it.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { epochAtRest, open, shown, step, waitForNumber } from './site.mjs';
import { serveMountPage } from './mountPage.mjs';

const openMountPage = serveMountPage();
const cli = fileURLToPath(new URL('../../build/cli/nnplay', import.meta.url));

/** Circle data with noise, a 4-2 network; the data follow the seed, so two playgrounds with it have the same data and weights. */
const STATE = { seed: '0.25', dataset: 'circle', noise: 20, networkShape: [4, 2], learningRate: 0.03 };

/** Opens "Model and files" in `scope` (once). */
async function openFiles(scope) {
  const toggle = scope.getByRole('button', { name: 'Model and files' });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
}

/** Clicks the button `name` of `scope` and returns the downloaded file's name and bytes. */
async function download(page, scope, name) {
  await openFiles(scope);
  const [file] = await Promise.all([page.waitForEvent('download'), scope.getByRole('button', { name, exact: true }).click()]);
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

/** Loads a file named `name` holding `text` through `scope`'s Load model button, as a person picks a file. */
async function loadFile(page, scope, name, text) {
  await openFiles(scope);
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), scope.getByRole('button', { name: 'Load model', exact: true }).click()]);
  await chooser.setFiles(text.path ?? { name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

/** A file of `megabytes` MB on disk (Playwright passes files over 50 MB only by path). */
async function largeFile(name, megabytes) {
  const path = join(await mkdtemp(join(tmpdir(), 'nnplay-')), name);
  await writeFile(path, Buffer.alloc(megabytes * 1024 * 1024, ' '));
  return { path };
}

/** The losses and accuracies of the playground `name` (a global of the page), as the engine gave them. */
const statsOf = (page, name) =>
  page.evaluate((name) => {
    const { trainLoss, testLoss, trainAccuracy, testAccuracy, epoch } = globalThis[name].stats();
    return { trainLoss, testLoss, trainAccuracy, testAccuracy, epoch };
  }, name);

test('a downloaded model gives nnplay eval the page’s accuracy on the same data; bad files change nothing; a good one gives the same predictions', { timeout: 180_000 }, async (t) => {
  if (!existsSync(cli)) return t.skip('build/cli/nnplay is not built (bash scripts/build.sh native)');
  const { page, close } = await openMountPage({ acceptDownloads: true });
  await page.evaluate((state) => {
    globalThis.trained = mount(document.getElementById('first'), { state });
    globalThis.fresh = mount(document.getElementById('second'), { state });
  }, STATE);
  const [first, second] = [page.locator('#first'), page.locator('#second')];
  await shown(first);
  await shown(second);
  // Collapsed at first: the Playground's screen is as it was.
  assert.equal(await first.getByRole('button', { name: 'Download model' }).isVisible(), false);

  await step(first, 15);
  const epoch = await epochAtRest(first);
  const trained = await statsOf(page, 'trained');
  assert.equal(trained.epoch, epoch);
  const model = await download(page, first, 'Download model');
  assert.equal(model.name, `nnplay-circle-${epoch}-epochs.model.json`);
  const file = JSON.parse(model.bytes.toString('utf8'));
  assert.equal(file.format, 'nnplay-model');
  assert.equal(file.training.epoch, epoch);

  // The CLI generates the model's data again (the whole of it) from what its file says it trained on.
  const { name, noise, seed } = file.training.config.dataset;
  assert.deepEqual([name, noise], ['circle', 0.2]);
  const artifacts = new URL('../../test-artifacts/', import.meta.url);
  await mkdir(artifacts, { recursive: true });
  const path = fileURLToPath(new URL('models-circle.model.json', artifacts));
  await writeFile(path, model.bytes);
  const { stdout } = await promisify(execFile)(cli, ['eval', '--model', path, '--dataset', name, '--noise', String(noise), '--seed', String(seed)]);
  assert.match(stdout, /^examples {2}500$/m);
  const accuracy = Number(stdout.match(/^accuracy {2}([\d.]+)$/m)[1]);
  // 500 points, percTrainData 50: 250 train and 250 test, so the whole data's accuracy is their mean.
  t.diagnostic(`nnplay eval: accuracy ${accuracy}; the page: train ${trained.trainAccuracy}, test ${trained.testAccuracy}`);
  assert.ok(Math.abs(accuracy - (trained.trainAccuracy + trained.testAccuracy) / 2) <= 1e-6, `${accuracy} vs ${JSON.stringify(trained)}`);

  // The second playground, same data and initial weights, at epoch 0: bad files leave it as it was.
  const before = await statsOf(page, 'fresh');
  const settings = await page.evaluate(() => globalThis.fresh.getConfig().state);
  assert.notDeepEqual(before, trained);
  const broken = structuredClone(file);
  broken.layers[1].weights[0] = broken.layers[1].weights[0].slice(0, 3);
  const bad = [
    ['notes.json', 'label,x\n1,2', /notes\.json was not loaded: This file is not a model: it is not JSON, .* The experiment is as it was\./],
    ['future.json', JSON.stringify({ ...file, version: 2 }), /future\.json was not loaded: This model file is version 2; this page reads version 1\./],
    // The engine's own check of the shapes (docs/model-format.md): the second layer has 4 inputs.
    ['broken.json', JSON.stringify(broken), /broken\.json was not loaded: .*model\.layers\[1\]\.weights\[0\] has 3 numbers, but 4 are needed/],
    // Refused by its size before it is read.
    ['huge.json', await largeFile('huge.json', 100), /huge\.json was not loaded: it is 100 MB, and a model file is at most 10 MB\. The experiment is as it was\./],
  ];
  for (const [name, text, message] of bad) {
    await loadFile(page, second, name, text);
    await second.getByText(message).waitFor();
    assert.deepEqual(await statsOf(page, 'fresh'), before, name);
    assert.deepEqual(await page.evaluate(() => globalThis.fresh.getConfig().state), settings, name);
  }

  await loadFile(page, second, 'circle.model.json', model.bytes.toString('utf8'));
  await page.waitForFunction(() => globalThis.fresh.getConfig().state.model !== '');
  // Waits for the loaded model's frame; if it never comes, the comparison below says what differs.
  await page.waitForFunction(({ trainLoss }) => globalThis.fresh.stats().trainLoss === trainLoss, trained, { timeout: 30_000 }).catch(() => {});
  // Same weights on the same data: the same losses and accuracies, at the model's start (epoch 0).
  assert.deepEqual(await statsOf(page, 'fresh'), { ...trained, epoch: 0 });
  await close();
});

test('Download loss history is the chart’s losses as CSV; Download picture is the map with its points as PNG', { timeout: 120_000 }, async () => {
  const { page, close } = await open('seed=0.5&dataset=xor&networkShape=4&showTestData=true', { acceptDownloads: true });
  await step(page, 5);
  const epoch = await epochAtRest(page);
  const losses = await download(page, page, 'Download loss history');
  assert.equal(losses.name, `nnplay-xor-${epoch}-epochs.loss-history.csv`);
  const [header, ...rows] = losses.bytes.toString('utf8').trimEnd().split('\n');
  assert.equal(header, 'epoch,train loss,test loss');
  const table = rows.map((row) => row.split(',').map(Number));
  // Epoch 0 (the network before training) and each of the epochs stepped.
  assert.deepEqual(table.map(([e]) => e), Array.from({ length: epoch + 1 }, (_, i) => i));
  const shownLoss = Number(await page.getByLabel('Test loss', { exact: true }).textContent());
  assert.ok(Math.abs(table.at(-1)[2] - shownLoss) <= 0.0005, `the last test loss ${table.at(-1)[2]} is the ${shownLoss} on screen`);

  const picture = await download(page, page, 'Download picture');
  assert.equal(picture.name, `nnplay-xor-${epoch}-epochs.png`);
  // The PNG is the map as drawn on screen (the boundary and the points, train and test), pixel for pixel.
  const difference = await page.evaluate(async (bytes) => {
    const image = await createImageBitmap(new Blob([new Uint8Array(bytes)], { type: 'image/png' }));
    const map = document.querySelector('canvas.nnplay-heatmap');
    const canvas = new OffscreenCanvas(image.width, image.height);
    canvas.getContext('2d').drawImage(image, 0, 0);
    const got = canvas.getContext('2d').getImageData(0, 0, image.width, image.height).data;
    const want = map.getContext('2d').getImageData(0, 0, map.width, map.height).data;
    let most = 0;
    for (let i = 0; i < want.length; i++) most = Math.max(most, Math.abs(got[i] - want[i]));
    return { size: [image.width, image.height], map: [map.width, map.height], most };
  }, [...picture.bytes]);
  assert.deepEqual(difference.size, difference.map);
  assert.equal(difference.most, 0);
  await close();
});

test('a loaded model is in the link and stays through a reload of the page', { timeout: 120_000 }, async () => {
  const hash = 'seed=0.75&dataset=gauss&networkShape=3';
  const { page, close } = await open(hash, { acceptDownloads: true });
  await step(page, 8);
  await epochAtRest(page);
  const trainedLoss = await page.getByLabel('Test loss', { exact: true }).textContent();
  const model = await download(page, page, 'Download model');
  await page.getByRole('button', { name: 'Reset' }).click();
  await waitForNumber(page, 'Epoch', (e) => e === 0);
  await loadFile(page, page, 'gauss.model.json', model.bytes.toString('utf8'));
  await page.waitForFunction(() => /[#&]model=model-/.test(location.hash));
  await page.getByLabel('Test loss', { exact: true }).filter({ hasText: trainedLoss }).waitFor();
  await page.reload();
  await shown(page);
  assert.match(page.url(), /[#&]model=model-/);
  assert.equal(await page.getByLabel('Test loss', { exact: true }).textContent(), trainedLoss);
  // Each page of the tests is a browser of its own: there, the link's model is not stored.
  const elsewhere = await open(new URL(page.url()).hash.slice(1));
  await elsewhere.page.getByText(/This link names a model loaded in another browser .* the network starts from new weights/).waitFor();
  await elsewhere.close();
  await close();
});

test('the buttons honour the page author’s locks and hidden controls', { timeout: 60_000 }, async () => {
  const { page, close } = await openMountPage();
  await page.evaluate(() =>
    globalThis.mount(document.getElementById('first'), { state: { seed: '0.5', hidden: ['downloadPicture'] }, locked: ['loadModel', 'downloadModel'] }),
  );
  await shown(page);
  await openFiles(page);
  for (const name of ['Load model', 'Download model']) {
    const locked = page.getByRole('button', { name, exact: true });
    assert.equal(await locked.isDisabled(), true, name);
    assert.equal(await locked.getAttribute('title'), 'Locked by the author of this page');
  }
  assert.equal(await page.getByRole('button', { name: 'Download loss history' }).isEnabled(), true);
  assert.equal(await page.getByRole('button', { name: 'Download picture' }).count(), 0);
  await close();
});
