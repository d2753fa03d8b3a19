// What the path of the steps says: whether it runs away, whether it reached the bottom in time, and
// the part of the plane a figure must show to hold it. Pure: the numbers come from the engine.
import type { Interval, Parameters } from './descentOptions';

/** One point of the path: where a step landed (the start is point 0) and its loss. */
export interface PathPoint extends Parameters {
  loss: number;
}

const distance = (a: Parameters, c: Parameters): number => Math.hypot(a.w - c.w, a.b - c.b);

/**
 * Whether the steps run away: each of the last `run` steps raised the loss and was longer than the
 * step before it. Gradient descent with too large a step on a bowl-shaped loss does exactly this,
 * for ever: each step lands further up the other side.
 */
export function runsAway(path: readonly PathPoint[], run = 3): boolean {
  if (path.length < run + 2) return false;
  for (let i = path.length - run; i < path.length; i++) {
    const rose = path[i]!.loss > path[i - 1]!.loss;
    const longer = distance(path[i]!, path[i - 1]!) > distance(path[i - 1]!, path[i - 2]!);
    if (!rose || !longer) return false;
  }
  return true;
}

/**
 * Whether the path's last point is at the bottom, within the fraction `within` of the `lowest` loss
 * (1.01 × 0.0331 for `within` 0.01 and a lowest loss of 0.0331), after at least one step.
 */
export function reachedBottom(path: readonly PathPoint[], lowest: number, within: number): boolean {
  const last = path[path.length - 1];
  return last !== undefined && path.length > 1 && last.loss <= lowest * (1 + within);
}

/** `base` widened, when needed, to hold every value of `values` with a margin of a tenth of the width. */
export function covering(base: Interval, values: readonly number[]): Interval {
  const finite = values.filter(Number.isFinite);
  const low = Math.min(base[0], ...finite);
  const high = Math.max(base[1], ...finite);
  if (low === base[0] && high === base[1]) return base;
  const margin = (high - low) / 10;
  return [low === base[0] ? low : low - margin, high === base[1] ? high : high + margin];
}

/** Whether two intervals are the same. */
export const sameInterval = (a: Interval, c: Interval): boolean => a[0] === c[0] && a[1] === c[1];
