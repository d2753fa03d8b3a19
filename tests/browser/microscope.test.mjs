// One step under the microscope, clicked as a person would: the numbers on screen are the engine's
// traceExampleJson for the same network and point, and a one-example training step through the
// engine changes every weight by exactly the update the microscope showed. Formulas are MathML
// under the strict Content-Security-Policy; → and ← step, and each step is announced.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { withSession } from '../node/load.mjs';
import { load } from '../web/load.mjs';
import { PHONE, open, screenshot } from './site.mjs';

const { readHash, DEFAULT_STATE } = await load('state.ts');
const { sessionConfig } = await load('sessionConfig.ts');

const HASH = 'seed=microscope&dataset=circle&networkShape=3,2&learningRate=0.1';

/** Every number of the step on screen: where, which, the exact value (and before), and its text. */
async function shownRows(page) {
  return page.locator('.nnplay-microscope-table tbody tr').evaluateAll((rows) =>
    rows.map((row) => ({
      place: JSON.parse(row.dataset.place),
      symbol: row.dataset.symbol,
      value: Number(row.dataset.value),
      before: row.dataset.before === undefined ? undefined : Number(row.dataset.before),
      text: row.cells[1].textContent,
    })),
  );
}

/** The numbers a row's text shows ("w 0.4 → 0.3988": both), as JS numbers. */
const textNumbers = (text) => [...text.replaceAll('−', '-').matchAll(/-?\d+(\.\d+)?(e-?\d+)?/g)].map((m) => Number(m[0]));

/** `shown` to the 4 significant digits the page writes. */
const closeTo = (shown, exact) => Math.abs(shown - exact) <= 5e-4 * Math.abs(exact) + 1e-12;

/**
 * The trace's number for `row` (and, for an update, the network's value before it); `changes`: the
 * trace itself, or its minibatch for the minibatch's step.
 */
function traced(trace, network, changes, { place, symbol }) {
  const { kind, layer } = place;
  if (kind === 'link' && symbol === 'w') {
    return { before: network.layers[layer].weights[place.to][place.from], value: changes.weightsAfter[layer][place.to][place.from] };
  }
  if (kind === 'bias' && symbol === 'b') {
    return { before: network.layers[layer].biases[place.unit], value: changes.biasesAfter[layer][place.unit] };
  }
  const table = {
    x: () => trace.inputs[place.unit],
    z: () => trace.z[layer][place.unit],
    a: () => trace.a[layer][place.unit],
    y: () => trace.target[place.unit],
    L: () => trace.loss,
    'mean L': () => trace.minibatch.loss,
    δ: () => trace.delta[layer][place.unit],
    '∂L/∂w': () => trace.weightGradients[layer][place.to][place.from],
    '∂L/∂b': () => trace.biasGradients[layer][place.unit],
  };
  return { value: table[symbol]() };
}

