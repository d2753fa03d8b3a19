// web/src/map/mapTools.ts: one tool has the output map at a time; overlays by key.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { load } from './load.mjs';

const { MapTools } = await load('map/mapTools.ts');

test('giving the map to a tool ends the one that had it; releasing a tool that lost it does nothing', () => {
  const tools = new MapTools();
  const ended = [];
  const draw = { label: 'Draw', cursor: 'crosshair', ended: () => ended.push('draw') };
  const pick = { label: 'Pick', cursor: 'pointer', ended: () => ended.push('pick') };
  let changes = 0;
  tools.subscribe(() => changes++);
  tools.use(draw);
  tools.use(draw);
  assert.equal(tools.active, draw);
  tools.use(pick);
  assert.deepEqual(ended, ['draw']);
  tools.release(draw);
  assert.equal(tools.active, pick);
  tools.release(pick);
  assert.equal(tools.active, null);
  assert.deepEqual(ended, ['draw', 'pick']);
  assert.equal(changes, 3);
});

test('overlays are kept by key, replaced and removed, and each change is told', () => {
  const tools = new MapTools();
  let changes = 0;
  const stop = tools.subscribe(() => changes++);
  const first = () => {};
  const second = () => {};
  tools.setOverlay('highlight', first);
  tools.setOverlay('chosen', second);
  tools.setOverlay('highlight', second);
  assert.deepEqual(tools.overlayList, [second, second]);
  tools.setOverlay('highlight', null);
  assert.deepEqual(tools.overlayList, [second]);
  stop();
  tools.setOverlay('chosen', null);
  assert.equal(changes, 4);
});
