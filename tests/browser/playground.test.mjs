// The built site in Chromium, used as a person would: Play trains, Pause stops, Step and Reset, and
// how the page looks on a wide screen, on a phone and in a narrow panel.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { colours, DESKTOP, epoch, epochAtRest, open, PHONE, screenshot, waitForNumber } from './site.mjs';

const ALL_FEATURES = 'x=true&y=true&xSquared=true&ySquared=true&xTimesY=true&sinX=true&sinY=true';
// Settings that learn each dataset in a few hundred epochs; `max` speed keeps the test short.
const DATASETS = {
  circle: 'dataset=circle&networkShape=4,2',
  xor: 'dataset=xor&networkShape=8,4',
  gauss: 'dataset=gauss&networkShape=',
  spiral: `dataset=spiral&networkShape=8,8,6&${ALL_FEATURES}`,
};

for (const [dataset, settings] of Object.entries(DATASETS)) {
  test(`Play learns the ${dataset} dataset to a test loss under 0.05, and the output shows both classes`, { timeout: 60_000 }, async () => {
    const { page, close } = await open(`${settings}&seed=0.1&speed=max&learningRate=0.03&activation=tanh`);
    await page.getByRole('button', { name: 'Play' }).click();
    await waitForNumber(page, 'Test loss', (loss) => loss < 0.05, 45_000);
    await page.getByRole('button', { name: 'Pause' }).click();
    assert.ok(Number((await page.getByLabel('Test accuracy', { exact: true }).textContent()).replace('%', '')) > 95);

    const output = await colours(page.getByRole('img', { name: 'Decision boundary' }));
    assert.ok(output.orange > output.total * 0.1 && output.blue > output.total * 0.1, JSON.stringify(output));
    if (dataset === 'circle') {
      // The circle's inside is the positive (blue) class.
      assert.equal(output.centre, 'blue');
      assert.equal(output.corner, 'orange');
    }
    await close();
  });
}

test('Pause stops training, Step trains exactly one epoch, Reset goes back to epoch 0', { timeout: 60_000 }, async () => {
  const { page, close } = await open('seed=0.2');
  const testLoss = page.getByLabel('Test loss', { exact: true });
  const initialLoss = await testLoss.textContent();

  await page.getByRole('button', { name: 'Play' }).click();
  await waitForNumber(page, 'Epoch', (e) => e >= 10);
  await page.getByRole('button', { name: 'Pause' }).click();
  await page.getByRole('button', { name: 'Play' }).waitFor();
  const paused = await epochAtRest(page);
  assert.ok(paused >= 10);

  for (let i = 1; i <= 3; i++) {
    await page.getByRole('button', { name: 'Step' }).click();
    await waitForNumber(page, 'Epoch', (e) => e !== paused + i - 1);
    assert.equal(await epoch(page), paused + i);
  }
  // From the keyboard too.
  await page.getByRole('button', { name: 'Step' }).focus();
  await page.keyboard.press('Enter');
  await waitForNumber(page, 'Epoch', (e) => e === paused + 4);
  assert.equal(await epochAtRest(page), paused + 4, 'Step trains one epoch and stays paused');

  await page.getByRole('button', { name: 'Reset' }).click();
  await waitForNumber(page, 'Epoch', (e) => e === 0);
  assert.equal(await testLoss.textContent(), initialLoss);
  await close();
});

test('Pause and Play are answered while the biggest network trains as fast as it can', { timeout: 60_000 }, async () => {
  const { page, close } = await open(
    `dataset=spiral&${ALL_FEATURES}&networkShape=8,8,8,8,8,8&activation=relu&batchSize=10&learningRate=0.03` +
      '&regularization=L2&regularizationRate=0.001&speed=max&seed=0.3',
  );
  const play = page.getByRole('button', { name: 'Play' });
  const pause = page.getByRole('button', { name: 'Pause' });
  await play.click();
  await waitForNumber(page, 'Epoch', (e) => e > 20);
  // Each click is answered, and each Pause stops training; how fast is measured by npm run bench.
  for (let i = 0; i < 3; i++) {
    await pause.click();
    await play.waitFor();
    const paused = await epochAtRest(page);
    await play.click();
    await pause.waitFor();
    await waitForNumber(page, 'Epoch', (e) => e > paused);
  }
  await pause.click();
  await epochAtRest(page);
  await close();
});

