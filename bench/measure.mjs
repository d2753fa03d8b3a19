// Timing and its statistics: seconds per call of one piece of work, and the median and spread of
// the figures several rounds gave. Pure apart from the clock.
import { performance } from 'node:perf_hooks';

/** Calls `work` (sync or async) until at least `seconds` have passed, at least once; returns seconds per call. */
export async function secondsPerCall(work, seconds) {
  const start = performance.now();
  let calls = 0;
  let elapsed = 0;
  do {
    await work();
    calls++;
    elapsed = (performance.now() - start) / 1000;
  } while (elapsed < seconds);
  return elapsed / calls;
}

export function median(values) {
  if (values.length === 0) throw new Error('the median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** The range of the values and its width as a share of their median: 0.1 = the rounds span 10% of the median. */
export function spread(values) {
  const min = Math.min(...values);
  const max = Math.max(...values);
  return { min, max, relative: (max - min) / median(values) };
}

/** `items` turned left by `round` places, so each contender runs first in some rounds and last in others. */
export function rotated(items, round) {
  const shift = round % items.length;
  return [...items.slice(shift), ...items.slice(0, shift)];
}
