// The benchmark suite's pure parts (bench/measure.mjs, bench/report.mjs): statistics and the chart.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { median, rotated, spread } from '../../bench/measure.mjs';
import { barChart, speedRatio, summarize, table } from '../../bench/report.mjs';

test('the median is the middle value, or the mean of the two middle values', () => {
  assert.equal(median([5, 1, 3]), 3);
  assert.equal(median([4, 1, 3, 2]), 2.5); // (2 + 3) / 2
  assert.throws(() => median([]), /no values/);
});

test("the spread is the range and its width as a share of the median", () => {
  // range 8 − 2 = 6, median 4: 6 / 4 = 1.5
  assert.deepEqual(spread([2, 4, 8]), { min: 2, max: 8, relative: 1.5 });
});

test('each round starts the contenders one place further on', () => {
  assert.deepEqual(rotated(['a', 'b', 'c'], 0), ['a', 'b', 'c']);
  assert.deepEqual(rotated(['a', 'b', 'c'], 4), ['b', 'c', 'a']);
});

test('the speed ratio says how many times faster nnplay is, whichever the unit', () => {
  assert.equal(speedRatio({ unit: 'examples/s' }, 6e6, 2e6), 3);
  assert.equal(speedRatio({ unit: 'ms' }, 2, 10), 5);
});

const results = {
  date: '2026-12-03T08:00:00.000Z',
  node: '20.20.2',
  machine: { cpu: 'Test CPU', cores: 2, loadAverage: { start: 0.5, end: 0.6 } },
  rounds: 3,
  reference: 'nnplay WASM',
  workloads: [
    { id: 'W1', title: 'train', unit: 'examples/s' },
    { id: 'W3', title: 'grids', unit: 'ms' },
  ],
  contenders: [
    { name: 'nnplay WASM', kind: 'wasm', figures: { W1: summarize([6e6, 5e6, 7e6]), W3: summarize([2, 2, 2]) } },
    { name: 'lib <b>', kind: 'library', missing: { W3: 'did not learn' }, figures: { W1: summarize([2e6, 2e6, 2e6]) } },
  ],
};

test('the chart draws each median as a bar in proportion to the panel\'s largest round, named and labelled', () => {
  const svg = barChart(results);
  const bars = [...svg.matchAll(/<rect x="\d+" y="\d+" width="([\d.]+)"[^>]*data-workload="(\w+)" data-contender="([^"]+)" data-value="([\d.e+]+)"/g)].map(
    ([, width, workload, contender, value]) => ({ width: Number(width), workload, contender, value: Number(value) }),
  );
  assert.deepEqual(bars.map((b) => `${b.workload} ${b.contender}`), ['W1 nnplay WASM', 'W1 lib &lt;b&gt;', 'W3 nnplay WASM']);
  // W1: medians 6 M and 2 M, the largest round 7 M: bars 6/7 and 2/7 of the same full length.
  const [nnplay, library] = bars;
  assert.ok(Math.abs(nnplay.width / library.width - 3) < 1e-3, `${nnplay.width} / ${library.width}`);
  assert.ok(Math.abs(nnplay.width / 440 - 6 / 7) < 1e-3, `${nnplay.width}`);
  assert.match(svg, />6\.00 M\/s</);
  assert.match(svg, />2\.00 ms</);
  assert.match(svg, /W3: grids \(ms, lower is better\)/);
  assert.doesNotMatch(svg, /<b>/);
});

test('the table shows medians, half-spreads, the speed ratio and what was not timed', () => {
  const text = table(results);
  assert.match(text, /nnplay WASM\s+6\.00 M\/s ±17%\s+2\.00 ms ±0%/); // (7 − 5) / 6 / 2 = 17%
  assert.match(text, /lib <b>\s+2\.00 M\/s ±0% \(3\.0×\)\s+did not learn/);
});
