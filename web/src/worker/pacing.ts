// How much the worker trains and when it posts: for each frame the page has drawn (a credit), at a
// fixed speed `speed` epochs, at `max` as many epochs as fit in BUDGET_MS, with at most
// CHART_POINTS_PER_FRAME chart points per training run. The worker never trains ahead of what the
// page has drawn, so Pause stops at once: nothing is left to post after it but the frame in flight.
// Pure, no imports of values: the session and the clock are passed in.
import type { EpochStats } from '@engine/nnplay.mjs';
import type { Speed } from '../state';

/**
 * At the `max` speed, the training time of one frame: at least BUDGET_MS, and as long as the page
 * takes to draw a frame (up to MAX_BUDGET_MS), so a page slow to draw still trains half the time.
 */
export const BUDGET_MS = 10;
export const MAX_BUDGET_MS = 50;
/**
 * The least time an epoch is taken to need: a coarse clock can measure a whole chunk as 0 ms, and
 * the estimate must never reach 0 (the engine refuses train(Infinity)).
 */
export const MIN_MS_PER_EPOCH = 0.001;
/** Frames posted but not yet drawn by the page, at most: one, so each displayed frame shows `speed` new epochs. */
export const IN_FLIGHT = 1;
/** Loss points kept per training run; more epochs than this are trained in as many chunks. */
export const CHART_POINTS_PER_FRAME = 8;

/** What pacing needs of a session: `train(n)` trains n epochs and reports the last. */
export interface Trainable {
  train(epochs: number): EpochStats;
}

export class Pacing {
  speed: Speed = 1;
  playing = false;
  /** Frames the worker may post before the page has drawn the ones it has. */
  private credits = IN_FLIGHT;
  /** Measured, for the `max` speed. */
  private msPerEpoch = BUDGET_MS;
  /** The training time of a frame at `max`. */
  private budget = BUDGET_MS;
  /** When the last frame was posted. */
  private postedAt = 0;
  /** Epochs trained and not posted yet (the chunks before a divergence). */
  private unposted: EpochStats[] = [];

  constructor(private readonly now: () => number) {}

  /** A new session: its speed is not known yet. */
  restart(): void {
    this.msPerEpoch = BUDGET_MS;
  }

  /** The training time of one frame at `max`, ms. */
  get frameBudget(): number {
    return this.budget;
  }

  /** Whether a tick should run now: playing, with a credit. */
  get ready(): boolean {
    return this.playing && this.credits > 0;
  }

  /** The page has drawn `frames` frames: the time since the last post is how long the page takes. */
  drawn(frames: number): void {
    this.credits += frames;
    const pageMs = this.now() - this.postedAt;
    this.budget = Math.min(MAX_BUDGET_MS, Math.max(BUDGET_MS, (this.budget + pageMs) / 2));
  }

  /** A frame was posted. */
  posted(): void {
    this.credits--;
    this.postedAt = this.now();
  }

  /** Takes the epochs trained and not posted yet. */
  take(): EpochStats[] {
    const epochs = this.unposted;
    this.unposted = [];
    return epochs;
  }

  /** One tick of training while playing: one frame's epochs, or none without a credit. */
  tick(session: Trainable): EpochStats[] {
    if (this.credits <= 0) return [];
    this.trainEpochs(session, this.speed === 'max' ? Math.max(1, Math.floor(this.budget / this.msPerEpoch)) : this.speed);
    return this.take();
  }

  /** Trains one epoch (after the epochs not posted yet) and returns them all. */
  step(session: Trainable): EpochStats[] {
    this.trainEpochs(session, 1);
    return this.take();
  }

  /**
   * Trains `epochs` epochs in at most CHART_POINTS_PER_FRAME chunks (`train(n)` reports only its last
   * epoch) and keeps each chunk's stats. On a divergence the chunks done before it are kept, to post.
   */
  private trainEpochs(session: Trainable, epochs: number): void {
    const chunk = Math.ceil(epochs / CHART_POINTS_PER_FRAME);
    const started = this.now();
    for (let done = 0; done < epochs; done += chunk) this.unposted.push(session.train(Math.min(chunk, epochs - done)));
    this.msPerEpoch = Math.max(MIN_MS_PER_EPOCH, (this.msPerEpoch + (this.now() - started) / epochs) / 2);
  }
}
