// "Your own data" as a person uses it: draw points on the map, train on them, and add more while
// training goes on; upload a CSV (a bad one leaves the experiment as it was); download the data and
// read it back.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { epoch, hash, open, screenshot, waitForNumber } from './site.mjs';

/**
 * Clicks "Download data" and returns the CSV's rows (header first), once they are `rows` data rows:
 * the page downloads the points the worker last sent, which follow a change of data.
 */
async function downloadData(page, rows) {
  for (let attempt = 0; ; attempt++) {
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download data' }).click()]);
    assert.equal(file.suggestedFilename(), 'nnplay-data.csv');
    const lines = (await readFile(await file.path(), 'utf8')).trim().split('\n');
    if (lines.length === rows + 1 || attempt === 50) return lines;
    await page.waitForTimeout(100);
  }
}

/** Clicks the output map at data coordinates (x, y): the square is ±6, the overlay covers it inside a 1-pixel border. */
async function clickMap(page, x, y) {
  const box = await page.locator('.nnplay-map-overlay').boundingBox();
  const size = box.width - 2;
  await page.mouse.click(box.x + 1 + ((x + 6) / 12) * size, box.y + 1 + ((6 - y) / 12) * size);
}

/** Chooses `file` (a name and its text) with Upload CSV's file picker. */
async function upload(page, name, text) {
  await page.locator('.nnplay-own-data-file').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
}

test('drawn points are the data: they train, Download data holds them, and a point added while training keeps the network', async () => {
  const { page, close } = await open('seed=0.3&learningRate=0.3', { acceptDownloads: true });
  await page.getByRole('button', { name: 'Your own data' }).click();
  await page.getByRole('button', { name: 'Draw data' }).click();
  await page.getByRole('button', { name: 'Clear', exact: true }).click();
  const status = page.locator('.nnplay-draw-status');
  await status.filter({ hasText: 'at least two points' }).waitFor();
  const blue = [[2, 2], [3, 3], [2, 3], [3, 2]];
  const orange = [[-2, -2], [-3, -3], [-2, -3], [-3, -2]];
  await page.getByRole('radio', { name: 'Class 2' }).check();
  for (const [x, y] of blue) await clickMap(page, x, y);
  await status.filter({ hasText: 'two classes' }).waitFor();
  await page.getByRole('radio', { name: 'Class 1' }).check();
  for (const [x, y] of orange) await clickMap(page, x, y);
  await status.filter({ hasText: '8 points.' }).waitFor();
  assert.match((await hash(page)).customData, /^data-[0-9a-f]{8}-/);
  await screenshot(page, 'own-data-drawn');

  // Each click is a point: class 1 of the map's orange is 0, class 2 (blue) is 1; a pixel is 12/size units.
  const [header, ...rows] = await downloadData(page, 8);
  assert.equal(header, 'x1,x2,class');
  const drawn = rows.map((row) => row.split(',').map(Number)).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const expected = [...orange.map(([x, y]) => [x, y, 0]), ...blue.map(([x, y]) => [x, y, 1])].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  assert.equal(drawn.length, 8);
  drawn.forEach(([x, y, label], i) => {
    assert.ok(Math.abs(x - expected[i][0]) < 0.1 && Math.abs(y - expected[i][1]) < 0.1, `point ${[x, y]} near ${expected[i]}`);
    assert.equal(label, expected[i][2]);
  });

  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await waitForNumber(page, 'Epoch', (e) => e > 30);
  // The points are far apart: a network separates them and the training loss falls towards 0.
  await waitForNumber(page, 'Training loss', (loss) => loss < 0.05, 60_000);
  const before = await epoch(page);
  await clickMap(page, 4, 4);
  await status.filter({ hasText: '9 points.' }).waitFor();
  // New data of the same classes: training goes on from where it was (a rebuild would start at 0).
  await waitForNumber(page, 'Epoch', (e) => e > before + 10);
  await page.getByRole('button', { name: 'Done', exact: true }).click();
  await close();
});

test('a bad CSV says which line is wrong and changes nothing; a good one is previewed, its columns chosen, and trained on', async () => {
  const { page, close } = await open('seed=0.3&learningRate=0.3', { acceptDownloads: true });
  await page.getByRole('button', { name: 'Your own data' }).click();
  const before = await hash(page);
  const message = page.locator('.nnplay-upload-message');

  await upload(page, 'broken.csv', 'a,"b\n1,2\n');
  await message.filter({ hasText: 'line 1: a quoted field is never closed' }).waitFor();
  await upload(page, 'bad.csv', 'a,b,label\n1,2,0\n3,oops,1\n');
  await page.getByRole('button', { name: 'Use this data' }).click();
  await message.filter({ hasText: 'line 3, column 2 ("b"): "oops" is not a number' }).waitFor();
  assert.deepEqual(await hash(page), before);
  assert.equal(await page.getByRole('radio', { name: 'Circle' }).isChecked(), true);

  // Heights 150–190 and weights 50–90 do not fit the ±6 square: the engine scales them to ±5.
  // The file is sorted by species, and has a text column that is not used.
  const cats = Array.from({ length: 20 }, (_, i) => `cat${i},${150 + i},${50 + (i % 5)},cat`);
  const dogs = Array.from({ length: 20 }, (_, i) => `dog${i},${171 + i},${85 + (i % 5)},dog`);
  await upload(page, 'pets.csv', ['name,height,weight,species', ...cats, ...dogs].join('\n'));
  const preview = page.locator('.nnplay-upload-preview');
  await preview.getByText('The first 5 of 40 rows').waitFor();
  assert.equal(await preview.locator('tr').nth(1).locator('td').first().textContent(), 'cat0');
  await page.getByLabel('Label column').selectOption('species');
  await page.getByLabel('Across (x) on the map').selectOption('height');
  await page.getByLabel('Up (y) on the map').selectOption('weight');
  await page.getByRole('button', { name: 'Use this data' }).click();
  await preview.waitFor({ state: 'hidden' });
  assert.match((await hash(page)).customData, /^data-/);
  await screenshot(page, 'own-data-uploaded');

  const [header, ...rows] = await downloadData(page, 40);
  assert.equal(header, 'x1,x2,class');
  assert.equal(rows.length, 40);
  const points = rows.map((row) => row.split(',').map(Number));
  // height 150 → −5, 190 → +5; dogs (class 1) are the tall ones: x > 0 exactly for them (171 → 0.25).
  assert.ok(points.every(([x, y]) => Math.abs(x) <= 5 + 1e-6 && Math.abs(y) <= 5 + 1e-6));
  assert.ok(points.every(([x, , label]) => (x > 0) === (label === 1)));
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await waitForNumber(page, 'Test loss', (loss) => loss < 0.1, 60_000);
  await page.getByRole('button', { name: 'Pause', exact: true }).click();

  // Download data reads back as the same points (shuffled once more: another key, a new experiment at epoch 0).
  const trained = (await hash(page)).customData;
  await upload(page, 'nnplay-data.csv', [header, ...rows].join('\n'));
  await page.getByRole('button', { name: 'Use this data' }).click();
  await preview.waitFor({ state: 'hidden' });
  assert.notEqual((await hash(page)).customData, trained);
  await waitForNumber(page, 'Epoch', (e) => e === 0);
  const [, ...again] = await downloadData(page, 40);
  assert.deepEqual([...again].sort(), [...rows].sort());
  await close();
});
