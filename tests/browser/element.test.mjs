// <nnplay-playground> (web/src/element.ts) as a course page uses it: a host page under the site's
// strict CSP (tests/browser/pages/element-host.html) with two elements of different configurations,
// served by a plain node:http server beside the built nnplay-element.js, with or without a hostile
// stylesheet. Its script records the elements' events and any CSP violation.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { serveStatic } from './staticServer.mjs';
import { epochAtRest, openPage, recordEpochs, screenshot, shown, shownEpochs, step, waitForNumber } from './site.mjs';

const dist = new URL('../../dist/', import.meta.url);
const pages = new URL('pages/', import.meta.url);
const HOST_FILES = new Set(['element-host.html', 'element-host.css', 'element-host.js', 'hostile.css']);
const LOCKED_TITLE = 'Locked by the author of this page';
/** Both elements side by side (660 px each) and whole in the viewport. */
const VIEWPORT = { width: 1440, height: 1200 };
let server;
/** Under /slow-style/, what the server was asked for and sent, in order: 'worker asked', 'stylesheet sent'. */
const slowStyleLog = [];
/** How long /slow-style/ holds the widget's stylesheet back, waiting for a worker's script to be asked for. */
const STYLESHEET_HELD_MS = 5_000;

before(async () => {
  // /plain/... and /hostile/...: the host page and its files, else the built site; hostile.css is empty under /plain/.
  // /slow-style/...: as /plain/, but the widget's stylesheet is sent only once a worker's script is asked for.
  let workerAsked;
  const askedForWorker = new Promise((resolve) => (workerAsked = resolve));
  server = await serveStatic(async (path) => {
    const [, mode, ...rest] = path.split('/');
    const name = rest.join('/');
    if (mode !== 'hostile' && name === 'hostile.css') return { body: '' };
    if (mode === 'slow-style' && /^assets\/worker-[\w-]+\.js$/.test(name)) {
      slowStyleLog.push('worker asked');
      workerAsked();
    }
    if (mode === 'slow-style' && name === 'nnplay-element.css') {
      await Promise.race([askedForWorker, new Promise((resolve) => setTimeout(resolve, STYLESHEET_HELD_MS))]);
      slowStyleLog.push('stylesheet sent');
    }
    return HOST_FILES.has(name) ? new URL(name, pages) : new URL(name, dist);
  });
});

after(() => server?.close());

/** Opens the host page (`hostile`: with the hostile stylesheet) and waits for both widgets' first frames. */
async function openHost({ hostile = false, slowStyle = false } = {}) {
  const url = `${server.origin}/${hostile ? 'hostile' : slowStyle ? 'slow-style' : 'plain'}/element-host.html`;
  const opened = await openPage(url, { viewport: VIEWPORT });
  const first = opened.page.locator('#first');
  const second = opened.page.locator('#second');
  await shown(first);
  await shown(second);
  return { ...opened, first, second };
}

/** Calls `method` of the element `#id` in the page; a thrown error comes back as `{thrown: "Name: message"}`. */
const call = (page, id, method, ...args) =>
  page.evaluate(
    async ([id, method, args]) => {
      try {
        return await document.getElementById(id)[method](...args);
      } catch (error) {
        return { thrown: `${error.name}: ${error.message}` };
      }
    },
    [id, method, args],
  );

const events = (page, id, type) => page.evaluate(([id, type]) => globalThis.events.filter((e) => e.id === id && e.type === type).map((e) => e.detail), [id, type]);

/** Waits for an event `type` of element `#id` (whose detail's epoch is `epoch`, or at least `atLeast`, when given); returns its detail. */
async function nextEvent(page, id, type, { epoch = null, atLeast = null } = {}) {
  const handle = await page.waitForFunction(
    ([id, type, epoch, atLeast]) =>
      globalThis.events.find(
        (e) => e.id === id && e.type === type && (epoch === null || e.detail.epoch === epoch) && (atLeast === null || e.detail.epoch >= atLeast),
      )?.detail,
    [id, type, epoch, atLeast],
    { timeout: 30_000 },
  );
  return handle.jsonValue();
}

const violations = (page) => page.evaluate(() => globalThis.violations);

