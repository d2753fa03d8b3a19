// The settings in the URL hash: a TensorFlow Playground link opens the same experiment, the page
// writes every change back, and a link pasted later is followed.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { epoch, epochAtRest, hash, open, screenshot, step, waitForNumber } from './site.mjs';

// A link as TensorFlow Playground writes it (its keys and order, with cosX/cosY/collectStats it alone has).
const PLAYGROUND_LINK =
  'activation=relu&batchSize=17&dataset=spiral&regDataset=reg-plane&learningRate=0.3&regularizationRate=0.001' +
  '&noise=35&networkShape=6,5,3&seed=0.71234&showTestData=true&discretize=true&percTrainData=70&x=true&y=false' +
  '&xTimesY=true&xSquared=false&ySquared=true&cosX=false&sinX=true&cosY=false&sinY=false&collectStats=false' +
  '&problem=classification&initZero=false&hideText=true&regularization=L2';

test('a TensorFlow Playground link opens the same experiment, every setting shown in its control', { timeout: 60_000 }, async () => {
  const { page, close } = await open(`${PLAYGROUND_LINK}&noise_hide=true&sinY_hide=true`);
  const value = (label) => page.getByLabel(label, { exact: true }).inputValue();
  const selected = (label) => page.getByLabel(label, { exact: true }).evaluate((select) => select.selectedOptions[0].text);
  assert.equal(await selected('Learning rate'), '0.3');
  assert.equal(await selected('Activation'), 'ReLU');
  assert.equal(await selected('Regularization'), 'L2');
  assert.equal(await selected('Regularization rate'), '0.001');
  assert.equal(await selected('Problem type'), 'Classification');
  assert.ok(await page.getByRole('radio', { name: 'Spiral', exact: true }).isChecked());
  assert.equal(await value('Ratio of training to test data'), '70');
  assert.equal(await value('Batch size'), '17');
  assert.ok(await page.getByRole('checkbox', { name: 'Show test data' }).isChecked());
  assert.ok(await page.getByRole('checkbox', { name: 'Discretize output' }).isChecked());

  const pressed = async (name) => page.getByRole('button', { name: `Feature ${name}`, exact: true }).getAttribute('aria-pressed');
  assert.deepEqual(
    await Promise.all(['X₁', 'X₂', 'X₁²', 'X₂²', 'X₁X₂', 'sin(X₁)'].map(pressed)),
    ['true', 'false', 'false', 'true', 'true', 'true'],
  );
  await page.getByText('3 hidden layers').waitFor();
  for (const [layer, neurons] of [[1, 6], [2, 5], [3, 3]]) {
    await page.getByRole('button', { name: `Layer ${layer} neuron ${neurons}`, exact: true }).waitFor();
    assert.equal(await page.getByRole('button', { name: `Layer ${layer} neuron ${neurons + 1}`, exact: true }).count(), 0);
  }

  // hideText hides the text around the playground; name_hide hides that control.
  assert.ok(!(await page.getByText('Tinker with a small neural network').isVisible()));
  assert.ok(!(await page.getByText('Colours show the data').isVisible()));
  assert.equal(await page.getByRole('slider', { name: 'Noise' }).count(), 0);
  assert.equal(await page.getByRole('slider', { name: 'Batch size' }).count(), 1);
  assert.equal(await page.getByRole('button', { name: 'Feature sin(X₂)' }).count(), 0);

  // The page writes the link back whole, in the Playground's form, keeping the hidden controls.
  const written = await hash(page);
  for (const [key, expected] of new URLSearchParams(PLAYGROUND_LINK)) {
    if (!['cosX', 'cosY', 'collectStats'].includes(key)) assert.equal(written[key], expected, key);
  }
  assert.equal(written.noise_hide, 'true');
  await close();
});

test('a bare address gets the whole experiment, seed included, without a new history entry', { timeout: 60_000 }, async () => {
  const { page, close } = await open();
  const written = await hash(page);
  assert.match(written.seed, /^0\.\d{5}$/);
  assert.equal(written.dataset, 'circle');
  assert.equal(written.networkShape, '4,2');
  // Written in place: back leaves the page (for the tab's first page, about:blank).
  await page.goBack();
  assert.equal(page.url(), 'about:blank');
  await close();
});

test('a change is written to the URL at once, and a link pasted into the address bar is followed', { timeout: 60_000 }, async () => {
  const { page, close } = await open('seed=0.6');
  const entries = await page.evaluate(() => history.length);
  await page.getByRole('button', { name: 'Step' }).click();
  await waitForNumber(page, 'Epoch', (e) => e === 1);
  await page.getByLabel('Learning rate', { exact: true }).selectOption({ label: '1' });
  assert.equal((await hash(page)).learningRate, '1');
  // Written in place: the back button does not walk through every change.
  assert.equal(await page.evaluate(() => history.length), entries);

  await page.evaluate(() => {
    location.hash = 'dataset=xor&networkShape=3&learningRate=0.01&seed=0.6';
  });
  await page.getByRole('radio', { name: 'Exclusive or', checked: true }).waitFor();
  await waitForNumber(page, 'Epoch', (e) => e === 0);
  await page.getByText('1 hidden layer', { exact: true }).waitFor();
  assert.equal(await page.getByLabel('Learning rate', { exact: true }).inputValue(), '0.01');
  assert.equal((await hash(page)).activation, 'tanh', 'keys the link leaves out go back to the defaults');
  await close();
});

