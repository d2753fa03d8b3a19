// The network diagram inside the page: its +/− buttons and feature toggles change the experiment and
// the URL; hovering a neuron shows it in the output view; editing a weight changes the output at once.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { epoch, epochAtRest, hash, open, pixels, step, waitForNumber, waitForRedraw } from './site.mjs';

test('the network shape and the features, from the diagram, rebuild the network and go into the URL', { timeout: 60_000 }, async () => {
  const { page, close } = await open('seed=0.5');
  await page.getByRole('button', { name: 'Step' }).click();
  await waitForNumber(page, 'Epoch', (e) => e === 1);

  await page.getByRole('button', { name: 'Add a hidden layer' }).click();
  await page.waitForFunction(() => location.hash.includes('networkShape=4,2,2&'));
  await page.getByText('3 hidden layers').waitFor();
  assert.equal(await epoch(page), 0);
  await page.getByRole('button', { name: 'Add a neuron to layer 3' }).click();
  await page.getByRole('button', { name: 'Remove a neuron from layer 1' }).click();
  await page.getByRole('button', { name: 'Layer 3 neuron 3' }).waitFor();
  assert.equal((await hash(page)).networkShape, '3,2,3');
  await page.getByRole('button', { name: 'Remove a hidden layer' }).click();
  await page.getByText('2 hidden layers').waitFor();
  assert.equal((await hash(page)).networkShape, '3,2');

  const xSquared = page.getByRole('button', { name: 'Feature X₁²' });
  assert.equal(await xSquared.getAttribute('aria-pressed'), 'false');
  await xSquared.click();
  await page.waitForFunction(() => location.hash.includes('xSquared=true'));
  await page.getByRole('button', { name: 'Feature X₁²', pressed: true }).waitFor();
  // From the keyboard: X₁ off.
  await page.getByRole('button', { name: 'Feature X₁', exact: true }).focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => location.hash.includes('&x=false'));
  // The last feature cannot be turned off.
  await page.getByRole('button', { name: 'Feature X₂', exact: true }).click();
  await page.getByRole('button', { name: 'Feature X₁²', exact: true }).click();
  await page.getByRole('alert').filter({ hasText: 'needs at least one feature' }).waitFor();
  assert.equal((await hash(page)).xSquared, 'true');
  await close();
});

test('hovering a neuron shows its map in the output view; leaving shows the output again', { timeout: 60_000 }, async () => {
  const { page, close } = await open('seed=0.5');
  const heatmap = page.getByRole('img', { name: 'Decision boundary' });
  const output = await pixels(heatmap);
  await page.getByRole('button', { name: 'Layer 1 neuron 2' }).hover();
  await page.getByText('Showing neuron 2 of layer 1').waitFor();
  await waitForRedraw(heatmap, output);
  await page.mouse.move(5, 5);
  await page.getByText('Showing neuron 2 of layer 1').waitFor({ state: 'hidden' });
  assert.equal(await pixels(heatmap), output);
  await close();
});

test('typing a new weight into a neuron panel changes the output map at once', { timeout: 60_000 }, async () => {
  const { page, close } = await open('seed=0.5');
  const heatmap = page.getByRole('img', { name: 'Decision boundary' });
  await page.getByRole('button', { name: 'Step' }).click();
  await waitForNumber(page, 'Epoch', (e) => e === 1);
  const before = await pixels(heatmap);

  await page.getByRole('button', { name: 'Output neuron' }).click();
  const weight = page.getByRole('textbox', { name: 'Weight from layer 2 neuron 1 to the output neuron' });
  await weight.fill('5');
  await weight.press('Enter');
  await waitForRedraw(heatmap, before);
  assert.equal(await epoch(page), 1, 'an edit is not an epoch');

  const bias = page.getByRole('textbox', { name: 'Bias of the output neuron' });
  const edited = await pixels(heatmap);
  await bias.fill('-3');
  await bias.press('Enter');
  await waitForRedraw(heatmap, edited);

  // What is refused, and why.
  await bias.fill('1e400');
  await bias.press('Enter');
  await page.getByRole('alert').filter({ hasText: '“1e400” is too large; nothing was changed.' }).waitFor();
  await bias.fill('abc');
  await bias.press('Enter');
  await page.getByRole('alert').filter({ hasText: '“abc” is not a number; nothing was changed.' }).waitFor();
  await close();
});

/** Orange and blue pixels of the output view between `from` and `to` (fractions of its width, left to right). */
function band(page, from, to) {
  return page.getByRole('img', { name: 'Decision boundary' }).evaluate(
    (canvas, [from, to]) => {
      const { data, width } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
      const counts = { orange: 0, blue: 0 };
      for (let i = 0; i < data.length; i += 4) {
        const x = ((i / 4) % width) / width;
        if (x < from || x >= to) continue;
        if (data[i] - data[i + 2] > 60) counts.orange++;
        else if (data[i + 2] - data[i] > 60) counts.blue++;
      }
      return counts;
    },
    [from, to],
  );
}

