// The two ways of embedding side by side, as a course author pastes them into one plain HTML page
// under the site's strict CSP (tests/browser/pages/course.html, served with the built dist/ by a
// plain node:http server): an iframe of the embed page driven through nnplay-embed.js, and the
// <nnplay-playground> element, each with its own preset, hidden and locked controls, and goal.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { serveStatic } from './staticServer.mjs';
import { epochAtRest, openPage, screenshot, shown, step } from './site.mjs';

const dist = new URL('../../dist/', import.meta.url);
const pages = new URL('pages/', import.meta.url);
const COURSE_FILES = new Set(['course.html', 'course.css', 'course.js']);
const LOCKED_TITLE = 'Locked by the author of this page';
let server;

before(async () => {
  server = await serveStatic((path) => {
    const name = path.replace(/^\/lesson\//, '');
    return COURSE_FILES.has(name) ? new URL(name, pages) : new URL(name, dist);
  });
});

after(() => server?.close());

async function openCourse() {
  const opened = await openPage(`${server.origin}/lesson/course.html`, { viewport: { width: 1280, height: 1000 } });
  const { page } = opened;
  const framed = page.frameLocator('#frame').locator('.nnplay');
  const element = page.locator('#element');
  await shown(framed);
  // The frame grows to its widget's height and pushes the element down: out of view, it would not draw.
  await element.scrollIntoViewIfNeeded();
  await shown(element);
  await page.waitForFunction(() => globalThis.widget);
  await page.evaluate(() => globalThis.widget.ready);
  return { ...opened, framed, element };
}

/** Waits for a recorded event (`list`: 'elementEvents' or 'frameEvents') passing `test`; returns its detail. */
async function waitForEvent(page, list, type, epoch) {
  const handle = await page.waitForFunction(
    ([list, type, epoch]) => globalThis[list].find((e) => e.type === type && (epoch === null || e.detail.epoch >= epoch))?.detail,
    [list, type, epoch ?? null],
    { timeout: 60_000 },
  );
  return handle.jsonValue();
}

const count = (page, list, type) => page.evaluate(([list, type]) => globalThis[list].filter((e) => e.type === type).length, [list, type]);

test('an iframe and an element on one course page: each shows its own preset, hides and locks its own controls, and trains alone', { timeout: 240_000 }, async () => {
  const { page, framed, element, close } = await openCourse();
  assert.equal(page.workers().length, 2, 'one worker for each widget');

  assert.ok(await framed.getByRole('radio', { name: 'Exclusive or' }).isChecked());
  assert.ok(await element.getByRole('radio', { name: 'Spiral', exact: true }).isChecked());
  // Hidden: absent, each only in its own widget.
  assert.equal(await framed.getByRole('slider', { name: 'Noise' }).count(), 0, 'noise_hide=true');
  assert.equal(await element.getByRole('slider', { name: 'Noise' }).count(), 1);
  assert.equal(await element.getByRole('slider', { name: /Ratio of training/ }).count(), 0, 'hidden: percTrainData');
  assert.equal(await framed.getByRole('slider', { name: /Ratio of training/ }).count(), 1);

  // Locked: shown, disabled, with the author's tooltip; neither a click nor the keyboard changes it.
  const frameRate = framed.getByLabel('Learning rate', { exact: true });
  assert.ok(await frameRate.isDisabled(), 'learningRate_lock=true');
  assert.equal(await frameRate.getAttribute('title'), LOCKED_TITLE);
  assert.ok(await element.getByLabel('Learning rate', { exact: true }).isEnabled(), 'the element did not lock the rate');
  const circle = element.getByRole('radio', { name: 'Circle' });
  assert.ok(await circle.isDisabled(), 'locked: dataset');
  await circle.click({ force: true });
  assert.ok(await element.getByRole('radio', { name: 'Spiral', exact: true }).isChecked(), 'the locked dataset stays');
  // The keyboard: Tab through the element never lands on a disabled control.
  await element.getByRole('button', { name: 'Play', exact: true }).focus();
  const landed = [];
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press('Tab');
    landed.push(await page.evaluate(() => document.getElementById('element').shadowRoot.activeElement?.disabled ?? null));
  }
  assert.ok(landed.includes(false), 'Tab moves through the element');
  assert.ok(!landed.includes(true), 'a locked control took the focus');

  // Independent: the frame trains through the API while the element stays at epoch 0, then the other way round.
  await page.evaluate(() => globalThis.widget.play());
  await waitForEvent(page, 'frameEvents', 'epoch', 10);
  assert.equal(await epochAtRest(element), 0, 'playing the frame does not train the element');
  await page.evaluate(() => globalThis.widget.pause());
  const paused = (await page.evaluate(() => globalThis.widget.getStats())).epoch;
  await step(element, 2);
  assert.equal((await page.evaluate(() => globalThis.widget.getStats())).epoch, paused, 'stepping the element does not train the frame');
  await screenshot(page, 'course-two-widgets');
  assert.deepEqual(await page.evaluate(() => globalThis.violations), []);
  await close();
});

test('on one course page, each widget\'s goal fires when met and not before; the frame sizes itself; a hostile message is ignored', { timeout: 240_000 }, async () => {
  const { page, framed, element, close } = await openCourse();
  // The element's goal: three epochs. Two steps are not enough.
  await step(element, 2);
  assert.equal(await count(page, 'elementEvents', 'goalReached'), 0, 'not met at epoch 2');
  await step(element, 1);
  const reached = await waitForEvent(page, 'elementEvents', 'goalReached');
  assert.equal(reached.stats.epoch, 3);
  assert.equal(reached.goal.message, 'Three epochs trained.');
  await element.getByText('Three epochs trained.', { exact: true }).waitFor();
  assert.equal(await count(page, 'frameEvents', 'goalReached'), 0, 'the frame\'s goal is its own');

  // A message that is not the API's is ignored: it does not play the frame.
  await page.evaluate(() => document.getElementById('frame').contentWindow.postMessage({ nnplay: 1, type: 'call', id: 7, method: 'play', code: 'alert(1)' }, '*'));
  await page.evaluate(() => globalThis.widget.getStats());
  assert.equal(await framed.getByRole('button', { name: 'Play', exact: true }).count(), 1, 'still paused');

  // The frame's goal: four epochs, stepped through the API.
  for (let i = 1; i <= 3; i++) {
    await page.evaluate(() => globalThis.widget.step());
    await waitForEvent(page, 'frameEvents', 'epoch', i);
  }
  assert.equal((await page.evaluate(() => globalThis.widget.getStats())).epoch, 3);
  assert.equal(await count(page, 'frameEvents', 'goalReached'), 0, 'not met at epoch 3');
  await page.evaluate(() => globalThis.widget.step());
  assert.equal((await waitForEvent(page, 'frameEvents', 'goalReached')).stats.epoch, 4);

  // The frame said its height, both ways, and the client sized the iframe to it.
  const heights = await page.evaluate(() => ({
    nnplay: globalThis.frameMessages.filter((m) => m.type === 'resize').at(-1)?.height,
    lti: globalThis.frameMessages.filter((m) => m.subject === 'lti.frameResize').at(-1)?.height,
    frame: document.getElementById('frame').getBoundingClientRect().height,
  }));
  assert.ok(heights.nnplay > 400, `the widget is taller than the frame's first 400 px (${heights.nnplay})`);
  assert.equal(heights.lti, heights.nnplay);
  assert.ok(Math.abs(heights.frame - heights.nnplay) <= 2, `the frame is ${heights.frame} px for ${heights.nnplay} px`);
  assert.deepEqual(await page.evaluate(() => globalThis.violations), []);
  await close();
});
