// web/src/data/ownData.ts and drawing.ts: the learner's points, the engine's dataset of them, and
// what drawing does to them; and state.ts's sessionConfig with own data kept in the browser.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { load } from './load.mjs';

const own = await load('data/ownData.ts');
const { Drawing, ERASE_RADIUS, PAINT_SPACING } = await load('data/drawing.ts');
const { DEFAULT_STATE } = await load('state.ts');
const { sessionConfig } = await load('sessionConfig.ts');

const point = (x, y, label, test = false) => ({ x, y, label, test });

test('the engine gets the training rows first and a training share that selects exactly them', () => {
  const points = [point(1, 2, 0), point(3, 4, 1, true), point(5, 6, 1)];
  const dataset = own.ownDataset(points, 'classes');
  assert.equal(dataset.csv, 'x1,x2,class\n1,2,0\n5,6,1\n3,4,1\n');
  assert.equal(dataset.labels, 'classes');
  // The engine trains on ⌊n · trainPercent / 100⌋ rows: ⌊3 · (2.5 · 100 / 3) / 100⌋ = ⌊2.5⌋ = 2.
  assert.equal(dataset.trainPercent, 250 / 3);
  for (let n = 2; n <= 400; n++) {
    for (const train of [1, Math.floor(n / 2), n - 1]) {
      const many = Array.from({ length: n }, (_, i) => point(i, 0, i % 2, i >= train));
      assert.equal(Math.floor((n * own.ownDataset(many, 'classes').trainPercent) / 100), train, `${train} of ${n}`);
    }
  }
  assert.equal(own.ownDataset(points, 'values').csv.split('\n')[0], 'x1,x2,value');
});

test('points the engine cannot take yet say why', () => {
  assert.match(own.ownDataset([point(0, 0, 1)], 'classes'), /at least two points/);
  assert.match(own.ownDataset([point(0, 0, 1), point(1, 1, 1, true)], 'classes'), /two classes/);
  assert.equal(typeof own.ownDataset([point(0, 0, 0.5), point(1, 1, 0.5, true)], 'values'), 'object');
});

test("the engine's triples become points: two classes' −1/+1 are classes 0/1, other labels stay", () => {
  const train = new Float32Array([1, 2, -1, 3, 4, 1]);
  const test = new Float32Array([5, 6, 1]);
  assert.deepEqual(own.pointsOfTriples(train, test, 'classes', 2), [point(1, 2, 0), point(3, 4, 1), point(5, 6, 1, true)]);
  assert.deepEqual(own.pointsOfTriples(new Float32Array([0, 0, 2]), new Float32Array(), 'classes', 3), [point(0, 0, 2)]);
  assert.deepEqual(own.pointsOfTriples(new Float32Array([0, 0, -0.5]), new Float32Array(), 'values', 0), [point(0, 0, -0.5)]);
});

test('a stored dataset reads back as the same points', () => {
  const points = [point(1, 2, 0), point(3, 4, 1, true), point(5, 6, 1), point(7, 8, 0, true)];
  const dataset = own.ownDataset(points, 'classes');
  const back = own.pointsOfDataset(dataset, 50);
  assert.deepEqual(back, [point(1, 2, 0), point(5, 6, 1), point(3, 4, 1, true), point(7, 8, 0, true)]);
  // An upload has no share of its own: the page's applies, ⌊4 · 25 / 100⌋ = 1 training row.
  assert.equal(own.pointsOfDataset({ csv: dataset.csv, labels: 'classes' }, 25).filter((p) => !p.test).length, 1);
});

test('Download data writes the training rows first under a header that names the labels', () => {
  const csv = own.downloadCsv([point(1, 2, 0, true), point(3, 4, 1)], 'classes');
  assert.equal(csv, 'x1,x2,class\n3,4,1\n1,2,0\n');
  assert.equal(own.labelsNamed('class'), 'classes');
  assert.equal(own.labelsNamed('value'), 'values');
  assert.equal(own.labelsNamed('species'), 'auto');
});