/** The heatmap, a neuron thumbnail and the legend are drawn: each has several colours, not one flat fill. */
async function assertDrawn(page) {
  const output = await colours(page.getByRole('img', { name: 'Decision boundary' }));
  assert.ok(output.orange > output.total * 0.05 && output.blue > output.total * 0.05, JSON.stringify(output));
  const distinct = (canvas) =>
    canvas.evaluate((c) => {
      const { data } = c.getContext('2d').getImageData(0, 0, c.width, c.height);
      return new Set(Array.from({ length: data.length / 4 }, (_, i) => data.slice(4 * i, 4 * i + 3).join())).size;
    });
  assert.ok((await distinct(page.getByRole('button', { name: 'Layer 1 neuron 1' }).locator('canvas'))) > 10);
  assert.ok((await distinct(page.locator('.nnplay-legend-bar'))) > 10);
  const box = await page.getByRole('img', { name: 'Decision boundary' }).boundingBox();
  return box;
}

test('screenshots: a wide screen, a phone and a narrow embedded panel show every part', { timeout: 90_000 }, async () => {
  const desktop = await open(`dataset=spiral&${ALL_FEATURES}&networkShape=8,8,6&seed=0.1&speed=max&showTestData=true`, { viewport: DESKTOP });
  await desktop.page.getByRole('button', { name: 'Play' }).click();
  await waitForNumber(desktop.page, 'Test loss', (loss) => loss < 0.1, 45_000);
  await desktop.page.getByRole('button', { name: 'Pause' }).click();
  const wide = await assertDrawn(desktop.page);
  assert.ok(wide.width >= 280, `heatmap ${wide.width} px wide`);
  // Three columns: data left of the network, the output right of it.
  const data = await desktop.page.getByRole('region', { name: 'Data' }).boundingBox();
  const network = await desktop.page.getByRole('region', { name: 'Network' }).boundingBox();
  const output = await desktop.page.getByRole('region', { name: 'Output' }).boundingBox();
  assert.ok(data.x + data.width <= network.x && network.x + network.width <= output.x, JSON.stringify({ data, network, output }));
  await screenshot(desktop.page, 'desktop');
  await desktop.close();

  const phone = await open('seed=0.1&speed=max', { viewport: PHONE, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
  await phone.page.getByRole('button', { name: 'Play' }).tap();
  await waitForNumber(phone.page, 'Test loss', (loss) => loss < 0.05, 45_000);
  await phone.page.getByRole('button', { name: 'Pause' }).tap();
  const narrow = await assertDrawn(phone.page);
  // One column that fits the screen: nothing scrolls sideways, the output comes before the network.
  assert.ok(narrow.width >= 300 && narrow.x + narrow.width <= PHONE.width, JSON.stringify(narrow));
  assert.equal(await phone.page.evaluate(() => document.documentElement.scrollWidth), PHONE.width);
  const phoneOutput = await phone.page.getByRole('region', { name: 'Output' }).boundingBox();
  const phoneNetwork = await phone.page.getByRole('region', { name: 'Network' }).boundingBox();
  assert.ok(phoneOutput.y < phoneNetwork.y);
  await screenshot(phone.page, 'phone');
  await phone.close();

  // An embedded panel 360 px wide on a wide screen lays out as on a phone.
  const panel = await open('seed=0.1', { viewport: DESKTOP });
  await panel.page.evaluate(() => {
    document.querySelector('header').hidden = true;
    document.getElementById('playground').style.width = '360px';
  });
  await panel.page.getByRole('button', { name: 'Step' }).click();
  await waitForNumber(panel.page, 'Epoch', (e) => e === 1);
  const inPanel = await panel.page.getByRole('img', { name: 'Decision boundary' }).boundingBox();
  assert.ok(inPanel.width >= 300 && inPanel.x + inPanel.width <= 400, JSON.stringify(inPanel));
  await screenshot(panel.page, 'narrow-panel');
  await panel.close();
});
