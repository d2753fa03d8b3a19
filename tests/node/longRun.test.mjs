// A tab left training at the fastest speed (issue 12, "Long runs"): 10⁶ epochs through the
// worker's runner and message handlers with the real module keep the wasm heap flat, the
// worker's timeline and the page's loss series bounded, and the series still spans the whole run.
import assert from 'node:assert/strict';
import test from 'node:test';

import { load } from '../web/load.mjs';
import { circle, nnplay } from './load.mjs';

const { Runner } = await load('worker/runner.ts');
const { handle } = await load('worker/handlers.ts');
const { TIMELINE_CAPACITY } = await load('worker/timeline.ts');
const { LossSeries, MAX_POINTS } = await load('lossSeries.ts');

const EPOCHS = 1_000_000;
// Epochs after which every bounded store is full (the engine keeps 1000 loss points, the timeline
// 100 snapshots): from then on the heap must not move.
const SETTLED = 20_000;

// Four points, two per class, half of them for training, and a batch of all of them: an epoch
// costs about a microsecond, so the run is quick.
const tiny = {
  ...circle,
  dataset: { csv: 'x1,x2,label\n1,1,1\n-1,-1,0\n2,1,1\n-2,-1,0\n', labels: 'classes', trainPercent: 50 },
  network: { hidden: [3], activation: 'tanh', output: 'tanh' },
  batchSize: 4,
};

/** Plays at `max` until `EPOCHS`, answering each frame as the page does (append its losses, say it is drawn). */
function trainLong() {
  return new Promise((resolve, reject) => {
    const series = new LossSeries();
    const seen = { frames: 0, longestTimeline: 0, longestSeries: 0, settledHeap: undefined, heaps: [] };
    let runner;
    runner = new Runner(nnplay, (message) => {
      if (message.type === 'error') return reject(new Error(message.message));
      if (message.type !== 'frame') return;
      series.append(message.history);
      seen.frames++;
      seen.longestTimeline = Math.max(seen.longestTimeline, message.timeline.epochs.length);
      seen.longestSeries = Math.max(seen.longestSeries, series.epochs.length);
      const epoch = message.stats.epoch;
      if (epoch >= SETTLED) {
        seen.settledHeap ??= nnplay.heapInUse();
        seen.heaps.push(nnplay.heapInUse());
      }
      if (epoch >= EPOCHS) {
        handle(runner, { type: 'pause' });
        runner.current().delete();
        runner.ticks.port1.close(); // else the runner's tick channel keeps Node running
        return resolve({ series, seen, epoch });
      }
      queueMicrotask(() => handle(runner, { type: 'drawn', frames: 1 }));
    });
    handle(runner, { type: 'init', id: 1, session: tiny, resolutions: { output: 36, neuron: 12 } });
    handle(runner, { type: 'speed', speed: 'max' });
    handle(runner, { type: 'play' });
  });
}

test('10⁶ epochs at the fastest speed keep memory flat and the loss history bounded', async () => {
  const { series, seen, epoch } = await trainLong();
  assert.ok(epoch >= EPOCHS);
  // The heap at every frame after the stores filled is where it was then: the same allocations
  // each frame, freed each frame. (A few bytes either way are where dlmalloc placed them; see
  // assertHeapKept in load.mjs. A leak of one allocation per frame would grow it by ≥ 16 B × frames.)
  const drift = Math.max(...seen.heaps.map((heap) => Math.abs(heap - seen.settledHeap)));
  assert.ok(seen.heaps.length > 50, `${seen.heaps.length} frames after the stores filled`);
  assert.ok(drift < 64, `the heap moved by up to ${drift} bytes over ${seen.heaps.length} frames`);
  assert.ok(seen.longestTimeline <= TIMELINE_CAPACITY, `the timeline kept ${seen.longestTimeline} snapshots`);
  assert.ok(seen.longestSeries <= MAX_POINTS, `the page's series held ${seen.longestSeries} points`);
  // Decimated, not truncated: the series still runs from the first epochs to the last.
  assert.ok(series.epochs[0] <= 10, `the series starts at epoch ${series.epochs[0]}`);
  assert.equal(series.epochs[series.epochs.length - 1], epoch);
  assert.ok(series.train.every((loss) => loss !== null && loss >= 0), 'every loss kept is finite');
});
