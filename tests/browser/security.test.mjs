// Security as an attacker tries it: markup that would run script if it were ever inserted as HTML is
// put into every way text enters the page (the URL hash, a CSV's cells, a model file's names, a host
// page's messages). Each test first waits until the page shows the text (so the payload did reach
// it), then checks that no element of it exists and that it never ran. A last test records every
// request of a whole visit (playground, every lesson, embed) and asserts none leaves the site.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { serveStatic } from './staticServer.mjs';
import { open, openPage, shown, siteUrl } from './site.mjs';

/** Markup that sets window.__pwned when parsed as HTML; each element it makes carries data-pwn. */
const PAYLOAD = '<img src=x onerror=window.__pwned=1 data-pwn><svg onload=window.__pwned=1 data-pwn></svg>';
/** The payload's start: the page may shorten a long value, never drop its beginning. */
const SHOWN = '<img src=x onerror=';

/** Fails if `frame` (a page or a frame) has an element of the payload or ran its script. */
async function assertInert(frame, where) {
  const found = await frame.evaluate(() => ({ elements: document.querySelectorAll('[data-pwn]').length, pwned: window.__pwned ?? null }));
  assert.deepEqual(found, { elements: 0, pwned: null }, where);
}

test('script in the URL hash (values, unknown keys, a goal message of an embed link) is shown as text and never runs', { timeout: 60_000 }, async () => {
  const evil = encodeURIComponent(PAYLOAD);
  const { page, close } = await open(`dataset=${evil}&seed=${evil}&${evil}=1&learningRate=${evil}`);
  await page.getByText(`The link's dataset=${SHOWN}`, { exact: false }).waitFor();
  await assertInert(page, 'site');
  await close();

  const embed = await openPage(`${siteUrl()}embed.html#dataset=xor&seed=0.5&goal=epoch,atLeast,1,1,${evil}goal&networkShape=${evil}`);
  await shown(embed.page);
  await embed.page.getByText(`The link's networkShape=${SHOWN}`, { exact: false }).waitFor();
  await embed.page.getByRole('button', { name: 'Step', exact: true }).click();
  await embed.page.getByText(`${PAYLOAD}goal`, { exact: false }).first().waitFor({ state: 'attached' });
  await assertInert(embed.page, 'embed');
  await embed.close();
});

