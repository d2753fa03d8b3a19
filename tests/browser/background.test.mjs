// A tab left in the background while training pauses after five minutes (web/src/app/backgroundPause.ts)
// and, back in front, says why and goes on when asked. The page's clock is Playwright's, so five
// minutes pass in one step; the worker trains in real time.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { epoch, epochAtRest, open, screenshot, waitForNumber } from './site.mjs';

/** Tells the page it is hidden or visible, as the browser does when the tab changes. */
function setVisibility(state) {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  document.dispatchEvent(new Event('visibilitychange'));
}

test('five minutes in the background pause the training, and Go on plays again', { timeout: 60_000 }, async () => {
  const { page, close } = await open('seed=0.5');
  try {
    await page.clock.install();
    await page.reload();
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await waitForNumber(page, 'Epoch', (n) => n > 0);
    await page.evaluate(setVisibility, 'hidden');
    await page.clock.fastForward('04:00');
    assert.equal(await page.getByRole('button', { name: 'Pause', exact: true }).count(), 1, 'still training after 4 minutes');
    await page.clock.fastForward('01:00');
    const note = page.getByText('Training paused: the tab was in the background for 5 minutes.');
    await note.waitFor();
    await page.evaluate(setVisibility, 'visible');
    await page.getByRole('button', { name: 'Play', exact: true }).waitFor();
    const paused = await epochAtRest(page);
    await screenshot(page, 'background-paused');
    await page.getByRole('button', { name: 'Go on', exact: true }).click();
    await waitForNumber(page, 'Epoch', (n) => n > paused);
    await note.waitFor({ state: 'hidden' });
    assert.ok((await epoch(page)) > paused);
  } finally {
    await close();
  }
});
