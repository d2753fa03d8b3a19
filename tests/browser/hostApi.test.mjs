// The host-page API (docs/embedding.md) as a course page uses it: a page on another origin than the
// site (tests/browser/pages/host.html, served with a copy of the built nnplay-embed.js and nothing
// else by a plain node:http server) embeds the built embed page in an iframe and drives it.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { serveStatic } from './staticServer.mjs';
import { epochAtRest, openPage, screenshot, siteUrl, waitForNumber } from './site.mjs';

const dist = new URL('../../dist/', import.meta.url);
const hostPage = new URL('pages/host.html', import.meta.url);
let hostServer;

before(async () => {
  // Only these two files: nnplay-embed.js works alone, copied next to a course page.
  hostServer = await serveStatic((path) => ({ '/host.html': hostPage, '/nnplay-embed.js': new URL('nnplay-embed.js', dist) })[path] ?? null);
});

after(() => hostServer?.close());

/**
 * Opens the host page with the embed page at `hash` in its frame (`frame`: width, height,
 * autoResize). Returns the page, the widget inside the frame, the debug lines the frame logged,
 * and close().
 */
async function openHost(hash, { frame = {}, viewport } = {}) {
  const url = new URL(`${hostServer.origin}/host.html`);
  url.searchParams.set('embed', `${siteUrl()}embed.html#${hash}`);
  for (const [key, value] of Object.entries(frame)) url.searchParams.set(key, value);
  const opened = await openPage(url.href, viewport ? { viewport } : {});
  const debug = [];
  opened.page.on('console', (message) => message.type() === 'debug' && debug.push(message.text()));
  const widget = opened.page.frameLocator('iframe').locator('.nnplay');
  return { ...opened, widget, debug };
}

/**
 * Waits for an event `name` of the client, from the `from`th one recorded on, whose epoch is
 * `epoch` (or at least `atLeast`) when given; returns its detail.
 */
async function nextEvent(page, name, { from = 0, epoch, atLeast } = {}) {
  const handle = await page.waitForFunction(
    ([name, from, epoch, atLeast]) =>
      globalThis.events
        .slice(from)
        .find((e) => e.event === name && (epoch === null || e.detail.epoch === epoch) && (atLeast === null || e.detail.epoch >= atLeast))?.detail,
    [name, from, epoch ?? null, atLeast ?? null],
    { timeout: 30_000 },
  );
  return handle.jsonValue();
}

const eventCount = (page) => page.evaluate(() => globalThis.events.length);
const call = (page, method, ...args) => page.evaluate(([method, args]) => globalThis.widget[method](...args), [method, args]);