test("the data's shape: the dataset's classes, values for regression, or the own data's distinct labels", () => {
  assert.deepEqual(own.shapeOfState(DEFAULT_STATE, null), { labels: 'classes', classes: 2 });
  assert.deepEqual(own.shapeOfState({ ...DEFAULT_STATE, dataset: 'spirals', numClasses: 5 }, null), { labels: 'classes', classes: 5 });
  assert.deepEqual(own.shapeOfState({ ...DEFAULT_STATE, problem: 'regression' }, null), { labels: 'values', classes: 0 });
  const stored = JSON.stringify(own.ownDataset([point(0, 0, 0), point(1, 1, 2, true), point(2, 2, 1)], 'classes'));
  assert.deepEqual(own.shapeOfState({ ...DEFAULT_STATE, customData: 'data-1' }, stored), { labels: 'classes', classes: 3 });
  assert.notEqual(own.dataIdentity(DEFAULT_STATE), own.dataIdentity({ ...DEFAULT_STATE, dataset: 'xor' }));
  assert.equal(own.dataIdentity(DEFAULT_STATE), own.dataIdentity({ ...DEFAULT_STATE, learningRate: 0.1, showTestData: true }));
});

test('drawing shares new points out between training and testing as the training share says', () => {
  const half = new Drawing([], 50);
  for (let i = 0; i < 4; i++) half.begin({ x: i, y: 0 }, { kind: 'add', label: 1 });
  assert.deepEqual(half.points.map((p) => p.test), [false, true, false, true]);
  // 70% for training: point n is for testing when ⌊0.3·(n + 1)⌋ > ⌊0.3·n⌋: n = 3, 6, 9 of 0..9.
  const most = new Drawing([], 70);
  for (let i = 0; i < 10; i++) most.begin({ x: i, y: 0 }, { kind: 'add', label: 0 });
  assert.deepEqual(most.points.flatMap((p, n) => (p.test ? [n] : [])), [3, 6, 9]);
});

test('a drag paints points PAINT_SPACING apart, the eraser takes those within ERASE_RADIUS, Undo a whole stroke', () => {
  const drawing = new Drawing([point(3, 3, 0)], 50);
  drawing.begin({ x: 0, y: 0 }, { kind: 'add', label: 1 });
  drawing.continue({ x: PAINT_SPACING / 2, y: 0 }, { kind: 'add', label: 1 });
  drawing.continue({ x: PAINT_SPACING, y: 0 }, { kind: 'add', label: 1 });
  assert.deepEqual(drawing.points.map((p) => [p.x, p.y]), [[3, 3], [0, 0], [PAINT_SPACING, 0]]);
  drawing.begin({ x: 3 + ERASE_RADIUS * 0.9, y: 3 }, { kind: 'erase' });
  assert.deepEqual(drawing.points.map((p) => [p.x, p.y]), [[0, 0], [PAINT_SPACING, 0]]);
  drawing.undo();
  assert.equal(drawing.points.length, 3);
  drawing.undo();
  assert.deepEqual(drawing.points, [point(3, 3, 0)]);
  drawing.clear();
  assert.deepEqual(drawing.points, []);
  drawing.undo();
  assert.deepEqual(drawing.points, [point(3, 3, 0)]);
  assert.equal(drawing.canUndo, false);
});

test("sessionConfig sends the own data the browser keeps, with the page's training share when it has none", () => {
  const drawn = { csv: 'x1,x2,class\n1,1,1\n-1,-1,0\n2,2,1\n', labels: 'classes', trainPercent: 60 };
  const state = { ...DEFAULT_STATE, customData: 'data-1', percTrainData: 70 };
  const keeping = (text) => (key) => (key === 'data-1' ? text : null);
  assert.deepEqual(sessionConfig(state, keeping(JSON.stringify(drawn))).dataset, drawn);
  const uploaded = { csv: drawn.csv, labels: 'values' };
  assert.deepEqual(sessionConfig(state, keeping(JSON.stringify(uploaded))).dataset, { ...uploaded, trainPercent: 70 });
  // No data in this browser (a link from another), or none named: generated data.
  assert.equal(sessionConfig(state, keeping(null)).dataset.name, 'circle');
  assert.equal(sessionConfig(state, keeping('{"not":"data"}')).dataset.name, 'circle');
  assert.equal(sessionConfig(DEFAULT_STATE, keeping(JSON.stringify(drawn))).dataset.name, 'circle');
});
