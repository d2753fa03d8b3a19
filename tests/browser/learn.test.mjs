// The Learn page's shell (web/src/learn/learnPage.ts): the index, deep links, Previous / Next and
// Back, an unknown lesson, progress kept and reset, every lesson on a phone, and the built site from
// a sub-path: the lesson page's links to the playground and the playground's help links to lessons.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';
import { openLesson, openPage, PHONE, shown, siteUrl } from './site.mjs';
import { serveStatic } from './staticServer.mjs';

// The lessons as the build renders them: their titles and goals are their authors' to change.
const { module } = await runnerImport(fileURLToPath(new URL('../../web/build/lessons.ts', import.meta.url)), { configFile: false, logLevel: 'silent' });
const folder = fileURLToPath(new URL('../../web/lessons/', import.meta.url));
const LESSONS = module
  .renderLessons(await Promise.all(module.lessonFiles(folder).map(async (file) => ({ file, source: await readFile(join(folder, file), 'utf8') }))))
  .map(({ data }) => data);
const GOALS = LESSONS.reduce((sum, lesson) => sum + lesson.goals.length, 0);
const lessonHeading = (page, number) => page.getByRole('heading', { level: 1, name: new RegExp(`^${number}\\. `) });
const navLink = (page, number) => page.getByRole('navigation', { name: 'Lessons' }).getByRole('link', { name: new RegExp(`^${number}\\. `) });

test('the index, a deep link, Previous / Next and Back, an unknown lesson, and progress kept and reset', async () => {
  const { page, close } = await openPage(`${siteUrl()}learn/`);
  await page.getByRole('heading', { level: 1, name: 'Learn how a neural network learns' }).waitFor();
  const entries = page.getByRole('main').getByRole('heading', { level: 2 });
  assert.deepEqual(await entries.allTextContents(), LESSONS.map((lesson) => `${lesson.number}. ${lesson.title}`));
  assert.equal(LESSONS.length, 9);
  await page.getByText(`0 of ${GOALS} goals met`).waitFor();
  await page.getByRole('link', { name: `Start with 1. ${LESSONS[0].title}` }).waitFor();

  // A goal met on an earlier visit (as a widget would store it) shows after a reload.
  const [goal] = LESSONS[2].goals;
  await page.evaluate((stored) => localStorage.setItem('nnplay-learn-progress', stored), JSON.stringify({ 3: [goal.id] }));
  await page.reload();
  await page.getByText(`1 of ${GOALS} goals met`).waitFor();
  assert.equal(await page.getByRole('list', { name: 'Goals of lesson 3' }).getByRole('listitem').first().textContent(), `✓ ${goal.text} (met)`);
  // Reset asks first; Cancel keeps the progress, Yes forgets it.
  await page.getByRole('button', { name: 'Reset my progress' }).click();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await page.getByText(`1 of ${GOALS} goals met`).waitFor();
  assert.ok(await page.getByRole('button', { name: 'Reset my progress' }).evaluate((button) => button === document.activeElement));
  await page.getByRole('button', { name: 'Reset my progress' }).click();
  await page.getByRole('button', { name: 'Yes, forget my progress' }).click();
  await page.getByText(`0 of ${GOALS} goals met`).waitFor();
  assert.equal(await page.evaluate(() => localStorage.getItem('nnplay-learn-progress')), null);
  await page.reload();
  assert.equal(await page.getByRole('list', { name: 'Goals of lesson 3' }).getByRole('listitem').first().textContent(), `${goal.text} (not met yet)`);

  // An unknown lesson is said, and the index shown.
  for (const name of ['12', 'abc']) {
    await page.evaluate((hash) => (location.hash = hash), name);
    await page.getByText(`There is no lesson “${name}”.`).waitFor();
    assert.equal(await entries.count(), 9);
  }
  await close();

  const lesson = await openLesson(3);
  const at = lesson.page;
  assert.equal(await navLink(at, 3).getAttribute('aria-current'), 'page');
  assert.equal(await at.locator('[aria-current="page"]').count(), 1, 'one page is current');
  await at.getByText('Lesson 3 of 9', { exact: true }).waitFor();
  await at.getByRole('link', { name: /^Next: 4\. / }).click();
  await lessonHeading(at, 4).waitFor();
  assert.ok(await lessonHeading(at, 4).evaluate((heading) => heading === document.activeElement), 'the focus goes to the new heading');
  assert.equal(await navLink(at, 4).getAttribute('aria-current'), 'page');
  assert.equal(await navLink(at, 3).getAttribute('aria-current'), null);
  await at.getByRole('link', { name: /^Previous: 3\. / }).click();
  await lessonHeading(at, 3).waitFor();
  await at.goBack();
  await lessonHeading(at, 4).waitFor();
  await at.goBack();
  await lessonHeading(at, 3).waitFor();
  // The last lesson leads back to the index.
  await navLink(at, LESSONS.length).click();
  await lessonHeading(at, LESSONS.length).waitFor();
  assert.equal(await at.getByRole('link', { name: /^Next: / }).count(), 0);
  await at.getByRole('link', { name: 'Done: All lessons and your goals' }).click();
  await at.getByRole('heading', { level: 1, name: 'Learn how a neural network learns' }).waitFor();
  await lesson.close();
});