test('each method round-trips: the preset comes back from getConfig, step/play/pause/reset move the training the frame shows, getModel is its network, setConfig rebuilds it or says why not', { timeout: 120_000 }, async () => {
  const { page, widget, close } = await openHost('dataset=xor&networkShape=3&learningRate=0.1&seed=0.5');
  const ready = await page.evaluate(() => globalThis.widget.ready);
  assert.equal(ready.epoch, 0);
  const config = await call(page, 'getConfig');
  assert.equal(config.version, 1);
  assert.equal(config.state.dataset, 'xor');
  assert.deepEqual(config.state.networkShape, [3]);
  assert.equal(config.state.learningRate, 0.1);
  assert.equal(config.state.seed, '0.5');

  assert.equal(await call(page, 'step'), null);
  await nextEvent(page, 'epoch', { epoch: 1 });
  await waitForNumber(widget, 'Epoch', (e) => e === 1);
  assert.equal((await call(page, 'getStats')).epoch, 1);

  await call(page, 'play');
  await nextEvent(page, 'epoch', { atLeast: 20 });
  await call(page, 'pause');
  const paused = await epochAtRest(widget);
  const stats = await call(page, 'getStats');
  assert.equal(stats.epoch, paused, 'getStats has the epoch the frame shows');
  // The last frame before the pause is told even when the throttle held it back.
  await nextEvent(page, 'epoch', { epoch: paused });

  const model = JSON.parse(await call(page, 'getModel'));
  assert.equal(model.format, 'nnplay-model');
  assert.deepEqual(
    model.layers.map((layer) => layer.weights.length),
    [3, 1],
    'networkShape=3: three hidden neurons, then the one output',
  );
  assert.equal(model.training.epoch, paused);

  const beforeReset = await eventCount(page);
  await call(page, 'reset');
  await nextEvent(page, 'epoch', { epoch: 0, from: beforeReset });
  await waitForNumber(widget, 'Epoch', (e) => e === 0);

  await call(page, 'setConfig', { state: { dataset: 'circle', networkShape: [2, 2], seed: '0.5' }, locked: ['learningRate'] });
  await widget.getByRole('radio', { name: 'Circle', checked: true }).waitFor();
  await widget.getByText('2 hidden layers', { exact: true }).waitFor();
  const replaced = await call(page, 'getConfig');
  assert.equal(replaced.state.dataset, 'circle');
  assert.deepEqual(replaced.state.networkShape, [2, 2]);
  assert.deepEqual(replaced.locked, ['learningRate']);

  const refusal = await page.evaluate(() =>
    globalThis.widget.setConfig({ state: { learningRate: 'fast' } }).then(
      () => 'taken',
      (error) => error.message,
    ),
  );
  assert.match(refusal, /^The configuration was not used: .*config\.state\.learningRate/);
  assert.equal((await call(page, 'getConfig')).state.dataset, 'circle', 'a refused configuration leaves the widget as it was');

  // A client made after the widget is ready learns it from the widget's answer.
  const late = await page.evaluate(async () => {
    const late = new globalThis.NnplayFrame(globalThis.iframe, { autoResize: false });
    const stats = await late.ready;
    late.destroy();
    return stats;
  });
  assert.equal(typeof late.epoch, 'number');
  await close();
});

test('events arrive: ready once before any epoch, epochs while training, diverged when the training blows up', { timeout: 90_000 }, async () => {
  const { page, close } = await openHost('dataset=circle&seed=0.3');
  await page.evaluate(() => globalThis.widget.ready);
  await call(page, 'play');
  await nextEvent(page, 'epoch', { atLeast: 10 });
  await call(page, 'pause');
  const events = await page.evaluate(() => globalThis.events);
  assert.equal(events[0].event, 'ready');
  assert.equal(events.filter((e) => e.event === 'ready').length, 1);
  const epochs = events.filter((e) => e.event === 'epoch').map((e) => e.detail.epoch);
  assert.deepEqual(
    epochs,
    [...epochs].sort((a, b) => a - b),
    'epochs only go forward',
  );
  for (const key of ['trainLoss', 'testLoss', 'trainAccuracy', 'testAccuracy']) assert.equal(typeof events.at(-1).detail[key], 'number');

  // This experiment diverges in its first epoch (see beginner.test.mjs).
  await call(page, 'setConfig', { state: { problem: 'regression', regDataset: 'plane', activation: 'relu', learningRate: 10, seed: '0.7' } });
  await call(page, 'play');
  const diverged = await nextEvent(page, 'diverged');
  assert.equal(diverged.kind, 'divergence');
  assert.equal(typeof diverged.message, 'string');
  await close();
});

test('goalReached arrives when the goal of the embed link is met and not before, with the goal and its stats', { timeout: 60_000 }, async () => {
  const { page, close } = await openHost('dataset=circle&seed=0.5&goal=epoch,atLeast,3,,Three%20epochs');
  await page.evaluate(() => globalThis.widget.ready);
  for (const epoch of [1, 2]) {
    await call(page, 'step');
    await nextEvent(page, 'epoch', { epoch });
  }
  // Each step's frame is handled (the goal checked) before its epoch event is posted.
  assert.deepEqual(await page.evaluate(() => globalThis.events.filter((e) => e.event === 'goalReached')), [], 'not met at epoch 2');
  await call(page, 'step');
  const reached = await nextEvent(page, 'goalReached');
  assert.equal(reached.index, 0);
  assert.deepEqual(reached.goal, { metric: 'epoch', atLeast: 3, message: 'Three epochs' });
  assert.equal(reached.stats.epoch, 3);
  await close();
});

