// The built site (dist/) as a course's web server hosts it: copied under a sub-path and served by a
// plain static file server (node:http here, not Vite) that adds no header to the site's files, so
// the pages' own Content-Security-Policy <meta> is their only policy. Then a course page of the same
// host using the custom element, the site offline, and a new deployment.
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { contentType, serveStatic } from './staticServer.mjs';

const dist = new URL('../../dist/', import.meta.url);
/** Where the site is copied on the server: anywhere but its root. */
const SUB_PATH = '/courses/ml/nnplay/';
// What issue 9 asks of every page, written out here rather than read from the build's plugin.
const POLICY =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data: blob:; " +
  "worker-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'none'";
const PAGES = ['index.html', 'embed.html', 'host-example.html'];
/** A course's own page elsewhere on the same host, with the custom element from the site, under the policy as a header. */
const LESSON_PATH = '/courses/ml/week3.html';
const LESSON = `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><title>Week 3</title><link rel="icon" href="data:,"></head>
  <body>
    <h1>Week 3: exclusive or</h1>
    <nnplay-playground config='{"state": {"dataset": "xor", "networkShape": [4], "seed": "0.3"}}'></nnplay-playground>
    <script type="module" src="${SUB_PATH}nnplay-element.js"></script>
  </body>
</html>`;

let server;
let browser;
/** Every request the server answered: its path and status. */
const served = [];
/** sw.js as a later deployment would serve it: its version replaced (null: as built). */
let deployedVersion = null;
/** While true the server is gone: it drops every connection, and only records what was asked. */
let unreachable = false;
/** While true the server sends the policy as a header with every file, as docs/embedding.md advises hosts that can. */
let policyHeader = false;

before(async () => {
  server = await serveStatic(async (path) => {
    if (unreachable) {
      served.push({ path, status: 'dropped' });
      return 'drop';
    }
    if (path === LESSON_PATH) {
      served.push({ path, status: 200 });
      return { body: LESSON, type: contentType(path), headers: { 'content-security-policy': POLICY } };
    }
    const file = path.startsWith(SUB_PATH) ? path.slice(SUB_PATH.length) || 'index.html' : null;
    let body = null;
    if (file !== null && !file.split('/').includes('..')) body = await readFile(new URL(file, dist)).catch(() => null);
    if (body && file === 'sw.js' && deployedVersion) body = String(body).replace(/"version":"\w+"/, `"version":"${deployedVersion}"`);
    served.push({ path, status: body ? 200 : 404 });
    if (!body) return null;
    return { body, type: contentType(file), headers: policyHeader ? { 'content-security-policy': POLICY } : {} };
  });
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
});

after(async () => {
  await browser?.close();
  server?.close();
});

const site = () => `${server.origin}${SUB_PATH}`;

/** The site's service worker's list of files and version, as the build wrote them into sw.js. */
async function serviceWorkerSite() {
  const source = await readFile(new URL('sw.js', dist), 'utf8');
  const written = source.match(/\{"version":"\w+","files":\[[^\]]*\]\}/);
  assert.ok(written, 'sw.js carries the version and the files of the build');
  return JSON.parse(written[0]);
}

/**
 * A new browser context with a recorder: every request any page, frame or worker of it makes (and
 * whether it failed or was refused), every console error, and every `securitypolicyviolation` event
 * of any document.
 */
async function recordedContext() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const record = { requests: [], failed: [], errors: [], violations: [] };
  context.on('request', (request) => record.requests.push(request.url()));
  context.on('requestfailed', (request) => record.failed.push(`${request.url()}: ${request.failure()?.errorText}`));
  context.on('response', (response) => response.status() >= 400 && record.failed.push(`${response.url()}: ${response.status()}`));
  context.on('console', (message) => message.type() === 'error' && record.errors.push(message.text()));
  context.on('weberror', (error) => record.errors.push(error.error().message));
  await context.exposeBinding('reportViolation', (_source, violation) => record.violations.push(violation));
  await context.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (event) =>
      globalThis.reportViolation(`${event.violatedDirective} refused ${event.blockedURI} in ${event.documentURI}`),
    ),
  );
  return { context, record };
}