test('two elements with different configurations, each in its own shadow root with its own worker, train independently; removing one stops its worker', { timeout: 180_000 }, async () => {
  const { page, first, second, close } = await openHost();
  assert.equal(page.workers().length, 2, 'one worker per element');
  // The widgets are in the shadow roots: the page's own tree holds only its look-alike paragraph.
  assert.equal(await page.evaluate(() => document.querySelectorAll('.nnplay-grid').length), 1);
  assert.deepEqual(await page.evaluate(() => [...document.querySelectorAll('nnplay-playground')].map((e) => e.shadowRoot.querySelectorAll('.nnplay').length)), [1, 1, 0], '#broken runs nothing');

  // The first from its config attribute.
  assert.ok(await first.getByRole('radio', { name: 'Exclusive or' }).isChecked());
  await first.getByText('1 hidden layer', { exact: true }).waitFor();
  const firstRate = first.getByLabel('Learning rate', { exact: true });
  assert.ok(await firstRate.isDisabled(), 'locked: ["learningRate"]');
  assert.equal(await firstRate.getAttribute('title'), LOCKED_TITLE);
  // The second from its setting attributes.
  assert.ok(await second.getByRole('radio', { name: 'Spiral', exact: true }).isChecked());
  assert.ok(await second.getByRole('radio', { name: 'Spiral', exact: true }).isDisabled(), 'lock="dataset"');
  assert.equal(await second.getByLabel('Learning rate', { exact: true }).inputValue(), '0.1');
  assert.equal(await second.getByLabel('Activation', { exact: true }).inputValue(), 'ReLU');
  assert.equal(await second.getByRole('slider', { name: 'Noise' }).count(), 0, 'hide="noise"');
  await second.getByRole('button', { name: 'Layer 2 neuron 6' }).waitFor();
  assert.equal(await first.getByRole('button', { name: 'Layer 2 neuron 1' }).count(), 0, 'one element\'s network is not the other\'s');

  await first.getByRole('button', { name: 'Play' }).click();
  await waitForNumber(first, 'Epoch', (e) => e >= 20);
  assert.equal(await epochAtRest(second), 0, 'playing one does not advance the other');
  await first.getByRole('button', { name: 'Pause' }).click();
  const firstPaused = await epochAtRest(first);
  await step(second, 3);
  assert.equal(await epochAtRest(first), firstPaused, 'stepping one does not advance the other');
  await screenshot(page, 'element-two-widgets');

  const closed = Promise.race(page.workers().map((worker) => new Promise((resolve) => worker.once('close', resolve))));
  await page.evaluate(() => document.getElementById('first').remove());
  await closed;
  assert.equal(page.workers().length, 1);
  await step(second, 1);
  assert.deepEqual(await violations(page), []);
  await close();
});