test('a diverging network pauses with the reason, and the one-click fix lowers the learning rate and resets', { timeout: 60_000 }, async () => {
  const { page, close } = await open('problem=regression&regDataset=reg-plane&activation=relu&learningRate=3&seed=0.7');
  await page.getByRole('button', { name: 'Play' }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'Training stopped' });
  await alert.waitFor();
  assert.match(await alert.textContent(), /^Training stopped in epoch \d+: the network’s numbers grew too large to compute/);
  await page.getByRole('button', { name: 'Play' }).waitFor();
  // The output view shows the last good network, not a grey square.
  const shades = await page.getByRole('img', { name: 'Decision boundary' }).evaluate((canvas) => {
    const { data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
    return new Set(Array.from({ length: data.length / 4 }, (_, i) => data.slice(4 * i, 4 * i + 3).join())).size;
  });
  assert.ok(shades > 20, `${shades} colours`);

  await page.getByRole('button', { name: 'Lower the learning rate to 0.3 and reset' }).click();
  await alert.waitFor({ state: 'hidden' });
  await waitForNumber(page, 'Epoch', (e) => e === 0);
  assert.equal((await hash(page)).learningRate, '0.3');
  assert.equal(await page.getByLabel('Learning rate', { exact: true }).inputValue(), '0.3');
  await page.getByRole('button', { name: 'Play' }).click();
  await waitForNumber(page, 'Epoch', (e) => e >= 50);
  await page.getByRole('button', { name: 'Pause' }).click();
  assert.equal(await alert.count(), 0);
  await close();
});

/** Types `value` into the bias of `neuron` (its button's name, such as "Layer 2 neuron 1") and closes its panel. */
async function typeBias(page, neuron, value) {
  await page.getByRole('button', { name: neuron, exact: true }).click();
  const ref = neuron === 'Output neuron' ? 'the output neuron' : neuron.toLowerCase();
  const bias = page.getByRole('textbox', { name: `Bias of ${ref}`, exact: true });
  await bias.fill(String(value));
  await bias.press('Enter');
  await page.keyboard.press('Escape');
  await bias.waitFor({ state: 'hidden' });
  await page.mouse.click(0, 0); // focus off the neuron, which the view would show
}

test('a network whose ReLUs all died says so, and the one-click fix lowers the learning rate and resets', { timeout: 60_000 }, async () => {
  const { page, close } = await open('dataset=circle&networkShape=4,2&activation=relu&learningRate=0.03&seed=0.9');
  await step(page, 1);
  const notice = page.getByRole('status').filter({ hasText: 'output 0 for every input' });
  assert.equal(await notice.count(), 0);
  // Layer 1's ReLUs output at most a few tens on the input square, so with a bias of −1000 both
  // neurons of layer 2 output max(0, Σ w·h − 1000) = 0 everywhere: layer 2 is dead.
  await typeBias(page, 'Layer 2 neuron 1', -1000);
  await epochAtRest(page);
  assert.equal(await notice.count(), 0, 'one of two neurons dead is not a dead layer');
  await typeBias(page, 'Layer 2 neuron 2', -1000);
  await notice.waitFor();
  await notice.getByText(
    'All neurons of hidden layer 2 output 0 for every input (dead ReLUs), so the network cannot learn any more. The learning rate (0.03) is probably too high.',
    { exact: true },
  ).waitFor();
  // A notice, not a stop: training goes on, and a dead layer gets no gradient to revive it.
  await page.getByRole('button', { name: 'Play' }).click();
  await waitForNumber(page, 'Epoch', (e) => e >= 20);
  await page.getByRole('button', { name: 'Pause' }).click();
  await epochAtRest(page);
  await notice.waitFor();
  await screenshot(page, 'dead-network');

  await notice.getByRole('button', { name: 'Lower the learning rate to 0.003 and reset' }).click();
  await notice.waitFor({ state: 'hidden' });
  await waitForNumber(page, 'Epoch', (e) => e === 0);
  assert.equal((await hash(page)).learningRate, '0.003');
  assert.equal(await page.getByLabel('Learning rate', { exact: true }).inputValue(), '0.003');
  await close();
});

