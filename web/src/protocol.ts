// Messages between the page (main.ts) and the training worker (worker.ts).
import type { EpochStats } from '@engine/nnplay.mjs';
import type { SessionConfig } from './config';

export type ToWorker =
  /** Replaces the session; answered by `points` then a `frame`. */
  | { type: 'init'; session: SessionConfig; resolution: number; epochsPerFrame: number }
  /** Trains `epochsPerFrame` epochs per frame until `pause`. */
  | { type: 'play' }
  | { type: 'pause' }
  /** Pauses, trains one epoch, answers one `frame`. */
  | { type: 'step' }
  /** Pauses, restores the initial weights, answers one `frame`. */
  | { type: 'reset' };

/** Losses at consecutive epochs `firstEpoch`, `firstEpoch + 1`, …; earlier epochs stay as they were. */
export interface LossHistory {
  firstEpoch: number;
  train: Float32Array;
  test: Float32Array;
}

export type FromWorker =
  /** The dataset as x, y, label triples. */
  | { type: 'points'; train: Float32Array; test: Float32Array }
  /** The network now: its losses, the losses since the last frame, its output over the grid (row 0 at y = 6). */
  | { type: 'frame'; stats: EpochStats; history: LossHistory; outputGrid: Float32Array }
  /** A bad configuration or a diverged training; the worker has paused. */
  | { type: 'error'; message: string };
