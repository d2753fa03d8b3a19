// CSV files as spreadsheets export them wrong, through the module's own-data calls (what Upload CSV
// uses): header only, semicolons, one class, text numbers, BOM and CRLF, 100 columns.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { nnplay } from './load.mjs';

/** Asserts that `call` throws the module's error with a message matching `pattern`. */
const refused = (call, pattern) => assert.throws(call, (error) => error.name === 'NnplayError' && pattern.test(error.message));
const plane = (csv) => nnplay.planeCsv(csv, 'a', 'b', 'c', 'auto');

test('a header without rows, a file split by semicolons and a label of one class are refused, each saying why', () => {
  assert.deepEqual(JSON.parse(nnplay.csvPreview('a,b,c\n', 5)), { columns: ['a', 'b', 'c'], rows: [], totalRows: 0 });
  refused(() => plane('a,b,c\n'), /^the CSV needs at least two data rows$/);
  // Split by commas, "a;b;c" is one column.
  refused(() => plane('a;b;c\n1;2;0\n3;4;1\n'), /^line 1: the CSV needs at least two columns \(inputs and a label\)$/);
  refused(() => plane('a,b,c\n1,2,0\n3,4,0\n'), /^the label column "c" has 1 distinct values; classification needs 2 to 8$/);
});

test('NaN, inf and numbers beyond a float in a cell are refused with their line and column', () => {
  refused(() => plane('a,b,c\n1,NaN,0\n3,4,1\n'), /^line 2, column 2 \("b"\): "NaN" is not a number$/);
  refused(() => plane('a,b,c\n1,2,0\n-inf,4,1\n'), /^line 3, column 1 \("a"\): "-inf" is not a number$/);
  refused(() => plane('a,b,c\n1,1e39,0\n3,4,1\n'), /^line 2, column 2 \("b"\) must be a finite number within a float's range/);
});

test('a byte order mark and CRLF line ends are read as the plain file', () => {
  // 1..3 and 2..4 lie within ±6: the points are the values themselves.
  assert.equal(plane('\uFEFFa,b,c\r\n1,2,0\r\n3,4,1\r\n'), plane('a,b,c\n1,2,0\n3,4,1\n'));
  assert.deepEqual(plane('\uFEFFa,b,c\r\n1,2,0\r\n3,4,1\r\n').trim().split('\n').slice(1).sort(), ['1,2,0', '3,4,1']);
});

test('100 columns: any two are the map\'s axes and any one the label', () => {
  const columns = Array.from({ length: 100 }, (_, i) => `c${i}`);
  // Row r holds 100·r + i in column i, and r mod 2 in the label column c99.
  const rows = [0, 1, 2, 3].map((r) => columns.map((_, i) => (i === 99 ? r % 2 : 100 * r + i)).join(','));
  const csv = [columns.join(','), ...rows].join('\n');
  assert.equal(JSON.parse(nnplay.csvPreview(csv, 2)).columns.length, 100);
  const [header, ...points] = nnplay.planeCsv(csv, 'c5', 'c50', 'c99', 'auto').trim().split('\n');
  assert.equal(header, 'x1,x2,class');
  // c5 = 5, 105, 205, 305 spans beyond ±6, so it is scaled to −5…5: −5 + 10·(v − 5)/300 = −5, −5/3, 5/3, 5; c50 likewise.
  const expected = [[-5, 0], [-5 / 3, 1], [5 / 3, 0], [5, 1]];
  const read = points.map((line) => line.split(',').map(Number)).sort((p, q) => p[0] - q[0]);
  assert.equal(read.length, 4);
  read.forEach(([x, y, label], i) => {
    assert.ok(Math.abs(x - expected[i][0]) < 1e-5 && Math.abs(y - expected[i][0]) < 1e-5, `${x},${y}`);
    assert.equal(label, expected[i][1]);
  });
});

test('a CSV of 10⁶ rows is previewed and made into points whole, and leaves the heap where it was', () => {
  // Row r: x = r mod 1000, y = r mod 7, class r mod 2 (about 14 MB).
  const rows = 1_000_000;
  const lines = ['x,y,class'];
  for (let r = 0; r < rows; r++) lines.push(`${r % 1000},${r % 7},${r % 2}`);
  const csv = lines.join('\n');
  const heap = nnplay.heapInUse();
  const preview = JSON.parse(nnplay.csvPreview(csv, 3));
  assert.deepEqual(preview, { columns: ['x', 'y', 'class'], rows: [['0', '0', '0'], ['1', '1', '1'], ['2', '2', '0']], totalRows: rows });
  const points = nnplay.planeCsv(csv, 'x', 'y', 'class', 'auto').trimEnd().split('\n');
  assert.equal(points.length, rows + 1);
  assert.equal(points[0], 'x1,x2,class');
  // x spans 0…999, beyond ±6, so it is scaled to −5…5; y spans 0…6 and is kept; half the rows are class 1.
  const [xs, ys, classes] = [0, 1, 2].map((column) => points.slice(1).map((point) => Number(point.split(',')[column])));
  assert.deepEqual([xs.reduce((a, b) => Math.min(a, b)), xs.reduce((a, b) => Math.max(a, b))], [-5, 5]);
  assert.deepEqual([...new Set(ys)].sort(), [0, 1, 2, 3, 4, 5, 6]);
  assert.equal(classes.filter((c) => c === 1).length, rows / 2);
  assert.equal(nnplay.heapInUse(), heap);
});
