// The network diagram's geometry (web/src/network/geometry.ts): the Playground's sizes for up to
// eight neurons a column, and smaller, packed neurons for more, up to nnplay's 8 layers of 32.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { load } from './load.mjs';

const { geometryOf, nodeAt, sizeOf } = await load('network/geometry.ts');

/** Every pair of neurons' squares in one column, and of neighbouring columns, apart (no overlap). */
function assertApart(geometry, columnRows) {
  columnRows.forEach((rows, c) => {
    const size = sizeOf(geometry, c);
    for (let row = 1; row < rows; ++row) {
      const above = nodeAt(geometry, c, row - 1);
      const below = nodeAt(geometry, c, row);
      assert.ok(below.y >= above.y + size + 4, `column ${c}: rows ${row - 1} and ${row} overlap`);
    }
    if (c > 0) assert.ok(nodeAt(geometry, c, 0).x >= nodeAt(geometry, c - 1, 0).x + sizeOf(geometry, c - 1) + 40);
  });
}

test('a column of up to 8 neurons keeps the Playground’s sizes: 36 px squares 52 px apart on a wide column', () => {
  // The default network at 700 px: features (7), 4, 2, output (1). The room is 700 − 58 − 16 = 626;
  // 4 columns at the largest side 36 leave 626 − 144 = 482 for 3 gaps: 160 each (under GAP_MAX 170).
  const geometry = geometryOf([7, 4, 2, 1], 700);
  assert.deepEqual(geometry.nodes, [36, 36, 36, 36]);
  // 36 + max(10, round(36 · 0.45) = 16) = 52.
  assert.deepEqual(geometry.pitches, [52, 52, 52, 52]);
  assert.deepEqual(geometry.columnX, [66, 262, 458, 654]);
  // The header 58, then the 7 features: 6 · 52 + 36 = 348, the bias 6 and the padding 8.
  assert.equal(geometry.height, 58 + 348 + 6 + 8);
  assert.deepEqual(nodeAt(geometry, 1, 3), { x: 262, y: 58 + 3 * 52 });
});

test('a column of 32 neurons packs smaller squares into about the height of 8 large ones, without overlap', () => {
  const rows = [7, 32, 32, 32, 32, 32, 32, 32, 32, 1];
  const eight = geometryOf([7, 8, 1], 1000);
  const geometry = geometryOf(rows, 1000);
  assert.ok(sizeOf(geometry, 1) < 36 && sizeOf(geometry, 1) >= 8, `32 neurons are ${sizeOf(geometry, 1)} px`);
  // The features and the output keep the column's full side.
  assert.equal(sizeOf(geometry, 0), geometry.node);
  assert.equal(sizeOf(geometry, 9), geometry.node);
  assert.ok(geometry.height <= eight.height, `${geometry.height} px tall, 8 neurons take ${eight.height}`);
  assertApart(geometry, rows);
  // A smaller square is centred in its column: the links of both sides meet it in the middle.
  const column = nodeAt(geometry, 1, 0);
  assert.equal(column.x, geometry.columnX[1] + Math.floor((geometry.node - sizeOf(geometry, 1)) / 2));
});

test('on a phone the 8 × 32 network keeps its smallest readable sizes and grows wider than the column (which scrolls)', () => {
  const rows = [7, 32, 32, 32, 32, 32, 32, 32, 32, 1];
  // A phone's network column is about 360 px: 10 columns of at least 24 px with 9 gaps of at least 42 need 618 + 74.
  const geometry = geometryOf(rows, 360);
  assert.equal(geometry.node, 24);
  assert.equal(geometry.width, 8 + 58 + 9 * (24 + 42) + 24 + 8);
  assertApart(geometry, rows);
});

test('the layers’ activation menus make the header 26 px taller and move every neuron down by as much', () => {
  const plain = geometryOf([7, 4, 2, 1], 700);
  const menus = geometryOf([7, 4, 2, 1], 700, { layerMenus: true });
  assert.equal(menus.header, plain.header + 26);
  assert.equal(menus.height, plain.height + 26);
  assert.equal(nodeAt(menus, 2, 1).y, nodeAt(plain, 2, 1).y + 26);
});