test('malformed messages are ignored and each is counted in the debug log; the widget does nothing for them', { timeout: 60_000 }, async () => {
  const { page, widget, debug, close } = await openHost('dataset=xor&seed=0.5');
  await page.evaluate(() => globalThis.widget.ready);
  const answered = await page.evaluate(async () => {
    const frame = globalThis.iframe.contentWindow;
    for (const message of [
      { nnplay: 1, type: 'call', id: 90, method: 'play', extra: true },
      { nnplay: 1, type: 'call', id: 'x', method: 'play' },
      '{"nnplay":1,"type":"call","id":91,"method":"play"}',
      { type: 'call', id: 92, method: 'play' },
      { nnplay: 1, type: 'call', id: 93, method: 'constructor' },
    ]) {
      frame.postMessage(message, '*');
    }
    // Messages are handled in order: once this call is answered, the five before it were handled.
    await globalThis.widget.getStats();
    return globalThis.received.filter((m) => m.type === 'reply' && m.id >= 90).length;
  });
  assert.equal(answered, 0, 'no reply to a malformed message');
  assert.deepEqual(
    debug.filter((line) => line.startsWith('nnplay: ignored')),
    [
      'nnplay: ignored message 1: play takes no field "extra"',
      'nnplay: ignored message 2: id "x" is not a whole number from 0',
      'nnplay: ignored message 3: not an object',
      'nnplay: ignored message 4: not an nnplay message of version 1 (nnplay: undefined)',
      'nnplay: ignored message 5: method "constructor" is not one of play, pause, step, reset, getConfig, setConfig, getStats, getModel',
    ],
  );
  // Play would have turned the Play button into Pause at once.
  assert.equal(await widget.getByRole('button', { name: 'Play', exact: true }).count(), 1);
  assert.equal(await epochAtRest(widget), 0);
  await close();
});

test('the widget posts its height (nnplay resize and lti.frameResize) and the client sizes the frame to it, also when the frame narrows', { timeout: 60_000 }, async () => {
  const { page, close } = await openHost('dataset=xor&seed=0.5', { frame: { width: '1000px', height: '300px' } });
  await page.evaluate(() => globalThis.widget.ready);
  // Cross-origin, the host page cannot read the frame's document: measure inside the frame instead.
  const frame = page.mainFrame().childFrames()[0];
  const contentHeight = () => frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  const lastHeights = () =>
    page.evaluate(() => {
      const last = (test) => globalThis.received.filter(test).at(-1)?.height;
      return { nnplay: last((m) => m.nnplay === 1 && m.type === 'resize'), lti: last((m) => m.subject === 'lti.frameResize'), frame: globalThis.iframe.getBoundingClientRect().height };
    });
  const waitForFit = async () => {
    const deadline = Date.now() + 30_000;
    for (;;) {
      const height = await contentHeight();
      const last = await lastHeights();
      if (last.nnplay === height && last.lti === height && last.frame === height) return height;
      if (Date.now() > deadline) throw new Error(`the frame does not fit: content ${height}, posted ${JSON.stringify(last)}`);
      await page.waitForTimeout(50);
    }
  };
  const wide = await waitForFit();
  await screenshot(page, 'embed-fitted-1000');
  assert.ok(wide > 300, `the widget needs more than the frame's first 300 px (${wide})`);
  assert.equal(await frame.evaluate(() => document.documentElement.scrollHeight <= innerHeight), true, 'nothing is cut off at the bottom');
  // Narrower, the regions stack in one column: the widget grows, and tells it.
  await page.evaluate(() => (globalThis.iframe.style.width = '360px'));
  const narrow = await waitForFit();
  assert.ok(narrow > wide, `one column (${narrow}) is taller than three (${wide})`);
  console.log(`fitted heights: ${wide} px at 1000 px wide, ${narrow} px at 360 px`);
  await screenshot(page, 'embed-fitted-360');
  await close();
});