/** Waits for the first frame of the playground `scope` holds (a page or a frame locator). */
async function shown(scope) {
  await scope.getByLabel('Epoch', { exact: true }).filter({ hasText: /\d/ }).waitFor();
  await scope.getByRole('img', { name: 'Decision boundary' }).waitFor();
}

/** Presses Play in `scope` and waits until the Epoch counter reaches `epochs`. */
async function train(scope, epochs) {
  await scope.getByRole('button', { name: 'Play', exact: true }).click();
  const counter = scope.getByLabel('Epoch', { exact: true });
  await waitFor(async () => Number((await counter.textContent()).replaceAll(',', '')) >= epochs, 60_000);
}

/** Waits until the page's service worker controls it, and returns its cache names. */
async function controlledBy(page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30_000 });
  return page.evaluate(() => caches.keys());
}

test('dist/ is one site: its pages under the policy with nothing inline, the two scripts at its root, the engine, and sw.js listing every other file', async () => {
  const files = (await readdir(dist, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => relative(fileURLToPath(dist), join(entry.parentPath, entry.name)))
    .sort();
  for (const file of [...PAGES, 'nnplay-element.js', 'nnplay-embed.js', 'sw.js']) assert.ok(files.includes(file), `dist/${file}`);
  assert.equal(files.filter((file) => file.endsWith('.wasm')).length, 1, 'the engine, once');

  for (const page of files.filter((file) => file.endsWith('.html'))) {
    const html = await readFile(new URL(page, dist), 'utf8');
    const metas = [...html.matchAll(/<meta http-equiv="Content-Security-Policy" content="([^"]*)"/g)];
    assert.equal(metas.length, 1, `${page} has one policy`);
    assert.equal(metas[0][1].replaceAll('&#39;', "'"), POLICY, `${page}'s policy`);
    assert.ok(html.indexOf(metas[0][0]) < html.search(/<script|<link rel="stylesheet"/), `${page}: the policy comes before any script or style`);
    assert.doesNotMatch(html, /<style/, `${page}: no inline style element`);
    assert.doesNotMatch(html, /\sstyle=/, `${page}: no style attribute`);
    assert.doesNotMatch(html, /<script(?![^>]*\ssrc=)/, `${page}: no inline script`);
    assert.doesNotMatch(html, /\son[a-z]+=/, `${page}: no inline event handler`);
  }

  const { version, files: cached } = await serviceWorkerSite();
  assert.match(version, /^[0-9a-f]{16}$/);
  assert.deepEqual(cached, files.filter((file) => file !== 'sw.js'));
});

test('served from a sub-path by a plain static server, each page loads only its own files, none fails, nothing breaks the policy, and the playground trains', { timeout: 180_000 }, async () => {
  const { context, record } = await recordedContext();
  const page = await context.newPage();
  const from = served.length;

  await page.goto(site());
  await shown(page);
  await train(page, 5);
  assert.deepEqual(await controlledBy(page), [`nnplay ${site()} ${(await serviceWorkerSite()).version}`], 'the service worker took the site in');

  await page.goto(`${site()}embed.html#dataset=xor&networkShape=2&learningRate=0.1&seed=0.5`);
  await shown(page);
  await train(page, 5);

  await page.goto(`${site()}host-example.html`);
  const widget = page.frameLocator('iframe').locator('.nnplay');
  await shown(widget);
  await train(widget, 5);

  assert.deepEqual(record.violations, []);
  assert.deepEqual(record.failed, []);
  assert.deepEqual(record.errors, []);
  assert.deepEqual(
    record.requests.filter((url) => !url.startsWith(site()) && !url.startsWith('data:')),
    [],
    'no request leaves the site',
  );
  // The server's own account, which includes what the service worker and the engine's worker fetched.
  const own = served.slice(from);
  assert.ok(own.some(({ path }) => path.endsWith('.wasm')));
  // The service worker fetches the whole site as it installs: on this first visit it was registered
  // only once the playground had drawn its first frame, its engine loaded.
  const paths = own.map(({ path }) => path);
  assert.ok(paths.indexOf(`${SUB_PATH}sw.js`) > paths.findIndex((path) => path.endsWith('.wasm')), 'sw.js after the engine');
  assert.deepEqual(own.filter(({ path, status }) => status !== 200 || !path.startsWith(SUB_PATH)), []);

  // The policy is in force: a style put inline now is refused and reported.
  await page.evaluate(() => document.head.append(Object.assign(document.createElement('style'), { textContent: 'body { color: red }' })));
  await page.waitForFunction(() => getComputedStyle(document.body).color !== 'rgb(255, 0, 0)');
  await waitFor(() => record.violations.some((violation) => violation.startsWith('style-src-elem refused inline')));
  await context.close();
});

test('a course page elsewhere on the same host shows the custom element from the site\'s folder, and it trains, with the policy as a header on every file (the engine\'s worker too)', { timeout: 120_000 }, async () => {
  const { context, record } = await recordedContext();
  const page = await context.newPage();
  const from = served.length;
  policyHeader = true;
  try {
    await page.goto(`${server.origin}${LESSON_PATH}`);
    const widget = page.locator('nnplay-playground');
    await shown(widget);
    assert.ok(await widget.getByRole('radio', { name: 'Exclusive or' }).isChecked(), 'the element took its configuration');
    await train(widget, 5);
  } finally {
    policyHeader = false;
  }
  assert.deepEqual(record.violations, []);
  assert.deepEqual(record.failed, []);
  assert.deepEqual(record.errors, []);
  assert.deepEqual(served.slice(from).filter(({ path, status }) => status !== 200 || !(path === LESSON_PATH || path.startsWith(SUB_PATH))), []);
  await context.close();
});

test('after the first visit the site works offline: with the network gone, a reload of each page shows it and it trains', { timeout: 180_000 }, async () => {
  const { context, record } = await recordedContext();
  const page = await context.newPage();
  await page.goto(site());
  await shown(page);
  await controlledBy(page);

  await context.setOffline(true);
  unreachable = true;
  const from = served.length;
  try {
    await page.reload();
    await shown(page);
    await train(page, 5);
    await page.goto(`${site()}embed.html#dataset=circle&seed=0.2`);
    await shown(page);
    await train(page, 5);
    await page.goto(`${site()}host-example.html`);
    await shown(page.frameLocator('iframe').locator('.nnplay'));
  } finally {
    unreachable = false;
  }
  // Only the browser's own check for a new sw.js, which offline emulation does not stop, knocked at the door.
  assert.deepEqual(
    served.slice(from).filter(({ path }) => path !== `${SUB_PATH}sw.js`),
    [],
    'the pages, their scripts and the engine came from the cache',
  );
  assert.deepEqual(record.violations, []);
  assert.deepEqual(record.errors, []);
  await context.close();
});

test('a new deployment replaces the old one: its service worker takes over and the old cache is deleted', { timeout: 120_000 }, async () => {
  const { context, record } = await recordedContext();
  const page = await context.newPage();
  await page.goto(site());
  await shown(page);
  const { version } = await serviceWorkerSite();
  assert.deepEqual(await controlledBy(page), [`nnplay ${site()} ${version}`]);

  deployedVersion = 'f'.repeat(16);
  try {
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((registration) => registration.update()));
    await page.waitForFunction((name) => caches.keys().then((names) => names.length === 1 && names[0] === name), `nnplay ${site()} ${deployedVersion}`, {
      timeout: 30_000,
      polling: 100,
    });
    await page.reload();
    await shown(page);
    assert.deepEqual(record.errors, []);
  } finally {
    deployedVersion = null;
  }
  await context.close();
});

/** Polls `condition` (on this side, maybe async) until it holds. */
async function waitFor(condition, timeout = 10_000) {
  const deadline = Date.now() + timeout;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`still not so after ${timeout} ms: ${condition}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