test('script in a model file (its label, neuron names, file name and an activation) and in a CSV (file name, column names, a text column, class labels) stays text', { timeout: 60_000 }, async () => {
  const { page, close } = await open('seed=0.3');
  const layer = (units, inputs, names) => ({ activation: 'tanh', weights: Array.from({ length: units }, () => Array(inputs).fill(0.1)), biases: Array(units).fill(0), names });
  const model = {
    format: 'nnplay-model',
    version: 1,
    inputs: { names: ['x1', 'x2'], features: ['x', 'y'], standardization: null },
    output: { label: PAYLOAD, classes: ['negative', 'positive'], target: null },
    layers: [layer(2, 2, [`${PAYLOAD}n1`, `${PAYLOAD}n2`]), layer(1, 2)],
    training: { epoch: 0, loss: 'squared', batchSize: 10, optimizer: { name: 'sgd', learningRate: 0.03, regularization: 'none', regularizationRate: 0 }, config: { dataset: { name: 'circle' } } },
  };
  await page.getByRole('button', { name: 'Model and files' }).click();
  const load = async (name, file) => {
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Load model', exact: true }).click()]);
    await chooser.setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  };
  // Names the page keeps but does not show; then an activation it refuses, named in the message.
  await load('names.json', model);
  await page.waitForFunction(() => /[#&]model=model-/.test(location.hash));
  await load(`${PAYLOAD}.json`, { ...model, layers: [{ ...model.layers[0], activation: PAYLOAD }, model.layers[1]] });
  await page.getByText(`${PAYLOAD}.json was not loaded`, { exact: false }).waitFor();
  await assertInert(page, 'model file');
  await page.getByRole('button', { name: 'Your own data' }).click();
  const rows = Array.from({ length: 12 }, (_, i) => `${PAYLOAD}${i},${i % 6},${(i * 5) % 7},${i % 3 ? PAYLOAD : 'b'}`);
  const csv = [`name,${PAYLOAD}x,y,label`, ...rows].join('\n');
  await page.locator('.nnplay-own-data-file').setInputFiles({ name: `${PAYLOAD}.csv`, mimeType: 'text/csv', buffer: Buffer.from(csv) });
  const preview = page.locator('.nnplay-upload-preview');
  await preview.getByText(`${PAYLOAD}x`, { exact: true }).first().waitFor();
  await page.getByLabel('Label column').selectOption('label');
  await page.getByLabel('Across (x) on the map').selectOption(`${PAYLOAD}x`);
  await page.getByLabel('Up (y) on the map').selectOption('y');
  await page.getByRole('button', { name: 'Use this data' }).click();
  await preview.waitFor({ state: 'hidden' });
  await assertInert(page, 'CSV');

  await close();
});

test('a host page posting script in a goal message, a method name and a configuration gets text, never markup', { timeout: 60_000 }, async () => {
  const hostPage = new URL('pages/host.html', import.meta.url);
  const dist = new URL('../../dist/', import.meta.url);
  const host = await serveStatic((path) => ({ '/host.html': hostPage, '/nnplay-embed.js': new URL('nnplay-embed.js', dist) })[path] ?? null);
  try {
    const url = new URL(`${host.origin}/host.html`);
    url.searchParams.set('embed', `${siteUrl()}embed.html#dataset=xor&seed=0.5`);
    const { page, close } = await openPage(url.href);
    const frame = page.frameLocator('iframe');
    const refusal = await page.evaluate(async (payload) => {
      await globalThis.widget.ready;
      globalThis.iframe.contentWindow.postMessage({ nnplay: 1, type: 'call', id: 1, method: payload }, '*');
      globalThis.iframe.contentWindow.postMessage({ nnplay: 1, type: payload, id: 2, method: 'play' }, '*');
      const refused = await globalThis.widget.setConfig({ state: { dataset: payload } }).then(() => null, (error) => error.message);
      await globalThis.widget.setConfig({ state: { dataset: 'xor', seed: '0.5' }, goals: [{ metric: 'epoch', atLeast: 1, message: payload }] });
      await globalThis.widget.step();
      return refused;
    }, PAYLOAD);
    assert.match(refusal, /config\.state\.dataset must be one of/);
    await frame.getByText(SHOWN, { exact: false }).first().waitFor();
    await assertInert(page, 'host page');
    await assertInert(page.frames().find((f) => f !== page.mainFrame()), 'embed frame');
    await close();
  } finally {
    host.close();
  }
});

test('a whole visit (playground, the Learn index and every lesson, the embed page) asks nothing of any other origin', { timeout: 60_000 }, async () => {
  const { page, close } = await openPage('about:blank');
  const requests = [];
  page.context().on('request', (request) => requests.push(request.url()));
  const site = new URL(siteUrl());
  await page.goto(site.href);
  await shown(page);
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await page.goto(new URL('learn/', site).href);
  await page.getByRole('link', { name: /^1\. / }).first().waitFor();
  for (let lesson = 1; lesson <= 9; lesson++) {
    await page.goto(new URL(`learn/#${lesson}`, site).href);
    await page.getByRole('heading', { level: 1, name: new RegExp(`^${lesson}\\. `) }).waitFor();
  }
  await page.goto(new URL('embed.html#dataset=spiral', site).href);
  await shown(page);
  const elsewhere = requests.filter((url) => !url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== site.origin);
  assert.deepEqual(elsewhere, []);
  assert.ok(requests.some((url) => url.endsWith('.wasm')), 'the engine was fetched, so requests were recorded');
  await close();
});