test('at 320×400 the widget is usable: nothing sticks out sideways, Play trains it, and the output can be scrolled to', { timeout: 60_000 }, async () => {
  const { page, widget, close } = await openHost('dataset=circle&seed=0.5', {
    frame: { width: '320px', height: '400px', autoResize: 'false' },
    viewport: { width: 360, height: 480 },
  });
  await page.evaluate(() => globalThis.widget.ready);
  const frame = page.mainFrame().childFrames()[0];
  assert.deepEqual(await frame.evaluate(() => [innerWidth, innerHeight]), [320, 400]);
  assert.ok(await frame.evaluate(() => document.documentElement.scrollWidth <= innerWidth), 'no sideways scrolling');
  await screenshot(page, 'embed-320x400');
  await widget.getByRole('button', { name: 'Play', exact: true }).click();
  await waitForNumber(widget, 'Epoch', (e) => e >= 5);
  await widget.getByRole('button', { name: 'Pause', exact: true }).click();
  const output = widget.getByRole('img', { name: 'Decision boundary' });
  await output.scrollIntoViewIfNeeded();
  // In the frame's own coordinates.
  const box = await output.evaluate((canvas) => canvas.getBoundingClientRect().toJSON());
  assert.ok(box.width > 100 && box.left >= 0 && box.right <= 320, `the output fits the frame's width: ${JSON.stringify(box)}`);
  await screenshot(page, 'embed-320x400-trained');
  await close();
});

test('the example host page that ships in dist/ drives its widget: its buttons train it, its numbers follow, it reads the configuration', { timeout: 60_000 }, async () => {
  const { page, close } = await openPage(`${siteUrl()}host-example.html`);
  const config = page.getByLabel("The widget's configuration (JSON); edit it and apply it");
  await page.getByText('The configuration', { exact: true }).click();
  await page.waitForFunction(() => document.getElementById('config').value.includes('"dataset": "xor"'), null, { timeout: 30_000 });
  assert.deepEqual(JSON.parse(await config.inputValue()).state.networkShape, [4, 2], 'the preset of its embed link');
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await page.waitForFunction(() => Number(document.getElementById('epoch').value) >= 5, null, { timeout: 30_000 });
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  await page.getByRole('listitem').filter({ hasText: /ready$/ }).waitFor();
  await screenshot(page, 'host-example');
  await close();
});

test('a host that changes only the hash of the frame\'s address gives the widget that preset, without reloading it', { timeout: 60_000 }, async () => {
  const { page, widget, close } = await openHost('dataset=xor&seed=0.5');
  await page.evaluate(() => globalThis.widget.ready);
  const frame = page.mainFrame().childFrames()[0];
  await frame.evaluate(() => (globalThis.sameDocument = true));
  await page.evaluate(() => (globalThis.iframe.src = globalThis.iframe.src.replace(/#.*/, '#dataset=gauss&networkShape=1&seed=0.5')));
  await widget.getByRole('radio', { name: 'Gaussian', checked: true }).waitFor();
  await widget.getByText('1 hidden layer', { exact: true }).waitFor();
  assert.equal((await call(page, 'getConfig')).state.dataset, 'gauss');
  assert.equal(await frame.evaluate(() => globalThis.sameDocument), true, 'the page was not loaded again');
  await close();
});

test('the values of an embed link that were not used are said in the widget, as the site says those of its own link', { timeout: 60_000 }, async () => {
  const { page, widget, close } = await openHost('dataset=xor&learningRate=fast&goal=loss,atMost,1&seed=0.5');
  await page.evaluate(() => globalThis.widget.ready);
  await widget.getByText("The link's learningRate=fast was not used", { exact: false }).waitFor();
  await widget.getByText("The link's goal=loss,atMost,1 was not used", { exact: false }).waitFor();
  assert.equal((await call(page, 'getConfig')).state.learningRate, 0.03, 'the default rate instead');
  await close();
});
