// Each group of controls changed as a person would (mouse, keyboard): what the page shows, what the URL holds.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { colours, epochAtRest, hash, open, pixels, recordEpochs, shownEpochs, step, waitForNumber, waitForRedraw } from './site.mjs';

test('hyper-parameters: the learning rate and regularisation change while training goes on; activation rebuilds', { timeout: 60_000 }, async () => {
  const { page, close } = await open('seed=0.4');
  await step(page, 3);

  const learningRate = page.getByLabel('Learning rate', { exact: true });
  await learningRate.focus();
  await page.keyboard.press('ArrowDown'); // 0.03 → 0.1
  await page.waitForFunction(() => location.hash.includes('learningRate=0.1&'));
  assert.equal(await learningRate.inputValue(), '0.1');
  await page.getByLabel('Regularization', { exact: true }).selectOption({ label: 'L2' });
  await page.getByLabel('Regularization rate', { exact: true }).selectOption({ label: '0.01' });
  assert.equal(await epochAtRest(page), 3, 'no reset');
  assert.equal((await hash(page)).regularization, 'L2');
  assert.equal((await hash(page)).regularizationRate, '0.01');
  await step(page, 1);

  await page.getByLabel('Activation', { exact: true }).selectOption({ label: 'ReLU' });
  await waitForNumber(page, 'Epoch', (e) => e === 0);
  assert.equal((await hash(page)).activation, 'relu');
  assert.equal((await hash(page)).learningRate, '0.1', 'kept across the rebuild');
  await close();
});

test('problem type: regression offers the regression datasets and hides the accuracies', { timeout: 60_000 }, async () => {
  const { page, close } = await open('seed=0.4');
  assert.ok(await page.getByLabel('Test accuracy', { exact: true }).isVisible());
  await page.getByLabel('Problem type', { exact: true }).selectOption({ label: 'Regression' });
  await page.waitForFunction(() => location.hash.includes('problem=regression'));
  await page.getByRole('radio', { name: 'Plane' }).waitFor();
  assert.ok(await page.getByRole('radio', { name: 'Plane' }).isChecked());
  assert.ok(!(await page.getByRole('radio', { name: 'Circle' }).isVisible()));
  await page.getByText('Multi-Gaussian').click();
  await page.waitForFunction(() => location.hash.includes('regDataset=reg-gauss'));
  await step(page, 2);
  assert.ok(!(await page.getByLabel('Test accuracy', { exact: true }).isVisible()));
  assert.match(await page.getByLabel('Test loss', { exact: true }).textContent(), /^\d+\.\d{3}$/);
  await close();
});

test('data: dataset thumbnails, sliders and Regenerate', { timeout: 60_000 }, async () => {
  const { page, close } = await open('seed=0.4');
  const heatmap = page.getByRole('img', { name: 'Decision boundary' });
  // Each thumbnail shows its dataset's points in both classes' colours.
  const thumbnail = await colours(page.locator('label', { hasText: 'Exclusive or' }).locator('canvas'));
  assert.ok(thumbnail.orange > 20 && thumbnail.blue > 20, JSON.stringify(thumbnail));

  await page.getByText('Exclusive or').click();
  await page.waitForFunction(() => location.hash.includes('dataset=xor'));
  assert.ok(await page.getByRole('radio', { name: 'Exclusive or' }).isChecked());
  // Arrow keys move between the radio buttons.
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction(() => location.hash.includes('dataset=gauss'));
  assert.ok(await page.getByRole('radio', { name: 'Gaussian' }).isChecked());

  const noise = page.getByRole('slider', { name: 'Noise' });
  await noise.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction(() => location.hash.includes('noise=10&'));
  assert.equal(await noise.getAttribute('aria-valuetext'), '10');
  // The value is shown beside the label, too.
  assert.equal(await noise.evaluate((input) => document.querySelector(`output[for="${input.id}"]`).textContent), '10');

  const ratio = page.getByRole('slider', { name: 'Ratio of training to test data' });
  await ratio.focus();
  await page.keyboard.press('Home');
  await page.waitForFunction(() => location.hash.includes('percTrainData=10&'));
  assert.equal(await ratio.getAttribute('aria-valuetext'), '10%');

  const batch = page.getByRole('slider', { name: 'Batch size' });
  await step(page, 2);
  await batch.focus();
  await page.keyboard.press('End');
  await page.waitForFunction(() => location.hash.includes('batchSize=30&'));
  assert.equal(await epochAtRest(page), 2, 'the batch size changes without a reset');

  const { seed } = await hash(page);
  const before = await pixels(heatmap);
  await page.getByRole('button', { name: 'Regenerate' }).click();
  await page.waitForFunction(() => location.hash.includes('dataSeed='));
  assert.equal((await hash(page)).seed, seed, 'the weights’ seed stays');
  await waitForRedraw(heatmap, before);
  assert.equal(await epochAtRest(page), 2, 'new data, same network: the epoch goes on');
  await close();
});

