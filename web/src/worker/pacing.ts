// How much the worker trains and when it posts: at a fixed speed `speed` epochs per frame the page
// has drawn (credits), at `max` as many epochs as fit in BUDGET_MS between looks at the messages,
// with at most CHART_POINTS_PER_FRAME chart points per training run and a thinned history for a page
// that does not draw. Pure, no imports of values: the session and the clock are passed in.
import type { EpochStats } from '@engine/nnplay.mjs';
import type { Speed } from '../state';

/** At the `max` speed, the training time between two looks at the messages. */
export const BUDGET_MS = 10;
/** Frames posted but not yet drawn by the page, at most: one, so each displayed frame shows `speed` new epochs. */
export const IN_FLIGHT = 1;
/** Loss points kept per training run; more epochs than this are trained in as many chunks. */
export const CHART_POINTS_PER_FRAME = 8;
/** Loss points kept for a page that has not drawn for a while. */
export const MAX_UNPOSTED = 1000;

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
  /** Epochs trained (at `max`, while the page was still drawing) and not posted yet. */
  private unposted: EpochStats[] = [];

  constructor(private readonly now: () => number) {}

  /** A new session: its speed is not known yet. */
  restart(): void {
    this.msPerEpoch = BUDGET_MS;
  }

  /** Whether a tick should run now: playing, and at a fixed speed, with a credit. */
  get ready(): boolean {
    return this.playing && (this.speed === 'max' || this.credits > 0);
  }

  /** The page has drawn `frames` frames. */
  drawn(frames: number): void {
    this.credits += frames;
  }

  /** A frame was posted. */
  posted(): void {
    this.credits--;
  }

  /** Takes the epochs trained and not posted yet. */
  take(): EpochStats[] {
    const epochs = this.unposted;
    this.unposted = [];
    return epochs;
  }

  /** One tick of training while playing; returns the epochs to post now (none: post nothing). */
  tick(session: Trainable): EpochStats[] {
    if (this.speed === 'max') {
      this.trainEpochs(session, Math.max(1, Math.floor(BUDGET_MS / this.msPerEpoch)));
      if (this.credits > 0) return this.take();
      // A page that does not draw (a hidden tab) gets a thinned history when it comes back.
      if (this.unposted.length > MAX_UNPOSTED) {
        this.unposted = this.unposted.filter((_, i, all) => i % 2 === 0 || i === all.length - 1);
      }
      return [];
    }
    if (this.credits <= 0) return [];
    this.trainEpochs(session, this.speed);
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
    this.msPerEpoch = (this.msPerEpoch + (this.now() - started) / epochs) / 2;
  }
}
