// What every browser test file shares: the built site (dist/) served by vite preview, one Chromium,
// and helpers to open the page and read it as a person would.
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

export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 390, height: 844 };

/**
 * Opens the page at `hash` (Playground keys, without "#") and waits for the first frame. Returns the
 * page and `close()`, which fails the test if the page logged an error.
 */
export async function open(hash = '', { viewport = DESKTOP, ...options } = {}) {
  const page = await browser.newPage({ viewport, ...options });
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await page.goto(`${server.resolvedUrls.local[0]}${hash ? `#${hash}` : ''}`);
  await page.getByLabel('Epoch', { exact: true }).filter({ hasText: /\d/ }).waitFor();
  await page.getByRole('img', { name: 'Decision boundary' }).waitFor();
  return {
    page,
    async close() {
      await page.close();
      assert.deepEqual(errors, []);
    },
  };
}

/** The number the Epoch counter shows. */
export async function epoch(page) {
  return Number((await page.getByLabel('Epoch', { exact: true }).textContent()).replaceAll(',', ''));
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