test('a classifier stuck on one class everywhere says so', { timeout: 60_000 }, async () => {
  const { page, close } = await open('dataset=circle&networkShape=4,2&activation=tanh&learningRate=0.03&seed=0.1');
  await step(page, 1);
  const notice = page.getByRole('status').filter({ hasText: 'for every input' });
  assert.equal(await notice.count(), 0);
  // The output neuron gets two tanh outputs in [−1, 1] through weights of about ±1, so with a bias
  // of −10 its input stays below −7 and its output below tanh(−7) ≈ −0.99999: −1 everywhere.
  await typeBias(page, 'Output neuron', -10);
  await notice.waitFor();
  await notice.getByText(
    'The output is -1 for every input: the network predicts the negative class everywhere and is saturated, so it learns next to nothing. The learning rate (0.03) is probably too high.',
    { exact: true },
  ).waitFor();
  await notice.getByRole('button', { name: 'Lower the learning rate to 0.003 and reset' }).waitFor();
  await close();
});

test('a rate the engine cannot hold falls back to the default with a message, and the page keeps working', { timeout: 60_000 }, async () => {
  for (const [key, value, fallback] of [['learningRate', '1e308', '0.03'], ['regularizationRate', '1e39', '0']]) {
    const { page, close } = await open(`seed=0.5&${key}=${value}`);
    const alert = page.getByRole('alert').filter({ hasText: `The link's ${key}=${value} was not used` });
    await alert.waitFor();
    assert.match(await alert.textContent(), new RegExp(`${key} takes a number from 0 to 100, so it is ${fallback}\\.`));
    assert.equal((await hash(page))[key], fallback);
    if (key === 'learningRate') await screenshot(page, 'refused-learning-rate');
    // A network, an output, and controls that answer.
    await page.getByRole('button', { name: 'Output neuron' }).waitFor();
    await page.getByRole('button', { name: 'Step' }).click();
    await waitForNumber(page, 'Epoch', (e) => e === 1);
    await page.getByRole('button', { name: 'Reset' }).click();
    await waitForNumber(page, 'Epoch', (e) => e === 0);
    assert.equal(await page.getByText('No session').count(), 0);
    await close();
  }
});

test('after Regenerate the address-bar link opens the experiment on screen: the same data, weights and losses', { timeout: 60_000 }, async () => {
  const { page, close } = await open('seed=0.5');
  const shown = async (p) => {
    await p.getByRole('button', { name: 'Output neuron' }).click();
    const weight = await p.getByRole('textbox', { name: 'Weight from layer 2 neuron 1 to the output neuron' }).inputValue();
    await p.keyboard.press('Escape');
    const number = (label) => p.getByLabel(label, { exact: true }).textContent();
    return { epoch: await number('Epoch'), test: await number('Test loss'), train: await number('Training loss'), weight };
  };
  const before = (await hash(page)).seed;
  await page.getByRole('button', { name: 'Regenerate' }).click();
  await page.waitForFunction(() => location.hash.includes('dataSeed='));
  await page.getByRole('button', { name: 'Step' }).click();
  await waitForNumber(page, 'Epoch', (e) => e === 1);
  await page.getByRole('button', { name: 'Reset' }).click();
  await waitForNumber(page, 'Epoch', (e) => e === 0);
  const link = await page.evaluate(() => location.hash.slice(1));
  assert.equal(new URLSearchParams(link).get('seed'), before, 'the weights’ seed stays; the data’s is dataSeed');
  const original = await shown(page);

  const copy = await open(link);
  assert.deepEqual(await shown(copy.page), original);
  // And the training from there: one more epoch on each side.
  for (const p of [page, copy.page]) {
    await p.getByRole('button', { name: 'Step' }).click();
    await waitForNumber(p, 'Epoch', (e) => e === 1);
  }
  assert.deepEqual(await shown(copy.page), await shown(page));
  await copy.close();
  await close();
});

test('a training loss that oscillates without falling says so, and the one-click fix lowers the learning rate and resets', { timeout: 90_000 }, async () => {
  // The case: circle, tanh, 4,2, learning rate 10: the loss jumps about near 1 for 800 epochs.
  const { page, close } = await open('dataset=circle&activation=tanh&networkShape=4,2&learningRate=10&seed=0.5&speed=50');
  await page.getByRole('button', { name: 'Play' }).click();
  const notice = page.getByRole('status').filter({ hasText: 'has not fallen' });
  await notice.waitFor({ timeout: 60_000 });
  assert.match(
    await notice.textContent(),
    /The training loss has not fallen for 200 epochs and stays high \(about \d\.\d\d\): the network is not learning\. The learning rate \(10\) is probably too high\./,
  );
  assert.ok((await epoch(page)) >= 200, 'not before a whole window');
  // A notice, not a stop: training goes on.
  await page.getByRole('button', { name: 'Pause' }).waitFor();
  await screenshot(page, 'no-progress');
  // Training goes on, so the notice may have turned into that of an output saturated at one class
  // by now: both offer the same fix.
  await page.getByRole('button', { name: 'Lower the learning rate to 1 and reset' }).click();
  await page.getByRole('status').filter({ hasText: 'learning rate (10)' }).waitFor({ state: 'hidden' });
  await waitForNumber(page, 'Epoch', (e) => e === 0);
  assert.equal((await hash(page)).learningRate, '1');
  await close();
});
