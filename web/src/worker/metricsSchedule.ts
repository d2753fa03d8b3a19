// When a frame carries the engine's metrics (the Metrics panel): only while the panel is open, and
// while playing at most every METRICS_MS, since they cost a pass over all the data and the training
// must not wait for numbers nobody can read that fast; every frame while paused (a step, a reset, an
// edit). Pure, no imports of values: the session and the clock are passed in.
import type { MetricsReport } from '../protocol';

/** While playing, the least time between two frames that carry metrics. */
export const METRICS_MS = 250;

/** What the metrics are read from: `session.metricsJson`. */
export interface MetricsSource {
  metricsJson(which: 'train' | 'test'): string;
}

export class MetricsSchedule {
  private wanted = false;
  private lastAt = -Infinity;
  /** The frame on screen has no metrics of its weights. */
  private stale = false;

  constructor(private readonly now: () => number) {}

  /** The panel opened (the frame on screen has no metrics) or closed. */
  want(on: boolean): void {
    this.wanted = on;
    if (on) this.stale = true;
  }

  /** Whether the frame about to be posted carries metrics. */
  due(playing: boolean): boolean {
    if (!this.wanted) return false;
    const now = this.now();
    const due = !playing || now - this.lastAt >= METRICS_MS;
    if (due) this.lastAt = now;
    this.stale = !due;
    return due;
  }

  /** Metrics are wanted and the frame on screen has none of its weights (after a pause, say): a still frame should follow. */
  get behind(): boolean {
    return this.wanted && this.stale;
  }
}

/** The train and test metrics of `session` now. */
export function readMetrics(session: MetricsSource): { train: MetricsReport; test: MetricsReport } {
  return { train: JSON.parse(session.metricsJson('train')) as MetricsReport, test: JSON.parse(session.metricsJson('test')) as MetricsReport };
}