test('output: test data, discretized output, colour schemes', { timeout: 60_000 }, async () => {
  // Without hidden layers the output is tanh of a plane: a gradient across the square from the start.
  const { page, close } = await open('dataset=gauss&networkShape=&seed=0.4&speed=max');
  const heatmap = page.getByRole('img', { name: 'Decision boundary' });

  // Untrained, the output is a smooth gradient: many shades along the top rows (no points there);
  // discretized, two (and a few blended pixels where they meet).
  const shades = () =>
    heatmap.evaluate((canvas) => {
      const { data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, 4);
      return new Set(Array.from({ length: data.length / 4 }, (_, i) => data.slice(4 * i, 4 * i + 3).join())).size;
    });
  const smooth = await shades();
  await page.getByRole('checkbox', { name: 'Discretize output' }).check();
  await page.waitForFunction(() => location.hash.includes('discretize=true'));
  const discrete = await shades();
  assert.ok(smooth > 20 && discrete <= 6, `${discrete} shades discretized, ${smooth} smooth`);
  await page.getByRole('checkbox', { name: 'Discretize output' }).uncheck();

  await page.getByRole('button', { name: 'Play' }).click();
  await waitForNumber(page, 'Test loss', (loss) => loss < 0.1, 45_000);
  await page.getByRole('button', { name: 'Pause' }).click();
  await epochAtRest(page);

  const plain = await pixels(heatmap);
  await page.getByRole('checkbox', { name: 'Show test data' }).check();
  await page.waitForFunction(() => location.hash.includes('showTestData=true'));
  assert.notEqual(await pixels(heatmap), plain, 'test points drawn');

  const playground = await colours(heatmap);
  const neuron = page.getByRole('button', { name: 'Output neuron' }).locator('canvas');
  assert.ok((await colours(neuron)).blue > 0);
  await page.getByLabel('Colours', { exact: true }).selectOption({ label: 'Orange / purple (colour-blind safe)' });
  await page.waitForFunction(() => location.hash.includes('colours=puor'));
  const puor = await colours(heatmap);
  assert.ok(puor.blue < playground.blue / 2, `blue pixels ${playground.blue} → ${puor.blue}`);
  // The network's thumbnails change scheme too.
  assert.equal((await colours(neuron)).blue, 0);
  const legend = await page.getByRole('img', { name: /Colour scale, Orange \/ purple/ }).count();
  assert.equal(legend, 1);

  await close();
});

test('speed: at 10 epochs per frame each drawn frame shows 10 more epochs, while Step trains one', { timeout: 60_000 }, async () => {
  const { page, close } = await open('seed=0.4');
  await page.getByLabel('Speed', { exact: true }).selectOption({ label: '10 epochs per frame' });
  await page.waitForFunction(() => location.hash.includes('speed=10'));
  await step(page, 1);
  await recordEpochs(page);
  await page.getByRole('button', { name: 'Play' }).click();
  await waitForNumber(page, 'Epoch', (e) => e >= 51);
  await page.getByRole('button', { name: 'Pause' }).click();
  const paused = await epochAtRest(page);
  // From epoch 1: 11, 21, 31, ... (at the default speed of 1 it would be 2, 3, 4, ...).
  const shown = await shownEpochs(page);
  assert.ok(shown.length >= 5, `${shown}`);
  assert.deepEqual(shown, Array.from(shown, (_, i) => 1 + 10 * (i + 1)));
  assert.equal(paused, shown.at(-1));
  await step(page, 1);
  assert.equal(await epochAtRest(page), paused + 1);
  await close();
});

test('accessibility: every control is named by its visible label, and training is announced politely', { timeout: 60_000 }, async () => {
  const { page, close } = await open('seed=0.4');
  // Each visible label names exactly one control, and that control has no other name.
  const labels = await page.locator('.nnplay label:visible').evaluateAll((els) =>
    els.filter((el) => !el.closest('.nnplay-net')).map((el) => el.textContent.trim()),
  );
  assert.ok(labels.length >= 15, labels.join(', '));
  for (const label of labels) {
    const control = page.getByLabel(label, { exact: true });
    assert.equal(await control.count(), 1, label);
    assert.equal(await control.getAttribute('aria-label'), null, label);
  }
  // Buttons are named by their text.
  for (const name of ['Reset', 'Play', 'Step', 'Regenerate']) {
    assert.equal(await page.getByRole('button', { name, exact: true }).textContent(), name);
  }

  // The keyboard alone: Tab reaches Play (after the header's Learn link and Reset), Space starts and stops training.
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Learn');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Play');
  await page.keyboard.press('Space');
  await page.getByRole('button', { name: 'Pause' }).waitFor();
  await waitForNumber(page, 'Epoch', (e) => e > 3);
  await page.keyboard.press('Space');
  await page.getByRole('button', { name: 'Play' }).waitFor();

  // One polite live region speaks; the numbers that change every frame do not.
  const live = page.locator('[aria-live="polite"]');
  assert.equal(await live.count(), 1);
  await page.waitForFunction(() => /^Epoch \d+: test loss \d\.\d{3}/.test(document.querySelector('[aria-live="polite"]').textContent));
  assert.equal(await page.locator('output:not([aria-live="off"])').count(), 0);
  await close();
});

test('reduced motion: while training, the pictures change at most twice a second', { timeout: 60_000 }, async () => {
  const { page, close } = await open('seed=0.4&speed=1', { reducedMotion: 'reduce' });
  const counter = page.getByLabel('Epoch', { exact: true });
  // When each new epoch is drawn: the time of the display frame that drew it (the animation
  // timeline's, requestAnimationFrame's clock), not when the loaded main thread got to run it.
  await counter.evaluate((output) => {
    output.drawnAt = [];
    new MutationObserver(() => output.drawnAt.push(document.timeline.currentTime)).observe(output, { childList: true, subtree: true });
  });
  await page.getByRole('button', { name: 'Play' }).click();
  await page.waitForFunction((output) => output.drawnAt.length >= 4, await counter.elementHandle());
  await page.getByRole('button', { name: 'Pause' }).click();
  await epochAtRest(page);
  const drawnAt = await counter.evaluate((output) => output.drawnAt);
  // Without reduced motion a frame is drawn every display frame (about 17 ms); with it, one per
  // 500 ms of display frames, so two pictures are at least 500 ms less one display frame apart.
  const gaps = drawnAt.slice(1, 4).map((time, i) => time - drawnAt[i]);
  for (const gap of gaps) assert.ok(gap > 450, `pictures ${gaps.map(Math.round)} ms apart`);
  await close();
});
