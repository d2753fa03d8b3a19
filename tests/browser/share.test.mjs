// The Share / Embed dialog, used as a course author would: lock and hide controls, add a goal, read
// the links and snippets (which parse back to the configuration chosen), copy one, and watch the
// live preview (the embed page itself) follow each choice.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { load } from '../web/load.mjs';
import { open, openPage, PHONE, screenshot, shown } from './site.mjs';
import { serveStatic } from './staticServer.mjs';

const { readEmbedHash } = await load('embed/embedHash.ts');
const { validateConfig } = await load('embed/validate.ts');

const EXPERIMENT = 'dataset=xor&networkShape=3&learningRate=0.1&seed=0.5';
const LOCKED_TITLE = 'Locked by the author of this page';

/** Opens the site at `hash` and the dialog with the Share / Embed button. */
async function openDialog(hash, options = {}) {
  const opened = await open(hash, options);
  await opened.page.getByRole('button', { name: 'Share / Embed', exact: true }).click();
  const dialog = opened.page.getByRole('dialog', { name: 'Share / Embed' });
  await dialog.waitFor();
  return { ...opened, dialog };
}

/** Serves `html` as the one page of a plain node:http server: a course site on another origin than nnplay's. */
async function serve(html) {
  const server = await serveStatic(() => ({ body: html, type: 'text/html' }));
  return { url: `${server.origin}/courses/week3.html`, close: server.close };
}

const DIST = new URL('../../dist/', import.meta.url);

/**
 * A course site on a plain node:http server: the built site under /nnplay/, and the page
 * /courses/week3.html, whose HTML is `coursePage()` when asked for.
 */
async function courseSite(coursePage) {
  const server = await serveStatic((asked) => {
    const path = asked.endsWith('/') ? `${asked}index.html` : asked;
    if (path === '/courses/week3.html') return { body: coursePage(), type: 'text/html' };
    return path.startsWith('/nnplay/') ? new URL(`.${path.slice('/nnplay'.length)}`, DIST) : null;
  });
  return { nnplay: `${server.origin}/nnplay/`, course: `${server.origin}/courses/week3.html`, close: server.close };
}

const output = (dialog, label) => dialog.getByLabel(label, { exact: true }).inputValue();

/** The dialog's preview frame, once its playground is on screen. */
async function preview(page) {
  const frame = page.frameLocator('iframe[title="Preview of the embed"]');
  await shown(frame.locator('body'));
  return frame;
}