test('the microscope shows the engine trace of a clicked point, and one-example training moves every weight by exactly its update', async () => {
  const { page, close } = await open(HASH);
  await page.evaluate(() => {
    window.violations = [];
    document.addEventListener('securitypolicyviolation', (event) => window.violations.push(event.violatedDirective));
  });
  const button = page.getByRole('button', { name: 'Microscope', exact: true });
  await button.click();
  assert.equal(await button.getAttribute('aria-expanded'), 'true');
  const map = page.locator('.nnplay-map-overlay');
  const box = await map.boundingBox();
  await map.click({ position: { x: box.width * 0.7, y: box.height * 0.35 } });
  const title = page.locator('.nnplay-microscope-title');
  await title.filter({ hasText: /^Step 1 of 10: Training example \d+/ }).waitFor();
  const example = Number((await title.textContent()).match(/Training example (\d+)/)[1]) - 1;
  await page.locator('.nnplay-microscope-formula math').waitFor(); // KaTeX loads the first time a formula is shown
  assert.equal(await page.locator('.nnplay-microscope-formula math').count(), 1, 'the formula is MathML');

  // The same experiment in the engine under Node: the page's own state, read back from its URL.
  const { state } = readHash(await page.evaluate(() => location.hash), DEFAULT_STATE);
  const config = sessionConfig(state);
  const { trace, network, model, point } = withSession(config, (session) => ({
    trace: JSON.parse(session.traceExampleJson(example)),
    network: JSON.parse(session.networkJson()),
    model: JSON.parse(session.modelJson()),
    point: session.points('train').slice(3 * example, 3 * example + 2),
  }));

  const steps = [];
  const panel = page.getByRole('region', { name: 'One step under the microscope' });
  const announced = page.locator('[aria-live="polite"][aria-atomic="true"]');
  for (let at = 1; at <= 10; at++) {
    await title.filter({ hasText: new RegExp(`^Step ${at} of 10`) }).waitFor();
    // Step 1 is announced too, but a frame's news may follow it; the keys bring no frame.
    if (at > 1) await announced.filter({ hasText: new RegExp(`^Step ${at} of 10`) }).waitFor();
    steps.push(await shownRows(page));
    if (at < 10) await panel.press('ArrowRight');
  }
  await panel.press('ArrowLeft');
  await title.filter({ hasText: /^Step 9 of 10/ }).waitFor();

  const checked = new Set();
  const rows = steps.flatMap((rows, at) => rows.map((row) => ({ row, changes: at === steps.length - 1 ? trace.minibatch : trace })));
  for (const { row, changes } of rows) {
    const expected = traced(trace, network, changes, row);
    assert.equal(row.value, expected.value, `value of ${JSON.stringify(row)}`);
    if (expected.before !== undefined) {
      assert.equal(row.before, expected.before, `before of ${JSON.stringify(row)}`);
      const [before, after] = textNumbers(row.text);
      assert.ok(closeTo(before, row.before) && closeTo(after, row.value), `text of ${JSON.stringify(row)}`);
    } else {
      assert.ok(closeTo(textNumbers(row.text).at(-1), row.value), `text of ${JSON.stringify(row)}`);
    }
    checked.add(row.symbol);
  }
  assert.deepEqual([...checked].sort(), ['L', 'a', 'b', 'mean L', 'w', 'x', 'y', 'z', 'δ', '∂L/∂b', '∂L/∂w'].sort());
  assert.equal(steps.at(-1).filter((row) => row.symbol === 'w').length, 2 * 3 + 3 * 2 + 2 * 1);

  // One training step on this example alone: the model on screen; a CSV of the point and one of
  // another class (a CSV needs two rows and both classes), of which trainPercent 50 trains on the
  // first only; a batch of one, the page's optimiser. The weights start at the values shown before the update.
  const update = steps.at(-2);
  const classes = model.output.classes;
  const own = classes[trace.label];
  const csv = `${model.inputs.names.join(',')},label\n${[...point].join(',')},${own}\n0,0,${classes.find((name) => name !== own)}\n`;
  const oneExample = { model, dataset: { csv, trainPercent: 50 }, batchSize: 1, shuffle: false, optimizer: config.optimizer, loss: config.loss };
  withSession(oneExample, (session) => {
    assert.deepEqual([...session.points('train')], [...point, trace.label === 1 ? 1 : -1]);
    for (const { place, before } of update) {
      if (place.kind === 'link') session.setWeight(place.layer, place.to, place.from, before);
      else session.setBias(place.layer, place.unit, before);
    }
    session.train(1);
    const after = JSON.parse(session.networkJson());
    for (const { place, value } of update) {
      const trained = place.kind === 'link' ? after.layers[place.layer].weights[place.to][place.from] : after.layers[place.layer].biases[place.unit];
      assert.equal(trained, value, `${JSON.stringify(place)} after one step`);
    }
  });

  assert.deepEqual(await page.evaluate(() => window.violations), []);
  await screenshot(page, 'microscope-desktop');
  await close();
});

test('at phone size the panel and its numbers fit the width', async () => {
  const { page, close } = await open(HASH, { viewport: PHONE });
  await page.getByRole('button', { name: 'Microscope', exact: true }).click();
  const map = page.locator('.nnplay-map-overlay');
  await map.scrollIntoViewIfNeeded();
  const box = await map.boundingBox();
  await map.click({ position: { x: box.width * 0.3, y: box.height * 0.6 } });
  const title = page.locator('.nnplay-microscope-title');
  await title.filter({ hasText: /^Step 1 of 10/ }).waitFor();
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await title.filter({ hasText: /^Step 2 of 10/ }).waitFor();
  const panel = await page.getByRole('region', { name: 'One step under the microscope' }).boundingBox();
  assert.ok(panel.x >= 0 && panel.x + panel.width <= PHONE.width, `panel ${JSON.stringify(panel)}`);
  await screenshot(page, 'microscope-phone');
  await close();
});
