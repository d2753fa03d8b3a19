// The built site (dist/) in Chromium, used as a person would: press Play, watch it learn, press Pause.
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { after, before, test } from 'node:test';
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

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

test('Play trains the circle network until the test loss is low, and Pause stops it', { timeout: 120_000 }, async () => {
  const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await page.goto(server.resolvedUrls.local[0]);

  const epoch = page.getByLabel('Epoch');
  const testLoss = page.getByLabel('Test loss');
  await page.waitForFunction((el) => el.value === '0', await epoch.elementHandle());

  await page.getByRole('button', { name: 'Play' }).click();
  await page.waitForFunction((el) => Number(el.value) < 0.1, await testLoss.elementHandle(), { timeout: 90_000 });

  const heatmap = page.getByRole('img', { name: 'Decision boundary' });
  // The circle's inside is the positive (blue) class: a learnt boundary is blue in the middle and
  // orange in the corners, and neither colour is a sliver.
  const { orange, blue, total, centre, corner } = await heatmap.evaluate((canvas) => {
    const { width, height } = canvas;
    const { data } = canvas.getContext('2d').getImageData(0, 0, width, height);
    const colour = (i) => (data[i] - data[i + 2] > 60 ? 'orange' : data[i + 2] - data[i] > 60 ? 'blue' : 'other');
    const counts = { orange: 0, blue: 0, other: 0, total: data.length / 4 };
    for (let i = 0; i < data.length; i += 4) counts[colour(i)]++;
    const at = (x, y) => colour(4 * (Math.round(y) * width + Math.round(x)));
    return { ...counts, centre: at(width / 2, height / 2), corner: at(3, 3) };
  });
  assert.equal(centre, 'blue');
  assert.equal(corner, 'orange');
  assert.ok(orange > total * 0.05 && blue > total * 0.05, `orange ${orange}, blue ${blue} of ${total} pixels`);

  await mkdir(artifacts, { recursive: true });
  await page.screenshot({ path: fileURLToPath(new URL('playground.png', artifacts)), fullPage: true });

  await page.getByRole('button', { name: 'Pause' }).click();
  await page.getByRole('button', { name: 'Play' }).waitFor();
  await sleep(300); // frames already on their way still arrive
  const paused = await epoch.textContent();
  await sleep(700);
  assert.equal(await epoch.textContent(), paused);
  assert.ok(Number(paused) > 0);

  assert.deepEqual(errors, []);
  await page.close();
});
