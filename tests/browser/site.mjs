// What every browser test file shares: the built site (dist/) served by vite preview, one Chromium,
// and helpers to open a page and read a playground as a person would.
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { after, before } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { preview } from 'vite';

const artifacts = new URL('../../test-artifacts/', import.meta.url);
let server;
let browser;

before(async () => {
  server = await preview({
    configFile: fileURLToPath(new URL('../../web/vite.config.ts', import.meta.url)),
    preview: { port: 0 },
    logLevel: 'warn',
  });
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** The address of the built site (ends with "/"). */
export const siteUrl = () => server.resolvedUrls.local[0];

export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 390, height: 844 };

/**
 * Opens `url` in a new page of the shared Chromium. Returns the page and `close()`, which fails the
 * test if the page logged an error. The site's first-visit tour counts as seen, unless `firstVisit`.
 */
export async function openPage(url, { viewport = DESKTOP, firstVisit = false, ...options } = {}) {
  const page = await browser.newPage({ viewport, ...options });
  // about:blank (after Back from the tab's first page) has no storage: nothing to mark there.
  if (!firstVisit) await page.addInitScript(() => location.protocol.startsWith('http') && localStorage.setItem('nnplay-tour', 'done'));
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await page.goto(url);
  return {
    page,
    async close() {
      await page.close();
      assert.deepEqual(errors, []);
    },
  };
}

/** Opens the built site at `hash` (Playground keys, without "#") and waits for the first frame. */
export async function open(hash = '', options = {}) {
  const opened = await openPage(`${server.resolvedUrls.local[0]}${hash ? `#${hash}` : ''}`, options);
  await shown(opened.page);
  return opened;
}

/** Waits for a playground's first frame (`scope`: the page, or a locator around one playground). */
export async function shown(scope) {
  await scope.getByLabel('Epoch', { exact: true }).filter({ hasText: /\d/ }).waitFor();
  await scope.getByRole('img', { name: 'Decision boundary' }).waitFor();
}

/** The number the Epoch counter shows (`page`: the page, or a locator around one playground). */
export async function epoch(page) {
  return Number((await page.getByLabel('Epoch', { exact: true }).textContent()).replaceAll(',', ''));
}

/**
 * The epoch of a paused playground (`scope`: the page, or a locator around one playground), read
 * from two frames the page demonstrably drew after asking the worker: hovering the output neuron
 * makes the worker draw a still frame (its caption appears), leaving it makes another (the caption
 * goes). Frames already on their way arrive before these. Fails if the two show different epochs:
 * a worker still training would have trained in between.
 */
export async function epochAtRest(scope) {
  const page = 'mouse' in scope ? scope : scope.page();
  const caption = scope.getByText('Showing the output neuron', { exact: true });
  // A frame still showing the output neuron (hovered or focused a moment ago) is replaced first.
  await caption.waitFor({ state: 'hidden' });
  await scope.getByRole('button', { name: 'Output neuron', exact: true }).hover();
  await caption.waitFor();
  const shown = await epoch(scope);
  await page.mouse.move(0, 0);
  await caption.waitFor({ state: 'hidden' });
  assert.equal(await epoch(scope), shown, 'the epoch went on between two frames drawn while paused');
  return shown;
}

/**
 * Records every epoch the counter of `scope` shows from now on (each drawn frame changes it), read
 * back with `shownEpochs(scope)`.
 */
export async function recordEpochs(scope) {
  await scope.getByLabel('Epoch', { exact: true }).evaluate((output) => {
    output.shownEpochs = [];
    const record = () => output.shownEpochs.push(Number(output.textContent.replaceAll(',', '')));
    new MutationObserver(record).observe(output, { childList: true, characterData: true, subtree: true });
  });
}

/** The epochs shown since `recordEpochs(scope)`, repeats of the same number counted once. */
export async function shownEpochs(scope) {
  const all = await scope.getByLabel('Epoch', { exact: true }).evaluate((output) => output.shownEpochs);
  return all.filter((value, i) => i === 0 || value !== all[i - 1]);
}

/** Steps a paused playground `n` epochs, one click at a time, waiting for each. */
export async function step(scope, n) {
  const start = await epoch(scope);
  for (let i = 1; i <= n; i++) {
    await scope.getByRole('button', { name: 'Step', exact: true }).click();
    await waitForNumber(scope, 'Epoch', (e) => e === start + i);
  }
}

/** Waits until the number shown by the output labelled `label` passes `test`, and returns it. */
export async function waitForNumber(page, label, test, timeout = 30_000) {
  const output = page.getByLabel(label, { exact: true });
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = Number((await output.textContent()).replace(/[,%]/g, ''));
    if (test(value)) return value;
    if (Date.now() > deadline) throw new Error(`${label} is still ${value} after ${timeout} ms`);
    await sleep(25);
  }
}

/** The URL hash as a map of its keys. */
export async function hash(page) {
  return Object.fromEntries(new URLSearchParams((await page.evaluate(() => location.hash)).slice(1)));
}

/**
 * Counts a canvas's pixels by hue under the Playground's scheme: orange (red well above blue),
 * blue (blue well above red), other; also `at(x, y)` of its centre and top-left corner.
 */
export async function colours(locator) {
  return locator.evaluate((canvas) => {
    const { width, height } = canvas;
    const { data } = canvas.getContext('2d').getImageData(0, 0, width, height);
    const colour = (i) => (data[i] - data[i + 2] > 60 ? 'orange' : data[i + 2] - data[i] > 60 ? 'blue' : 'other');
    const counts = { orange: 0, blue: 0, other: 0, total: data.length / 4 };
    for (let i = 0; i < data.length; i += 4) counts[colour(i)]++;
    const at = (x, y) => colour(4 * (Math.round(y) * width + Math.round(x)));
    return { ...counts, centre: at(width / 2, height / 2), corner: at(3, 3) };
  });
}

/** A canvas's pixels as one string, to tell whether two drawings differ. */
export async function pixels(locator) {
  return locator.evaluate((canvas) => {
    const { data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
    let hash = 0;
    for (let i = 0; i < data.length; i++) hash = (Math.imul(hash, 31) + data[i]) | 0;
    return hash;
  });
}

/** Waits until a canvas's pixels differ from `before` (a `pixels` result). */
export async function waitForRedraw(locator, before, timeout = 10_000) {
  const deadline = Date.now() + timeout;
  while ((await pixels(locator)) === before) {
    if (Date.now() > deadline) throw new Error(`the canvas did not change in ${timeout} ms`);
    await sleep(25);
  }
}

export async function screenshot(page, name) {
  await mkdir(artifacts, { recursive: true });
  await page.screenshot({ path: fileURLToPath(new URL(`${name}.png`, artifacts)), fullPage: true });
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Opens lesson `number` of the built site's Learn page (learn/#N) and waits for its heading. */
export async function openLesson(number, options = {}) {
  const opened = await openPage(`${server.resolvedUrls.local[0]}learn/#${number}`, options);
  await opened.page.getByRole('heading', { level: 1, name: new RegExp(`^${number}\\. `) }).waitFor();
  return opened;
}
