// "Download figure" on the built site, as an author making a slide would use it: train, pause,
// download the SVG and the PNG, and read both back (the SVG parsed by the browser, the PNG's size
// and density from its bytes, its pixels drawn).
import assert from 'node:assert/strict';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { epochAtRest, open, screenshot, shown, waitForNumber } from './site.mjs';
import { serveMountPage } from './mountPage.mjs';

const artifacts = new URL('../../test-artifacts/', import.meta.url);
const openMountPage = serveMountPage();

/** Clicks the Download figure button `format` and returns the file's name and bytes; keeps a copy in test-artifacts/. */
async function download(page, format) {
  const group = page.getByRole('group', { name: 'Download figure' });
  const [file] = await Promise.all([page.waitForEvent('download'), group.getByRole('button', { name: format }).click()]);
  const bytes = await readFile(await file.path());
  await mkdir(artifacts, { recursive: true });
  await writeFile(fileURLToPath(new URL(`figure.${format.toLowerCase()}`, artifacts)), bytes);
  return { name: file.suggestedFilename(), bytes };
}

/** Width, height (pixels) and pixels per metre of a PNG, read from its IHDR and pHYs chunks. */
function pngFacts(bytes) {
  assert.equal(bytes.subarray(0, 8).toString('hex'), '89504e470d0a1a0a', 'a PNG signature');
  const facts = {};
  for (let at = 8; at < bytes.length; ) {
    const length = bytes.readUInt32BE(at);
    const type = bytes.toString('latin1', at + 4, at + 8);
    if (type === 'IHDR') Object.assign(facts, { width: bytes.readUInt32BE(at + 8), height: bytes.readUInt32BE(at + 12) });
    if (type === 'pHYs') Object.assign(facts, { perMetre: bytes.readUInt32BE(at + 8), unit: bytes[at + 16] });
    at += 12 + length;
  }
  return facts;
}