test('an author locks and hides controls and adds a goal: the links and snippets say exactly that, and parse back', { timeout: 120_000 }, async () => {
  const { page, dialog, close } = await openDialog(EXPERIMENT, { permissions: ['clipboard-read', 'clipboard-write'] });
  await dialog.getByRole('checkbox', { name: 'Lock Learning rate' }).check();
  await dialog.getByRole('checkbox', { name: 'Hide Noise' }).check();
  assert.ok(await dialog.getByRole('checkbox', { name: 'Lock Noise' }).isDisabled(), 'a hidden control has nothing to lock');
  // The keyboard works too: Space on a focused box.
  await dialog.getByRole('checkbox', { name: 'Lock Activation' }).focus();
  await page.keyboard.press('Space');
  assert.ok(await dialog.getByRole('checkbox', { name: 'Lock Activation' }).isChecked());

  await dialog.getByRole('button', { name: 'Add a goal' }).click();
  const goal = dialog.getByRole('group', { name: 'Goal 1' });
  // A new goal is the example; choosing an accuracy turns it into "at least".
  assert.equal(await goal.getByLabel('Value').inputValue(), '0.05');
  await goal.getByLabel('Watch').selectOption({ label: 'Test accuracy' });
  assert.equal(await goal.getByLabel('Is').inputValue(), 'atLeast');
  await goal.getByLabel('Value').fill('0.8');
  await goal.getByLabel('Within epochs').fill('200');
  await goal.getByLabel('Message').fill("Well done: that's 80%, & more");

  const expected = {
    version: 1,
    state: { dataset: 'xor', networkShape: [3], learningRate: 0.1, seed: '0.5', hidden: ['noise'] },
    locked: ['learningRate', 'activation'],
    goals: [{ metric: 'testAccuracy', atLeast: 0.8, withinEpochs: 200, message: "Well done: that's 80%, & more" }],
  };
  const embed = await output(dialog, 'Embed link');
  const site = new URL(page.url());
  assert.equal(embed.split('#')[0], new URL('embed.html', site).href);
  const { config: fromLink, refused } = readEmbedHash(new URL(embed).hash);
  assert.deepEqual(refused, []);
  const { version: _, ...described } = expected;
  assert.deepEqual(fromLink, described);
  assert.equal(await output(dialog, 'Playground link'), page.url(), 'the playground link is the address of the experiment on screen');

  // The snippets, parsed as a host page's HTML would be.
  const parsed = await page.evaluate(
    ([iframe, element]) => {
      const html = (text) => new DOMParser().parseFromString(text, 'text/html');
      const frame = html(iframe).querySelector('iframe');
      const doc = html(element);
      return {
        frame: { src: frame.getAttribute('src'), title: frame.title },
        script: { src: doc.querySelector('script').getAttribute('src'), type: doc.querySelector('script').type },
        config: doc.querySelector('nnplay-playground').getAttribute('config'),
      };
    },
    [await output(dialog, 'Iframe snippet'), await output(dialog, 'Custom-element snippet')],
  );
  assert.deepEqual(parsed.frame, { src: embed, title: 'nnplay: a neural network playground' });
  assert.deepEqual(parsed.script, { src: new URL('nnplay-element.js', site).href, type: 'module' });
  const fromElement = JSON.parse(parsed.config);
  assert.deepEqual(fromElement, expected);
  assert.deepEqual(validateConfig(fromElement).errors, []);

  await dialog.getByRole('button', { name: 'Copy the iframe snippet' }).click();
  await dialog.getByText('Copied the iframe snippet.').waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, await output(dialog, 'Iframe snippet'));

  // Pasted into a plain HTML page of a course site (another origin), the snippet shows the embed as the author made it.
  const course = await serve(`<!doctype html><html lang="en"><title>Week 3</title><link rel="icon" href="data:,"><h1>Week 3</h1>${copied}</html>`);
  const { page: host, close: closeHost } = await openPage(course.url);
  const pasted = host.frameLocator('iframe[title="nnplay: a neural network playground"]');
  await shown(pasted.locator('body'));
  assert.ok(await pasted.getByLabel('Activation', { exact: true }).isDisabled());
  await pasted.getByText('Test accuracy ≥ 80% within 200 epochs', { exact: true }).waitFor();
  await closeHost();
  course.close();

  // The preview is the embed link, with the control locked (and its tooltip) and the other hidden.
  assert.equal(await page.locator('iframe[title="Preview of the embed"]').getAttribute('src'), embed);
  const frame = await preview(page);
  assert.ok(await frame.getByRole('radio', { name: 'Exclusive or' }).isChecked());
  const rate = frame.getByLabel('Learning rate', { exact: true });
  assert.ok(await rate.isDisabled());
  assert.equal(await rate.getAttribute('title'), LOCKED_TITLE);
  assert.equal(await frame.getByRole('slider', { name: 'Noise' }).isVisible(), false);
  assert.ok(await frame.getByRole('slider', { name: 'Batch size' }).isVisible());
  assert.equal(await frame.getByRole('button', { name: 'Share / Embed' }).count(), 0, 'an embed has no Share button');
  await frame.getByText('Test accuracy ≥ 80% within 200 epochs', { exact: true }).waitFor();
  await screenshot(page, 'share-dialog');
  await page.locator('iframe[title="Preview of the embed"]').scrollIntoViewIfNeeded();
  await screenshot(page, 'share-dialog-preview');
  await close();
});

