// The output view and the network's thumbnails as TensorFlow Playground shows them: Discretize output
// applies to every thumbnail, the heatmap has its −6…6 axes, and a link's rate joins the selector in order.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { open, screenshot } from './site.mjs';

/** How many colours a canvas shows. */
const shadeCount = (locator) =>
  locator.evaluate((canvas) => {
    const { data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
    return new Set(Array.from({ length: data.length / 4 }, (_, i) => data.slice(4 * i, 4 * i + 3).join())).size;
  });

test('Discretize output also shows every neuron thumbnail as two colours', { timeout: 60_000 }, async () => {
  const { page, close } = await open('seed=0.5');
  // A tanh neuron of random weights is a smooth gradient over the square; the feature X₁ is one
  // where −1 < x < 1 (the colour scale ends at ±1): a few columns of shades between the two ends.
  const neuron = page.getByRole('button', { name: 'Layer 1 neuron 1' }).locator('canvas');
  const feature = page.getByRole('button', { name: 'Feature X₁', exact: true }).locator('canvas');
  assert.ok((await shadeCount(neuron)) > 10);
  assert.ok((await shadeCount(feature)) > 2);
  await page.getByRole('checkbox', { name: 'Discretize output' }).check();
  await page.waitForFunction(() => location.hash.includes('discretize=true'));
  // Each cell's sign: the two ends of the scale, nothing between.
  assert.ok((await shadeCount(neuron)) <= 2, `${await shadeCount(neuron)} colours`);
  assert.equal(await shadeCount(feature), 2, 'X₁ is negative on the left half, positive on the right');
  await screenshot(page, 'discretized-thumbnails');
  await page.getByRole('checkbox', { name: 'Discretize output' }).uncheck();
  await page.waitForFunction(() => location.hash.includes('discretize=false'));
  assert.ok((await shadeCount(neuron)) > 10, 'smooth again');
  await close();
});

test('the output heatmap has axes from −6 to 6, each label at its place along the edge', { timeout: 60_000 }, async () => {
  const { page, close } = await open('seed=0.5');
  const box = await page.getByRole('img', { name: 'Decision boundary' }).boundingBox();
  const labels = (axis) => page.locator(`.nnplay-axis-${axis} .nnplay-axis-tick`);
  const expected = ['−6', '−5', '−4', '−3', '−2', '−1', '0', '1', '2', '3', '4', '5', '6'];
  assert.deepEqual(await labels('x').allTextContents(), expected);
  assert.deepEqual(await labels('y').allTextContents(), expected);
  // x: −6 at the left edge, 0 in the middle, 6 at the right; y: 6 at the top, −6 at the bottom (1 px of rounding).
  const centre = async (axis, i) => {
    const b = await labels(axis).nth(i).boundingBox();
    return axis === 'x' ? b.x + b.width / 2 : b.y + b.height / 2;
  };
  const near = (actual, wanted, what) => assert.ok(Math.abs(actual - wanted) <= 1, `${what}: ${actual} vs ${wanted}`);
  near(await centre('x', 0), box.x, 'x −6');
  near(await centre('x', 6), box.x + box.width / 2, 'x 0');
  near(await centre('x', 12), box.x + box.width, 'x 6');
  near(await centre('y', 0), box.y + box.height, 'y −6');
  near(await centre('y', 12), box.y, 'y 6');
  // Below and to the right of the heatmap, not over it.
  assert.ok((await labels('x').first().boundingBox()).y >= box.y + box.height);
  assert.ok((await labels('y').first().boundingBox()).x >= box.x + box.width);
  await screenshot(page, 'heatmap-axes');
  await close();
});

test('a learning rate from a link that is not in the list is inserted in order and selected', { timeout: 60_000 }, async () => {
  const { page, close } = await open('seed=0.5&learningRate=0.05&regularizationRate=0.02');
  const options = (label) => page.getByLabel(label, { exact: true }).locator('option').allTextContents();
  const selected = (label) => page.getByLabel(label, { exact: true }).evaluate((select) => select.selectedOptions[0].text);
  assert.deepEqual(await options('Learning rate'), ['0.00001', '0.0001', '0.001', '0.003', '0.01', '0.03', '0.05', '0.1', '0.3', '1', '3', '10']);
  assert.equal(await selected('Learning rate'), '0.05');
  assert.deepEqual(await options('Regularization rate'), ['0', '0.001', '0.003', '0.01', '0.02', '0.03', '0.1', '0.3', '1', '3', '10']);
  assert.equal(await selected('Regularization rate'), '0.02');
  // Choosing another rate and back works as with any other.
  await page.getByLabel('Learning rate', { exact: true }).selectOption({ label: '0.1' });
  await page.waitForFunction(() => location.hash.includes('learningRate=0.1&'));
  await page.getByLabel('Learning rate', { exact: true }).selectOption({ label: '0.05' });
  await page.waitForFunction(() => location.hash.includes('learningRate=0.05&'));
  await close();
});
