// A 1 MB link pasted into the address bar of an open playground (a link an LMS mangled): the page
// reads it whole, takes what it can, says which values it did not use, and writes back a short
// address. Chromium takes about 30 s to navigate to a 1 MB address, so the link is pasted into the
// page already open, which changes only the hash, as pasting it into the address bar does.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { epoch, open, screenshot, step } from './site.mjs';

test('a 1 MB link pasted into an open page: the values it can take are taken, the rest reported, the address short again', { timeout: 60_000 }, async () => {
  const { page, close } = await open('seed=0.5');
  const megabyte = 'a'.repeat(1 << 20);
  await page.evaluate((long) => (location.hash = `#learningRate=0.3&noise=${long}&${long}=1&networkShape=3`), megabyte);
  await page.getByText("The link's noise=aaaa", { exact: false }).waitFor();
  assert.equal(await page.getByLabel('Learning rate', { exact: true }).inputValue(), '0.3');
  const hash = await page.evaluate(() => location.hash);
  assert.ok(hash.length < 1000, `the address is short again (${hash.length} characters)`);
  assert.match(hash, /learningRate=0\.3/);
  assert.match(hash, /networkShape=3(&|$)/);
  const said = await page.getByText("The link's noise=", { exact: false }).first().textContent();
  assert.ok(said.length < 1000, `the message shortens the value (${said.length} characters)`);
  await screenshot(page, 'long-link');
  await step(page, 2);
  assert.equal(await epoch(page), 2);
  await close();
});