test('the preview follows each choice; a goal that is not valid is said in words and nothing can be copied', { timeout: 120_000 }, async () => {
  const { page, dialog, close } = await openDialog(EXPERIMENT);
  let frame = await preview(page);
  const rate = frame.getByLabel('Learning rate', { exact: true });
  assert.ok(await rate.isEnabled());
  await dialog.getByRole('checkbox', { name: 'Lock Learning rate' }).check();
  await rate.and(frame.locator(':disabled')).waitFor();
  await dialog.getByRole('checkbox', { name: 'Hide Play / Pause' }).check();
  await frame.getByRole('button', { name: 'Play', exact: true }).waitFor({ state: 'hidden' });
  await dialog.getByRole('checkbox', { name: 'Lock Learning rate' }).uncheck();
  await rate.and(frame.locator(':enabled')).waitFor();

  await dialog.getByRole('button', { name: 'Add a goal' }).click();
  const within = dialog.getByRole('group', { name: 'Goal 1' }).getByLabel('Within epochs');
  await within.fill('0');
  await dialog.getByText('Goal 1\'s “within epochs” must be a whole number of at least 1, not 0').waitFor();
  assert.equal(await output(dialog, 'Embed link'), '');
  assert.ok(await dialog.getByRole('button', { name: 'Copy the embed link' }).isDisabled());
  await within.fill('300');
  await dialog.getByText('must be a whole number').waitFor({ state: 'detached' });
  assert.match(await output(dialog, 'Embed link'), /&goal=testLoss,atMost,0\.05,300$/);

  // A second goal, then the first removed: the second becomes Goal 1.
  await dialog.getByRole('button', { name: 'Add a goal' }).click();
  await dialog.getByRole('group', { name: 'Goal 2' }).getByLabel('Watch').selectOption({ label: 'Epoch' });
  await dialog.getByRole('button', { name: 'Remove goal 1' }).click();
  assert.equal(await dialog.getByRole('group', { name: 'Goal 2' }).count(), 0);
  assert.equal(await dialog.getByRole('group', { name: 'Goal 1' }).getByLabel('Watch').inputValue(), 'epoch');
  assert.match(await output(dialog, 'Embed link'), /&goal=epoch,atLeast,100,300$/);
  await frame.getByText('Epoch ≥ 100 within 300 epochs', { exact: true }).waitFor();
  assert.equal(await frame.getByText('Test loss ≤ 0.05 within 300 epochs').count(), 0);

  // Escape closes the dialog, takes the preview (and its worker) away and gives the focus back.
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });
  assert.equal(await page.locator('iframe[title="Preview of the embed"]').count(), 0);
  const share = page.getByRole('button', { name: 'Share / Embed', exact: true });
  assert.ok(await share.evaluate((button) => button === document.activeElement));
  // Opened again from the keyboard: the choices are as the author left them.
  await page.keyboard.press('Enter');
  await dialog.waitFor();
  assert.ok(await dialog.getByRole('checkbox', { name: 'Hide Play / Pause' }).isChecked());
  frame = await preview(page);
  assert.equal(await frame.getByRole('button', { name: 'Play', exact: true }).isVisible(), false);
  await close();
});

test('on a phone the dialog is one column; share_hide=true takes the button away', { timeout: 90_000 }, async () => {
  const { page, dialog, close } = await openDialog(EXPERIMENT, { viewport: PHONE });
  const [choose, paste] = await Promise.all(
    ['Choose', 'Paste'].map((name) => dialog.getByRole('region', { name }).boundingBox()),
  );
  assert.ok(paste.y >= choose.y + choose.height, 'what to paste is under the choices');
  assert.ok(choose.width <= PHONE.width);
  await screenshot(page, 'share-dialog-phone');
  await close();

  const hidden = await open(`${EXPERIMENT}&share_hide=true`);
  const site = hidden.page.url();
  await hidden.page.getByRole('button', { name: 'Play', exact: true }).waitFor();
  const button = hidden.page.getByRole('button', { name: 'Share / Embed', includeHidden: true });
  assert.equal(await button.count(), 1);
  assert.equal(await button.isVisible(), false);
  await hidden.close();

  const embed = await openPage(new URL(`embed.html#${EXPERIMENT}`, site).href);
  await shown(embed.page);
  assert.equal(await embed.page.getByRole('button', { name: 'Share / Embed' }).count(), 0);
  await embed.close();
});

test("on the author's own site, the custom-element snippet pasted into a course page shows the widget as made", { timeout: 120_000 }, async () => {
  let snippet = '';
  const site = await courseSite(() => `<!doctype html><html lang="en"><title>Week 3</title><link rel="icon" href="data:,"><h1>Week 3</h1>${snippet}</html>`);
  const opened = await openPage(`${site.nnplay}#${EXPERIMENT}`);
  await shown(opened.page);
  await opened.page.getByRole('button', { name: 'Share / Embed', exact: true }).click();
  const dialog = opened.page.getByRole('dialog', { name: 'Share / Embed' });
  await dialog.getByRole('checkbox', { name: 'Lock Activation' }).check();
  await dialog.getByRole('checkbox', { name: 'Hide Step' }).check();
  await dialog.getByRole('button', { name: 'Add a goal' }).click();
  snippet = await output(dialog, 'Custom-element snippet');
  assert.ok(snippet.startsWith(`<script type="module" src="${site.nnplay}nnplay-element.js"></script>`), snippet);
  await opened.close();

  const course = await openPage(site.course);
  const widget = course.page.locator('nnplay-playground');
  await shown(widget);
  assert.ok(await widget.getByRole('radio', { name: 'Exclusive or' }).isChecked());
  assert.ok(await widget.getByLabel('Activation', { exact: true }).isDisabled());
  assert.equal(await widget.getByLabel('Activation', { exact: true }).getAttribute('title'), LOCKED_TITLE);
  assert.equal(await widget.getByRole('button', { name: 'Step', exact: true }).count(), 0);
  await widget.getByText('Test loss ≤ 0.05 within 300 epochs', { exact: true }).waitFor();
  await course.close();
  site.close();
});
