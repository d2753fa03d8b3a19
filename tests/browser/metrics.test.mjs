// The Metrics panel on the built site, as a learner uses it: open it, step, reset, train; its numbers
// are the engine's metricsJson for the same experiment (a Session built here in Node from the page's
// own URL hash, trained the same epochs); a count of a confusion matrix rings exactly its points on
// the map, and a second click clears them.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { nnplay } from '../node/load.mjs';
import { load } from '../web/load.mjs';
import { open, PHONE, screenshot, sleep, step, waitForNumber } from './site.mjs';

const { DEFAULT_STATE, parseHash } = await load('state.ts');
const { sessionConfig } = await load('sessionConfig.ts');

/** The engine's train and test metrics of the page's experiment after `epochs` epochs of one each (as Step trains). */
async function engineMetrics(page, epochs) {
  const state = parseHash(await page.evaluate(() => location.hash), DEFAULT_STATE);
  const session = new nnplay.Session(JSON.stringify(sessionConfig(state)));
  try {
    for (let i = 0; i < epochs; i++) session.train(1);
    const read = (which) => ({ ...JSON.parse(session.metricsJson(which)), points: session.points(which) });
    return { train: read('train'), test: read('test') };
  } finally {
    session.delete();
  }
}

const percent = (share) => (share === null ? '—' : `${(100 * share).toFixed(1)}%`);
const decimal = (value) => (value === null ? '—' : value.toFixed(3));
/** Two classes are named −1 and 1 (engine classes 0 and 1), more by their index. */
const className = (c, classes) => (classes === 2 ? ['−1', '1'][c] : String(c + 1));

/** The rows the panel should show for the engine's `metrics`: a header, then each metric, training then test. */
function expectedRows({ train, test }) {
  const classes = train.confusion.length;
  const rows = [['', 'Training', 'Test'], ['Loss', decimal(train.loss), decimal(test.loss)]];
  if (classes === 0) return [...rows, ['RMSE', decimal(train.rmse), decimal(test.rmse)], ['R²', decimal(train.r2), decimal(test.r2)]];
  rows.push(['Accuracy', percent(train.accuracy), percent(test.accuracy)]);
  for (let c = 0; c < classes; c++) rows.push([`Accuracy of class ${className(c, classes)}`, percent(train.classAccuracy[c]), percent(test.classAccuracy[c])]);
  return rows;
}

/** What the panel shows: its numbers table's rows and the counts of both confusion matrices. */
async function panel(page) {
  const rows = await page.getByRole('table', { name: 'Metrics of the training and test data' }).evaluate((table) =>
    [...table.tBodies[0].rows].map((row) => [...row.cells].map((cell) => cell.textContent)));
  const counts = async (name) =>
    page.getByRole('table', { name }).evaluate((table) =>
      [...table.tBodies[0].rows].slice(1).map((row) => [...row.querySelectorAll('button')].map((b) => Number(b.textContent))));
  return { rows, train: await counts('Training confusion matrix'), test: await counts('Test confusion matrix') };
}

/** Waits until `check` stops throwing (the panel is drawn on the next frame), and rethrows its last failure after `timeout`. */
async function until(check, timeout = 30_000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await sleep(50);
    }
  }
}

async function assertPanelIsEngine(page, epochs) {
  const engine = await engineMetrics(page, epochs);
  await until(async () => {
    const shown = await panel(page);
    assert.deepEqual(shown.rows, expectedRows(engine));
    assert.deepEqual(shown.train, engine.train.confusion);
    assert.deepEqual(shown.test, engine.test.confusion);
  });
  return engine;
}

/**
 * Which of `places` (canvas pixels) are ringed on the overlay `canvas`: a ring of radius 6 passes
 * through (x + 6, y), transparent where nothing is drawn.
 */
async function ringedAt(canvas, places) {
  return canvas.evaluate((canvas, places) => {
    const ctx = canvas.getContext('2d');
    return places.map(([x, y]) => ctx.getImageData(Math.round(x + 6), Math.round(y), 1, 1).data[3] > 0);
  }, places);
}

