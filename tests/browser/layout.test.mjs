// Where things are on a 1280×800 screen and a 390×844 phone: a caption that stays in view, notices
// that move nothing, a network that fits or says it scrolls, the data before the network.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DESKTOP, open, screenshot } from './site.mjs';

test('at 1280×800 the “Showing neuron …” caption is on screen, on the output view, while a neuron is hovered', { timeout: 60_000 }, async () => {
  const { page, close } = await open('seed=0.5');
  await page.getByRole('button', { name: 'Layer 1 neuron 2' }).hover();
  const caption = page.getByText('Showing neuron 2 of layer 1');
  await caption.waitFor();
  const box = await caption.boundingBox();
  const view = await page.getByRole('img', { name: 'Decision boundary' }).boundingBox();
  assert.ok(box.y >= 0 && box.y + box.height <= DESKTOP.height, `caption at y ${box.y}..${box.y + box.height}`);
  assert.ok(box.x >= view.x && box.x + box.width <= view.x + view.width, 'within the output view’s width');
  assert.ok(box.y >= view.y - box.height && box.y <= view.y + view.height, 'at the output view');
  await screenshot(page, 'caption-hover-desktop');
  await close();
});