test('Download figure saves the network, the decision boundary and the loss as one SVG, and as a PNG at print resolution', { timeout: 120_000 }, async () => {
  // Circle data, 2 inputs, layers of 4 and 2, one output: 9 neurons and 2·4 + 4·2 + 2·1 = 18 links.
  const { page, close } = await open('seed=0.5&dataset=circle&networkShape=4,2&showTestData=true&learningRate=0.03', { acceptDownloads: true });
  await page.getByRole('button', { name: 'Play' }).click();
  await waitForNumber(page, 'Epoch', (e) => e >= 30);
  await page.getByRole('button', { name: 'Pause' }).click();
  const epoch = await epochAtRest(page);
  // The site runs under a strict Content-Security-Policy (img-src 'self' data: blob:, no inline styles):
  // making either file breaks none of it.
  await page.evaluate(() => {
    globalThis.violations = [];
    document.addEventListener('securitypolicyviolation', (event) => globalThis.violations.push(`${event.violatedDirective} ${event.blockedURI}`));
  });

  const svg = await download(page, 'SVG');
  assert.equal(svg.name, `nnplay-circle-${epoch}-epochs.svg`);
  const text = svg.bytes.toString('utf8');
  assert.doesNotMatch(text, /style=|<style/, 'presentation attributes only');
  const read = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const all = (selector) => [...doc.querySelectorAll(selector)];
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      root: doc.documentElement.localName,
      width: Number(doc.documentElement.getAttribute('width')),
      height: Number(doc.documentElement.getAttribute('height')),
      neuronImages: all('g.neuron > image').map((image) => image.getAttribute('xlink:href') ?? ''),
      links: all('g.links > path').length,
      train: all('circle.train').length,
      test: all('circle.test').length,
      heatmap: doc.querySelector('image.heatmap')?.getAttribute('xlink:href') ?? '',
      trainLine: all('polyline.train').map((line) => line.getAttribute('points')).join(' '),
      caption: all('g.caption text').map((line) => line.textContent).join(' · '),
    };
  }, text);
  assert.equal(read.error, null);
  assert.equal(read.root, 'svg');
  assert.equal(read.neuronImages.length, 9);
  assert.ok(read.neuronImages.every((href) => href.startsWith('data:image/png;base64,')));
  assert.equal(read.links, 18);
  // The Playground's 500 circle points, half for training, half for testing (shown).
  assert.equal(read.train, 250);
  assert.equal(read.test, 250);
  assert.ok(read.heatmap.startsWith('data:image/png;base64,'));
  // At one epoch a frame, each frame's history is its epoch: a point for each of epochs 0 to `epoch`,
  // from the plot's left edge to its right (44 to 344 in the panel).
  const points = read.trainLine.split(' ').map((point) => Number(point.split(',')[0]));
  assert.equal(points.length, epoch + 1);
  assert.deepEqual([points[0], points.at(-1)], [44, 344]);
  assert.match(read.caption, /^Circle data, noise 0, 50% for training · inputs X₁, X₂ · 2 hidden layers \(4, 2 neurons\) · Tanh activation · learning rate 0\.03/);
  const shownLoss = await page.getByLabel('Test loss', { exact: true }).textContent();
  assert.ok(read.caption.includes(`Epoch ${epoch.toLocaleString('en')} · test loss ${shownLoss}`), read.caption);

  // The heatmap in the file is the one on screen: the circle's inside blue, its corners orange.
  const heatmap = await page.evaluate(async (href) => {
    const image = new Image();
    image.src = href;
    await image.decode();
    const canvas = Object.assign(document.createElement('canvas'), { width: image.width, height: image.height });
    const context = canvas.getContext('2d');
    context.drawImage(image, 0, 0);
    const at = (x, y) => {
      const [r, , b] = context.getImageData(x, y, 1, 1).data;
      return r - b > 30 ? 'orange' : b - r > 30 ? 'blue' : 'other';
    };
    return { size: image.width, centre: at(image.width / 2, image.height / 2), corner: at(2, 2) };
  }, read.heatmap);
  assert.deepEqual(heatmap, { size: 100, centre: 'blue', corner: 'orange' });

  const png = await download(page, 'PNG');
  assert.equal(png.name, `nnplay-circle-${epoch}-epochs.png`);
  const facts = pngFacts(png.bytes);
  // 4 pixels per CSS pixel of the SVG, said to be 4 × 96 = 384 pixels per inch = 15118 per metre: at the SVG's size, above 300 dpi.
  assert.deepEqual(facts, { width: 4 * read.width, height: 4 * read.height, perMetre: 15118, unit: 1 });
  // The PNG is the figure drawn: white at its corner; at the corner of the boundary's square (placed by its
  // group's translate; no circle point is that far out), the heatmap's orange; each CSS pixel 4 of the PNG's.
  const [left, top] = text.match(/<g transform="translate\(([\d.]+),([\d.]+)\)"><g class="boundary">/).slice(1).map(Number);
  const pixels = await page.evaluate(async ({ base64, square }) => {
    const bitmap = await createImageBitmap(new Blob([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], { type: 'image/png' }));
    const context = Object.assign(document.createElement('canvas'), { width: bitmap.width, height: bitmap.height }).getContext('2d');
    context.drawImage(bitmap, 0, 0);
    const at = (x, y) => [...context.getImageData(x, y, 1, 1).data.slice(0, 3)];
    return { corner: at(2, 2), square: at(...square) };
  }, { base64: png.bytes.toString('base64'), square: [4 * (left + 4), 4 * (top + 4)] });
  assert.deepEqual(pixels.corner, [255, 255, 255]);
  const [r, , b] = pixels.square;
  assert.ok(r - b > 30, `orange at the boundary's corner: ${pixels.square}`);
  assert.deepEqual(await page.evaluate(() => globalThis.violations), []);
  await screenshot(page, 'figure-buttons');
  await close();
});

test('downloadFigure_hide=true hides the figure buttons', { timeout: 60_000 }, async () => {
  const { page, close } = await open('seed=0.5&downloadFigure_hide=true');
  assert.equal(await page.getByRole('group', { name: 'Download figure' }).count(), 0);
  await close();
});

test('a configuration that locks downloadFigure shows the buttons disabled, after the first frame too', { timeout: 60_000 }, async () => {
  const { page, close } = await openMountPage();
  await page.evaluate(() => globalThis.mount(document.getElementById('first'), { state: { seed: '0.5' }, locked: ['downloadFigure'] }));
  const playground = page.locator('#first');
  await shown(playground);
  const group = playground.getByRole('group', { name: 'Download figure' });
  for (const format of ['SVG', 'PNG']) {
    const button = group.getByRole('button', { name: format });
    assert.ok(await button.isDisabled(), format);
    assert.equal(await button.getAttribute('title'), 'Locked by the author of this page');
  }
  await close();
});