test('a network of typed weights draws the output they give: tanh(w·x₁ + b) changes sign where w·x₁ = −b', { timeout: 60_000 }, async () => {
  // No hidden layers and the one feature X₁: the output is tanh(w·x₁ + b), exactly the typed w and b.
  const { page, close } = await open('dataset=circle&networkShape=&x=true&y=false&seed=0.5');
  const typeWeights = async (w, b) => {
    await page.getByRole('button', { name: 'Output neuron' }).click();
    for (const [name, value] of [['Weight from X₁ to the output neuron', w], ['Bias of the output neuron', b]]) {
      const field = page.getByRole('textbox', { name, exact: true });
      await field.fill(String(value));
      await field.press('Enter');
    }
    await page.keyboard.press('Escape');
    await page.mouse.click(0, 0); // focus off the neuron, which the view would show
    await epochAtRest(page); // a frame drawn after both edits, showing the output again
  };
  // The view spans x₁ from −6 (left edge) to 6 (right edge): x₁ = 3 is at 3/4 of its width, x₁ = −3 at 1/4.
  // w = 1, b = −3: negative (orange) left of x₁ = 3, positive (blue) right of it. The data points,
  // drawn over the view in both colours, keep a band from being one colour only.
  await typeWeights(1, -3);
  const left = await band(page, 0, 0.7);
  const right = await band(page, 0.8, 1);
  assert.ok(left.orange > 3 * left.blue && right.blue > 3 * right.orange, JSON.stringify({ left, right }));
  // w = −1, b = −3: positive left of x₁ = −3, negative right of it.
  await typeWeights(-1, -3);
  const farLeft = await band(page, 0, 0.2);
  const rest = await band(page, 0.3, 1);
  assert.ok(farLeft.blue > 3 * farLeft.orange && rest.orange > 3 * rest.blue, JSON.stringify({ farLeft, rest }));
  await close();
});

test('a value typed into the neuron panel is applied when the field is left with Tab, or the field goes back', { timeout: 60_000 }, async () => {
  const { page, close } = await open('seed=0.5');
  const heatmap = page.getByRole('img', { name: 'Decision boundary' });
  const output = page.getByRole('button', { name: 'Output neuron' });
  const weight = page.getByRole('textbox', { name: 'Weight from layer 2 neuron 1 to the output neuron' });
  const bias = page.getByRole('textbox', { name: 'Bias of the output neuron' });
  /** Closes the panel and opens it again: its fields show the network's values. */
  const reopen = async () => {
    await page.keyboard.press('Escape');
    await weight.waitFor({ state: 'hidden' });
    await output.click();
  };

  await output.click();
  const before = await pixels(heatmap);
  await weight.fill('1.5');
  await page.keyboard.press('Tab'); // to the next field: the weight is applied, no Enter needed
  await waitForRedraw(heatmap, before);
  await reopen();
  await page.waitForFunction((field) => field.value === '1.5', await weight.elementHandle());

  // Tab out of the last field closes the panel, applying it too.
  await bias.fill('1.5');
  await bias.focus();
  await page.keyboard.press('Tab');
  await bias.waitFor({ state: 'hidden' });
  await output.click();
  await page.waitForFunction((field) => field.value === '1.5', await bias.elementHandle());

  // A text that is not a number is refused when left, and the field shows the network's value again.
  await weight.fill('abc');
  await page.keyboard.press('Tab');
  await page.getByRole('alert').filter({ hasText: '“abc” is not a number; nothing was changed.' }).waitFor();
  assert.equal(await weight.inputValue(), '1.5');
  await close();
});

test('while training plays, the links are redrawn at most every 30 ms; Step redraws them with its frame', { timeout: 60_000 }, async () => {
  const { page, close } = await open('seed=0.5&networkShape=8,8,8&speed=1');
  const counts = () =>
    page.evaluate(() => {
      const links = document.querySelector('.nnplay-net-links');
      const epochs = [...document.querySelectorAll('label')].find((label) => label.textContent === 'Epoch').control;
      globalThis.linkCounts = { redraws: [], frames: 0, sameFrame: 0 };
      // A redraw of the links starts by clearing their canvas; the epoch's observer hears of the
      // epoch drawn at the end of the same task, and tells whether the links were redrawn since.
      let redrawn = false;
      const clearRect = CanvasRenderingContext2D.prototype.clearRect;
      CanvasRenderingContext2D.prototype.clearRect = function (...area) {
        if (this.canvas === links) {
          linkCounts.redraws.push(performance.now());
          redrawn = true;
        }
        return clearRect.apply(this, area);
      };
      new MutationObserver(() => {
        linkCounts.frames++;
        if (redrawn) linkCounts.sameFrame++;
        redrawn = false;
      }).observe(epochs, { childList: true, characterData: true, subtree: true });
    });

  await counts();
  await page.getByRole('button', { name: 'Play' }).click();
  await waitForNumber(page, 'Epoch', (e) => e >= 60);
  // Read before Pause: the frame drawn after it is drawn whole at once.
  const playing = await page.evaluate(() => structuredClone(globalThis.linkCounts));
  await page.getByRole('button', { name: 'Pause' }).click();
  const gaps = playing.redraws.slice(1).map((time, i) => time - playing.redraws[i]);
  assert.ok(playing.redraws.length >= 10, `links redrawn ${playing.redraws.length} times in ${playing.frames} frames`);
  // links.ts's LINKS_MS apart, counted from each redraw's start; these times are taken a little into
  // each, so a redraw slowed on a busy machine can make one gap look shorter. Redrawn every frame,
  // they would be 17 ms apart or less.
  const short = gaps.filter((gap) => gap < 25);
  assert.ok(short.length <= gaps.length / 10, `links redrawn less than 25 ms after the one before ${short.length} times in ${gaps.length}: ${short.map((gap) => gap.toFixed(1)).join(', ')} ms`);

  await epochAtRest(page);
  await counts();
  await step(page, 3);
  const stepped = await page.evaluate(() => globalThis.linkCounts);
  assert.ok(stepped.frames >= 3 && stepped.sameFrame === stepped.frames, `each step's links drawn with its epoch: ${JSON.stringify(stepped)}`);
  await close();
});
