// The module's own-data calls under Node: a CSV previewed and turned into 2-D points, and new data
// for a running session that keeps its network.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertHeapKept, circle, nnplay, withSession } from './load.mjs';

test('a CSV preview has the columns and first rows as the engine splits them', () => {
  const preview = JSON.parse(nnplay.csvPreview('name,"a, b",c\nx,1,2\ny,3,4\nz,5,6\n', 2));
  assert.deepEqual(preview, { columns: ['name', 'a, b', 'c'], rows: [['x', '1', '2'], ['y', '3', '4']], totalRows: 3 });
});

test("planeCsv keeps the chosen columns as points and names a bad row's line and column", () => {
  // height 10, 20, 30 lies beyond ±6: −5 + 10·(h − 10)/20 = −5, 0, 5; the labels are classes 0, 1.
  const csv = nnplay.planeCsv('id,h,w,kind\na,10,1,cat\nb,20,2,dog\nc,30,3,cat\n', 'h', 'w', 'kind', 'auto');
  const [header, ...rows] = csv.trim().split('\n');
  assert.equal(header, 'x1,x2,class');
  assert.deepEqual(rows.sort(), ['-5,1,0', '0,2,1', '5,3,0']);
  assert.throws(() => nnplay.planeCsv('a,b,c\n1,2,0\n3,oops,1\n', 'a', 'b', 'c', 'auto'),
    (error) => error.name === 'NnplayError' && /line 3, column 2 \("b"\): "oops" is not a number/.test(error.message));
  assert.throws(() => nnplay.planeCsv('a,b,c\n1,2,0\n3,4,1\n', 'a', 'b', 'c', 'sometimes'), /labels must be auto, classes or values/);
});

test('setData gives a session new points of the same classes: the epoch and the weights stay', () => {
  withSession(circle, (session) => {
    session.train(5);
    const network = JSON.parse(session.networkJson());
    session.setData(JSON.stringify({ csv: 'x1,x2,class\n1,1,1\n-1,-1,0\n2,2,1\n-2,-2,0\n', labels: 'classes', trainPercent: 50 }));
    assert.equal(session.epoch(), 5);
    const after = JSON.parse(session.networkJson());
    assert.deepEqual(after.layers, network.layers);
    // The classes are named as the new data names them.
    assert.deepEqual(after.classes, ['0', '1']);
    // ⌊4 · 50/100⌋ = 2 training rows; two classes are the Playground's −1/+1.
    assert.deepEqual([...session.points('train')], [1, 1, 1, -1, -1, -1]);
    assert.throws(() => session.setData(JSON.stringify({ csv: 'x1,x2,class\n1,1,0\n2,2,1\n3,3,2\n' })), /3 classes, the network 2/);
    assert.equal(session.points('train').length, 6);
  });
});

test('100 setData calls, good and refused, leave the heap as it was', () => {
  withSession(circle, (session) => {
    assertHeapKept(() => {
      session.setData('{"csv": "x1,x2,class\\n1,1,1\\n-1,-1,0\\n", "trainPercent": 50}');
      assert.throws(() => session.setData('{"csv": "x1,x2,class\\n1,1,1\\n"}'));
    }, 100);
  });
});
