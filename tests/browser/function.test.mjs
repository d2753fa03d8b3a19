// The function dataset, the help popovers and the first-visit tour, used as a person would: by
// clicking, typing and the keyboard.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { colours, hash, open, openPage, PHONE, screenshot, shown, siteUrl, waitForNumber } from './site.mjs';

/**
 * The colour most pixels of the map show around the point (x, y) of the −6…6 square: orange, blue or
 * other, counted over a 9-pixel square so that a point's outline drawn there does not decide it.
 */
function colourAt(map, x, y) {
  return map.evaluate((canvas, [x, y]) => {
    const [cx, cy] = [Math.round(((x + 6) / 12) * canvas.width), Math.round(((6 - y) / 12) * canvas.height)];
    const { data } = canvas.getContext('2d').getImageData(cx - 4, cy - 4, 9, 9);
    const counts = { orange: 0, blue: 0, other: 0 };
    for (let i = 0; i < data.length; i += 4) counts[data[i] - data[i + 2] > 60 ? 'orange' : data[i + 2] - data[i] > 60 ? 'blue' : 'other']++;
    return Object.keys(counts).reduce((a, b) => (counts[a] >= counts[b] ? a : b));
  }, [x, y]);
}

test('the function dataset: a preset curve trains into its shape; a bad curve is refused and the experiment kept', { timeout: 180_000 }, async () => {
  const { page, close } = await open('seed=0.5&networkShape=6,6&learningRate=0.1');
  // Its thumbnail shows the points above sin x in blue, those below in orange.
  const thumbnail = await colours(page.locator('label', { hasText: 'Function' }).locator('canvas'));
  assert.ok(thumbnail.orange > 20 && thumbnail.blue > 20, JSON.stringify(thumbnail));
  await page.getByText('Function', { exact: true }).click();
  assert.ok(await page.getByRole('radio', { name: 'Function' }).isChecked());
  const curve = page.getByRole('textbox', { name: 'Curve' });
  assert.equal(await curve.inputValue(), 'sin(x)');
  await page.getByRole('group', { name: 'Preset curves' }).getByRole('button', { name: 'x³ − x' }).click();
  await page.waitForFunction(() => location.hash.includes('curve=x%5E3%20-%20x'));
  assert.equal((await hash(page)).dataset, 'function');
  assert.equal(await curve.inputValue(), 'x^3 - x');

  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await waitForNumber(page, 'Test accuracy', (accuracy) => accuracy >= 90, 150_000);
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  // Drawn at twice its size the curve is y = x³/4 − x: at (−5, 0) it is −26.25, so the point is
  // above (blue); at (5, 0) it is 26.25, below (orange); (0, 5) is above, (0, −5) below.
  const map = page.getByRole('img', { name: 'Decision boundary' });
  assert.equal(await colourAt(map, -5, 0), 'blue');
  assert.equal(await colourAt(map, 5, 0), 'orange');
  assert.equal(await colourAt(map, 0, 5), 'blue');
  assert.equal(await colourAt(map, 0, -5), 'orange');

  // A curve the engine cannot read: its message with the column; the curve in use and its link stay.
  await curve.fill('sin(x');
  await curve.press('Enter');
  await page.getByRole('alert').filter({ hasText: 'column 6: expected ")" to close the "(" at column 4' }).waitFor();
  assert.equal((await hash(page)).curve, 'x^3 - x');
  assert.equal(await curve.inputValue(), 'sin(x', 'the text being corrected stays while the field has the focus');
  await curve.fill('|x|');
  await curve.press('Enter');
  await page.waitForFunction(() => new URLSearchParams(location.hash.slice(1)).get('curve') === '|x|');
  await close();
});

