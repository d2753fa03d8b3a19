// Pause at the fastest speed stops at once: after the click the page gets at most the one frame
// that was being trained, and then shows where the network is.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { open, waitForNumber } from './site.mjs';

/** Before the page's scripts: every frame epoch the worker posts, and every epoch the counter shows. */
function record() {
  globalThis.posted = [];
  /** Loss points of each frame: one training run has at most CHART_POINTS_PER_FRAME. */
  globalThis.runs = [];
  globalThis.shown = [];
  const NativeWorker = Worker;
  globalThis.Worker = class extends NativeWorker {
    constructor(...args) {
      super(...args);
      this.addEventListener('message', ({ data }) => {
        if (data.type !== 'frame') return;
        globalThis.posted.push(data.stats.epoch);
        globalThis.runs.push(data.history.epochs.length);
      });
    }
  };
  new MutationObserver(() => {
    const text = document.querySelector('.nnplay-epoch output')?.value ?? '';
    const epoch = Number(text.replaceAll(',', ''));
    if (text !== '' && epoch !== globalThis.shown.at(-1)) globalThis.shown.push(epoch);
  }).observe(document, { childList: true, characterData: true, subtree: true });
}

test('Pause at the fastest speed: after the click at most one frame arrives, and the counter shows where training is', { timeout: 60_000 }, async () => {
  const { page, close } = await open('seed=0.5&speed=max');
  await page.addInitScript(record);
  await page.reload();
  await page.getByLabel('Epoch', { exact: true }).filter({ hasText: /\d/ }).waitFor();
  await page.getByRole('button', { name: 'Play' }).click();
  await waitForNumber(page, 'Epoch', (e) => e > 3000);
  // The click and what the page had at that moment, in one task.
  const atClick = await page.getByRole('button', { name: 'Pause' }).evaluate((button) => {
    const at = { posted: globalThis.posted.length, shown: globalThis.shown.at(-1) };
    button.click();
    return at;
  });
  await page.getByRole('button', { name: 'Play' }).waitFor();
  // Step: the worker trains one epoch from where it rests (a frame one epoch after the one before;
  // a frame at `max` is hundreds), and the counter shows it.
  await page.getByRole('button', { name: 'Step' }).click();
  await page.waitForFunction(() => {
    const { posted, shown } = globalThis;
    return posted.at(-1) === posted.at(-2) + 1 && shown.at(-1) === posted.at(-1);
  });
  const { posted, shown, runs } = await page.evaluate(() => ({ posted: globalThis.posted, shown: globalThis.shown, runs: globalThis.runs }));
  const stepped = posted.at(-1);
  const afterClick = posted.slice(atClick.posted, -1);
  // At most the frame that was being trained when the click came, and it holds one frame's training
  // run (at most 8 loss points, worker/pacing.ts's CHART_POINTS_PER_FRAME): nothing trained ahead.
  assert.ok(afterClick.length <= 1, `frames after the click: ${afterClick.join(', ')}`);
  assert.ok(runs.slice(atClick.posted, -1).every((points) => points <= 8), `loss points: ${runs.slice(atClick.posted)}`);
  const rest = stepped - 1;
  assert.equal(afterClick.at(-1) ?? posted[atClick.posted - 1], rest, 'the step starts where the last frame left off');
  // The counter went from the epoch at the click straight to where training rests, then to the step.
  const clickIndex = shown.lastIndexOf(atClick.shown);
  assert.deepEqual(shown.slice(clickIndex + 1), rest === atClick.shown ? [stepped] : [rest, stepped]);
  await close();
});