test('on a 390 px phone every lesson fits the width, the lesson list is a menu, and nothing logs an error', async () => {
  const { page, close } = await openLesson(1, { viewport: PHONE });
  const menu = page.getByRole('navigation', { name: 'Lessons' });
  assert.equal(await navLink(page, 2).isVisible(), false, 'the menu starts closed');
  await menu.getByText('Lessons', { exact: true }).click();
  await navLink(page, 2).click();
  await lessonHeading(page, 2).waitFor();
  assert.equal(await navLink(page, 3).isVisible(), false, 'the menu closes on the way');
  for (const { number } of LESSONS) {
    await page.evaluate((hash) => (location.hash = hash), String(number));
    await lessonHeading(page, number).waitFor();
    // Each widget has put something in its place.
    await page.waitForFunction(() => [...document.querySelectorAll('.lesson-widget')].every((host) => host.childElementCount > 0));
    const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth }));
    assert.ok(scrollWidth <= innerWidth, `lesson ${number} is ${scrollWidth} px wide on a ${innerWidth} px screen`);
  }
  await close();
});

test('the built site under a sub-path: its one service worker from learn/, the lesson page\'s links to the playground, and the playground\'s help link to a lesson', async () => {
  const SUB_PATH = '/courses/ml/nnplay/';
  const dist = new URL('../../dist/', import.meta.url);
  // A folder's address is its index.html, as a static host serves it.
  const server = await serveStatic((path) => (path.startsWith(SUB_PATH) ? new URL(path.slice(SUB_PATH.length).replace(/(^|\/)$/, '$1index.html'), dist) : null));
  const site = `${server.origin}${SUB_PATH}`;
  try {
    const { page, close } = await openPage(`${site}learn/#1`);
    await lessonHeading(page, 1).waitFor();
    const registration = await page.evaluate(() => navigator.serviceWorker.ready.then(({ scope, active }) => ({ scope, script: active.scriptURL })));
    assert.deepEqual(registration, { scope: site, script: `${site}sw.js` }, 'the site\'s one service worker');

    await page.getByRole('link', { name: 'nnplay', exact: true }).click();
    await shown(page);
    assert.equal(page.url().replace(/#.*/, ''), site);
    await page.getByRole('button', { name: 'Help: Activation' }).click();
    const toLesson = page.getByRole('link', { name: /^Lesson \d+: / });
    // Activation is lesson 4's subject (web/src/help/helpTexts.ts), by its file's name.
    const number = 4;
    assert.equal(await toLesson.textContent(), `Lesson ${number}: ${LESSONS[number - 1].title}`);
    await toLesson.click();
    await lessonHeading(page, number).waitFor();
    assert.equal(page.url(), `${site}learn/#${number}`);

    const withPlayground = LESSONS.find((lesson) => lesson.playground !== null);
    assert.ok(withPlayground, 'some lesson links to the playground in its state');
    await page.getByRole('link', { name: new RegExp(`^${withPlayground.number}\\. `) }).first().click();
    await lessonHeading(page, withPlayground.number).waitFor();
    await page.getByRole('link', { name: 'Open this lesson in the full playground' }).click();
    await shown(page);
    // The playground writes every setting into its address: the lesson's among them.
    const address = new URL(page.url());
    assert.equal(`${address.origin}${address.pathname}`, site);
    const settings = new URLSearchParams(address.hash.slice(1));
    for (const [key, value] of new URLSearchParams(withPlayground.playground)) assert.equal(settings.get(key), value, key);
    await close();
  } finally {
    server.close();
  }
});