test('every "?" opens its help by the keyboard, Escape gives the focus back, and new data-help elements get one', { timeout: 60_000 }, async () => {
  const { page, close } = await open();
  // The "?" sits between a field's label and its control: Shift+Tab from the control reaches it.
  await page.getByRole('combobox', { name: 'Learning rate', exact: true }).focus();
  await page.keyboard.press('Shift+Tab');
  const question = page.getByRole('button', { name: 'Help: Learning rate' });
  assert.equal(await question.evaluate((button) => button === document.activeElement), true);
  await page.keyboard.press('Enter');
  const popover = page.getByRole('dialog', { name: 'Learning rate' });
  await popover.waitFor();
  assert.match(await popover.textContent(), /How big a step each update takes/);
  assert.equal(await popover.evaluate((box) => box.contains(document.activeElement)), true);
  await page.keyboard.press('Escape');
  await popover.waitFor({ state: 'hidden' });
  assert.equal(await question.evaluate((button) => button === document.activeElement), true);
  assert.equal(await question.getAttribute('aria-expanded'), 'false');

  // The pictures: the network's help explains X₁², a neuron's picture and the links.
  await page.getByRole('button', { name: 'Help: Network' }).press('Space');
  const network = page.getByRole('dialog', { name: 'Network' });
  assert.match(await network.textContent(), /X₁² is X₁ squared.*Each square is a neuron.*blue positive, orange negative, the thicker the larger/);
  for (const name of ['Data', 'Output', 'Test loss', 'Training controls', 'Noise', 'Discretize output']) {
    assert.equal(await page.getByRole('button', { name: `Help: ${name}`, exact: true }).count(), 1, name);
  }

  // The convention: an element that gets data-help later gets its "?", and loses it with the attribute.
  await page.evaluate(() => {
    const probe = document.createElement('span');
    probe.id = 'probe';
    probe.dataset.help = 'A probe.';
    probe.dataset.helpName = 'Probe';
    document.querySelector('.nnplay-data').append(probe);
  });
  await page.getByRole('button', { name: 'Help: Probe' }).waitFor();
  await page.evaluate(() => delete document.getElementById('probe').dataset.help);
  await page.getByRole('button', { name: 'Help: Probe' }).waitFor({ state: 'detached' });
  await close();
});

test('the first visit shows a five-step tour that leaves the page usable and, once done, stays away', { timeout: 60_000 }, async () => {
  const { page, close } = await openPage(siteUrl(), { firstVisit: true, viewport: PHONE });
  await shown(page);
  const tour = page.getByRole('dialog', { name: 'The data' });
  await tour.waitFor();
  assert.match(await tour.textContent(), /Tour: step 1 of 5/);
  assert.ok(await page.locator('.nnplay-data').evaluate((region) => region.classList.contains('nnplay-tour-spot')));
  assert.ok(await page.getByRole('button', { name: 'Back', exact: true }).isDisabled());
  await screenshot(page, 'tour-phone');

  // Not modal: Play works while the card is open.
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await waitForNumber(page, 'Epoch', (epoch) => epoch >= 2);
  await page.getByRole('button', { name: 'Pause', exact: true }).click();

  const next = page.getByRole('button', { name: 'Next', exact: true });
  const titles = [];
  for (let i = 0; i < 4; i++) {
    await next.click();
    titles.push(await page.locator('.nnplay-tour-title').textContent());
  }
  assert.deepEqual(titles, ['The network', 'Training', 'The output', 'Try things']);
  assert.match(await page.getByRole('dialog', { name: 'Try things' }).textContent(), /Tour: step 5 of 5/);
  await page.getByRole('button', { name: 'Back', exact: true }).click();
  await page.getByRole('dialog', { name: 'The output' }).waitFor();
  await next.click();
  await page.getByRole('button', { name: 'Done', exact: true }).click();
  await page.locator('.nnplay-tour').waitFor({ state: 'detached' });
  assert.equal(await page.locator('.nnplay-tour-spot').count(), 0);

  await page.reload();
  await shown(page);
  assert.equal(await page.locator('.nnplay-tour').count(), 0, 'dismissed for good');
  await close();
});