test('the panel shows the engine’s metrics of a 3-class spiral after steps, a reset and a run, and a count rings exactly its points', { timeout: 180_000 }, async () => {
  const { page, close } = await open('seed=0.5&dataset=spirals&classes=3&networkShape=6,6&optimizer=adam&learningRate=0.03');
  const toggle = page.getByRole('button', { name: 'Metrics', exact: true });
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false', 'collapsed on the Playground’s screen');
  await toggle.click();
  assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
  await assertPanelIsEngine(page, 0);
  await step(page, 5);
  const engine = await assertPanelIsEngine(page, 5);

  // A wrong answer of the training data: the first off-diagonal cell that counts any point.
  const classes = engine.train.confusion.length;
  const cells = engine.train.confusion.flatMap((row, truth) => row.map((count, predicted) => ({ truth, predicted, count })));
  const wrong = cells.find(({ truth, predicted, count }) => truth !== predicted && count > 0);
  assert.ok(wrong, 'five epochs leave some training points misclassified');
  const name = `${wrong.count}: true ${className(wrong.truth, classes)}, predicted ${className(wrong.predicted, classes)}`;
  const cell = page.getByRole('table', { name: 'Training confusion matrix' }).getByRole('button', { name, exact: true });
  await cell.click();
  assert.equal(await cell.getAttribute('aria-pressed'), 'true');
  await page.locator('.nnplay-metrics-ringed').getByText(`Ringed on the map: ${wrong.count} training point${wrong.count === 1 ? '' : 's'} of class ${className(wrong.truth, classes)} predicted as ${className(wrong.predicted, classes)}.`).waitFor();

  // The engine's training points in canvas pixels; those of the cell are where truth and prediction match it.
  const canvas = page.locator('.nnplay-map-overlay');
  const width = await canvas.evaluate((c) => c.width);
  const { points, predicted } = engine.train;
  const places = [];
  const inCell = [];
  for (let i = 0; i < predicted.length; i++) {
    places.push([((points[3 * i] + 6) * width) / 12, ((6 - points[3 * i + 1]) * width) / 12]);
    inCell.push(points[3 * i + 2] === wrong.truth && predicted[i] === wrong.predicted);
  }
  assert.equal(inCell.filter(Boolean).length, wrong.count);
  const ringed = await until(async () => {
    const found = await ringedAt(canvas, places);
    assert.ok(found.some(Boolean), 'the rings are drawn');
    return found;
  });
  // Every point of the cell is ringed; any other point is not, unless a ring of the cell's passes
  // through the spot sampled (within 3 px of radius 6 around a ringed point).
  const ringCentres = places.filter((_, i) => inCell[i]);
  const onARing = ([x, y]) => ringCentres.some(([cx, cy]) => Math.abs(Math.hypot(x + 6 - cx, y - cy) - 6) < 3);
  places.forEach((place, i) => {
    if (inCell[i]) assert.equal(ringed[i], true, `point ${i} of the cell is ringed`);
    else if (!onARing(place)) assert.equal(ringed[i], false, `point ${i} is not in the cell`);
  });
  await screenshot(page, 'metrics-ringed');

  await cell.click();
  assert.equal(await cell.getAttribute('aria-pressed'), 'false');
  await until(async () => assert.deepEqual(await ringedAt(canvas, places), places.map(() => false)));

  // Training with the panel open, then Reset: the engine's metrics of epoch 0 again.
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await waitForNumber(page, 'Epoch', (e) => e >= 20);
  await page.getByRole('button', { name: 'Reset', exact: true }).click();
  await waitForNumber(page, 'Epoch', (e) => e === 0);
  await assertPanelIsEngine(page, 0);
  await close();
});

test('regression: RMSE and R² of training and test data, no confusion matrix; the panel fits a phone', { timeout: 120_000 }, async () => {
  const { page, close } = await open('seed=0.5&problem=regression&regDataset=reg-plane&networkShape=3', { viewport: PHONE });
  await page.getByRole('button', { name: 'Metrics', exact: true }).click();
  await step(page, 3);
  const engine = await engineMetrics(page, 3);
  assert.equal(engine.train.confusion.length, 0);
  await until(async () => {
    const rows = await page.getByRole('table', { name: 'Metrics of the training and test data' }).evaluate((table) =>
      [...table.tBodies[0].rows].map((row) => [...row.cells].map((cell) => cell.textContent)));
    assert.deepEqual(rows, expectedRows(engine));
  });
  assert.equal(await page.getByRole('table', { name: 'Training confusion matrix' }).isVisible(), false);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.equal(overflow, 0, 'no sideways scrolling on a phone');
  await screenshot(page, 'metrics-regression-phone');
  await close();
});

test('metrics_hide=true hides the Metrics button, as the Playground’s keys hide its controls', { timeout: 60_000 }, async () => {
  const { page, close } = await open('seed=0.5&metrics_hide=true');
  assert.equal(await page.getByRole('button', { name: 'Metrics', exact: true }).count(), 0);
  await close();
});
