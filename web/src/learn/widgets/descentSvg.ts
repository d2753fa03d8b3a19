// What the descent figures share: a linear map from values to pixels.
import type { Interval } from './descentOptions';

/** The map of [low, high] onto [from, to] (pixels; to < from for an axis that grows upwards). */
export const scale =
  ([low, high]: Interval, from: number, to: number) =>
  (value: number): number =>
    from + ((value - low) / (high - low)) * (to - from);