test('the Playground API as methods and DOM events: ready, epoch, goalReached when met and not before, getConfig/setConfig, stats, model; attributes reconfigure, and a bad one is shown and reported', { timeout: 180_000 }, async () => {
  const { page, first, second, close } = await openHost();
  assert.equal((await events(page, 'first', 'ready'))[0].epoch, 0);
  assert.equal((await events(page, 'second', 'ready'))[0].epoch, 0);

  // The first's goal is "epoch at least 3": met by the third step and not before.
  assert.equal(await call(page, 'first', 'step'), undefined);
  await call(page, 'first', 'step');
  await nextEvent(page, 'first', 'epoch', { epoch: 2 });
  assert.deepEqual(await events(page, 'first', 'goalReached'), []);
  await call(page, 'first', 'step');
  const reached = await nextEvent(page, 'first', 'goalReached');
  assert.equal(reached.index, 0);
  assert.equal(reached.goal.message, 'Three epochs trained.');
  assert.equal(reached.stats.epoch, 3);
  assert.equal(await epochAtRest(first), 3);
  assert.deepEqual((await events(page, 'second', 'epoch')).map((stats) => stats.epoch), [0], 'the first\'s steps are not the second\'s');

  // play and pause: epoch events while playing, stats() the frame at rest.
  await call(page, 'second', 'play');
  await nextEvent(page, 'second', 'epoch', { atLeast: 10 });
  await call(page, 'second', 'pause');
  const paused = await epochAtRest(second);
  assert.equal((await call(page, 'second', 'stats')).epoch, paused);
  const model = JSON.parse(await call(page, 'second', 'model'));
  assert.equal(model.format, 'nnplay-model');
  assert.deepEqual(
    model.layers.map((layer) => layer.weights.length),
    [6, 6, 1],
    'network-shape="6, 6": two layers of six, then the one output',
  );
  assert.equal(model.training.epoch, paused);

  const config = await call(page, 'second', 'getConfig');
  assert.equal(config.version, 1);
  assert.equal(config.state.dataset, 'spiral');
  assert.deepEqual(config.state.networkShape, [6, 6]);
  assert.equal(config.state.learningRate, 0.1);
  assert.equal(config.state.activation, 'relu');
  assert.deepEqual(config.state.hidden, ['noise']);
  assert.deepEqual(config.locked, ['dataset']);
  assert.equal('urlHash' in config, false);

  await call(page, 'second', 'setConfig', { state: { dataset: 'gauss', seed: '0.25' } });
  await second.getByRole('radio', { name: 'Gaussian', checked: true }).waitFor();
  assert.ok(await second.getByRole('radio', { name: 'Gaussian' }).isEnabled(), 'the new configuration locks nothing');
  await waitForNumber(second, 'Epoch', (e) => e === 0);
  const refused = await call(page, 'second', 'setConfig', { state: { learningRate: 'fast' } });
  assert.match(refused.thrown, /^TypeError: .*config\.state\.learningRate must be a number from 0 to 100, not "fast"/);
  assert.ok(await second.getByRole('radio', { name: 'Gaussian' }).isChecked(), 'a refused configuration changes nothing');

  // An attribute changed: the element takes its attributes' configuration again.
  await page.evaluate(() => document.getElementById('second').setAttribute('activation', 'tanh'));
  await second.getByRole('radio', { name: 'Spiral', checked: true }).waitFor();
  assert.equal(await second.getByLabel('Activation', { exact: true }).inputValue(), 'Tanh');
  // A bad one: said in the element and by an error event; the widget goes on as it was.
  await page.evaluate(() => document.getElementById('second').setAttribute('learning-rate', 'fast'));
  const alert = second.getByRole('alert').filter({ hasText: 'were not used' });
  await alert.getByText('learning-rate="fast": config.state.learningRate must be a number from 0 to 100, not "fast"').waitFor();
  const error = await nextEvent(page, 'second', 'error');
  assert.equal(error.kind, 'bad-input');
  assert.match(error.message, /^learning-rate="fast": /);
  assert.equal(await second.getByLabel('Learning rate', { exact: true }).inputValue(), '0.1');
  await step(second, 1);
  await page.evaluate(() => document.getElementById('first').setAttribute('config', '{"state": {'));
  await first.getByRole('alert').getByText(/^config is not JSON: /).waitFor();
  await page.evaluate(() => document.getElementById('second').setAttribute('learning-rate', '0.3'));
  await alert.waitFor({ state: 'hidden' });
  assert.equal(await second.getByLabel('Learning rate', { exact: true }).inputValue(), '0.3');

  // An element whose attributes are wrong from the start says so once, and does not run.
  const broken = page.locator('#broken').getByRole('alert');
  await broken.getByText(/^dataset="moons": config\.state\.dataset /).waitFor();
  await broken.getByText('learning-rate="fast": config.state.learningRate must be a number from 0 to 100, not "fast"').waitFor();
  assert.equal((await events(page, 'broken', 'error')).length, 1);
  assert.match((await call(page, 'broken', 'play')).thrown, /^Error: This <nnplay-playground> is not running/);
  await screenshot(page, 'element-methods');
  assert.deepEqual(await violations(page), []);
  await close();
});

/** Where the parts of a widget are, relative to its element's box. */
function geometry(widget) {
  return widget.evaluate((host) => {
    const origin = host.getBoundingClientRect();
    const parts = host.shadowRoot.querySelectorAll('button, select, input, canvas, output, .nnplay-goals, .nnplay-grid');
    // Parts not rendered (hidden) have no box to compare.
    return [...parts].filter((part) => part.getClientRects().length > 0).map((part) => {
      const box = part.getBoundingClientRect();
      return [part.localName, part.getAttribute('aria-label') ?? part.textContent.slice(0, 20), box.x - origin.x, box.y - origin.y, box.width, box.height].join(' ');
    });
  });
}

test('each element starts its worker as it joins the page, while its stylesheet is still on its way', { timeout: 60_000 }, async () => {
  // Mounted only once styled, a playground that started its worker then would wait for the engine to
  // load after the stylesheet, instead of during; here the stylesheet waits for a worker instead.
  const { close } = await openHost({ slowStyle: true });
  const firstSent = slowStyleLog.indexOf('stylesheet sent');
  assert.ok(firstSent > 0 && slowStyleLog.indexOf('worker asked') < firstSent, slowStyleLog.join(', '));
  await close();
});

test('a hostile stylesheet of the host page changes nothing in the widgets, and the widgets\' styles do not reach the page', { timeout: 180_000 }, async () => {
  const plain = await openHost();
  const lookalike = plain.page.locator('#lookalike');
  assert.equal(await lookalike.evaluate((p) => getComputedStyle(p).display), 'block', 'the page\'s .nnplay-grid is not made a grid');
  assert.equal(await lookalike.evaluate((p) => getComputedStyle(p).fontSize), '16px', 'the page\'s .nnplay keeps its font');
  const plainGeometry = [await geometry(plain.first), await geometry(plain.second)];
  await plain.close();

  const hostile = await openHost({ hostile: true });
  const { page, first } = hostile;
  assert.equal(await page.locator('body').evaluate((body) => getComputedStyle(body).fontStyle), 'italic', 'the hostile stylesheet applies to the page');
  assert.deepEqual([await geometry(hostile.first), await geometry(hostile.second)], plainGeometry, 'every part at the same place and size');
  const play = first.getByRole('button', { name: 'Play' });
  const style = await play.evaluate((button) => {
    const { textTransform, letterSpacing, cursor, height } = getComputedStyle(button);
    return { textTransform, letterSpacing, cursor, height };
  });
  assert.equal(style.textTransform, 'none');
  assert.equal(style.letterSpacing, 'normal');
  assert.notEqual(style.cursor, 'wait');
  assert.notEqual(style.height, '80px');
  await play.click();
  await waitForNumber(first, 'Epoch', (e) => e >= 10);
  await screenshot(page, 'element-hostile-css');
  assert.deepEqual(await violations(page), []);
  await hostile.close();
});

test('a widget scrolled out of view draws nothing and its training waits; scrolled back, it goes on', { timeout: 180_000 }, async () => {
  const { page, first, second, close } = await openHost();
  await second.getByRole('button', { name: 'Play' }).click();
  await waitForNumber(second, 'Epoch', (e) => e >= 5);
  // The page's own observer, made after the element's, is told after it in the same task.
  const scrollSecond = (top) =>
    page.evaluate(
      (top) =>
        new Promise((resolve) => {
          const element = document.getElementById('second');
          const observer = new IntersectionObserver(([entry]) => {
            if (entry.isIntersecting === (top === 0)) {
              observer.disconnect();
              resolve();
            }
          });
          observer.observe(element);
          document.querySelector('.scroller').scrollTop = top;
        }),
      top,
    );
  await scrollSecond(2500);
  await recordEpochs(second);
  const outOfView = (await call(page, 'second', 'stats')).epoch;
  await first.getByRole('button', { name: 'Play' }).click();
  await waitForNumber(first, 'Epoch', (e) => e >= 50);
  assert.deepEqual(await shownEpochs(second), [], 'nothing drawn out of view');
  // Out of view the page credits no frame: the worker posts at most the one frame it had credit
  // for (IN_FLIGHT = 1), of `speed` = 1 epoch, and then waits.
  assert.ok((await call(page, 'second', 'stats')).epoch <= outOfView + 1, 'the training waited');
  await scrollSecond(0);
  await waitForNumber(second, 'Epoch', (e) => e > outOfView + 5);
  assert.deepEqual(await violations(page), []);
  await close();
});

test('inside a shadow root the network behaves as on the page: a press inside the neuron panel keeps it open, and a layer button keeps the focus through the rebuild it causes', { timeout: 180_000 }, async () => {
  const { page, second, close } = await openHost();
  await second.getByRole('button', { name: 'Output neuron', exact: true }).click();
  const bias = second.getByRole('textbox', { name: 'Bias of the output neuron' });
  await bias.click();
  await bias.fill('-3');
  await bias.press('Enter');
  assert.ok(await bias.isVisible(), 'the panel is still open after a press inside it');
  assert.equal(await bias.inputValue(), '-3');
  await second.getByRole('button', { name: 'Close' }).click();
  await bias.waitFor({ state: 'hidden' });

  await second.getByRole('button', { name: 'Add a neuron to layer 1' }).focus();
  await page.keyboard.press('Enter');
  await second.getByRole('button', { name: 'Layer 1 neuron 7' }).waitFor();
  const focused = () => page.evaluate(() => document.getElementById('second').shadowRoot.activeElement?.getAttribute('aria-label'));
  assert.equal(await focused(), 'Add a neuron to layer 1', 'the focus stays on the button pressed');
  await page.keyboard.press('Enter');
  await second.getByRole('button', { name: 'Layer 1 neuron 8' }).waitFor();
  assert.deepEqual(await violations(page), []);
  await close();
});
