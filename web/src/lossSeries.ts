// The losses of a run as the loss chart plots them and the figure draws them: every frame's
// history appended, points from before a reset replaced, thinned when long. Pure.
import type { LossHistory } from './protocol';

/** How the series are drawn, on the page and in the figure: neutral greys, clear under every colour scheme, told apart by their dashes and shades. */
export const TRAINING_STROKE = '#80868b';
export const TRAINING_DASH = [6, 4] as const;
export const TEST_STROKE = '#202124';

/** Beyond this many points every other one is dropped: a long run stays cheap to draw. */
export const MAX_POINTS = 2000;

/** The losses at each epoch, in order; null where a loss is not finite. */
export interface Losses {
  readonly epochs: readonly number[];
  readonly train: readonly (number | null)[];
  readonly test: readonly (number | null)[];
}

export class LossSeries implements Losses {
  readonly epochs: number[] = [];
  readonly train: (number | null)[] = [];
  readonly test: (number | null)[] = [];

  /** Adds `history`'s losses; points at or after its first epoch (from before a reset) are replaced. */
  append(history: LossHistory): void {
    const first = history.epochs[0];
    if (first === undefined) return;
    let keep = this.epochs.length;
    while (keep > 0 && this.epochs[keep - 1]! >= first) keep--;
    for (const series of [this.epochs, this.train, this.test]) series.length = keep;
    history.epochs.forEach((epoch, i) => {
      this.epochs.push(epoch);
      this.train.push(finite(history.train[i]!));
      this.test.push(finite(history.test[i]!));
    });
    if (this.epochs.length > MAX_POINTS) {
      // Keeps the even indices, and the last point.
      for (const series of [this.epochs, this.train, this.test]) {
        const thinned = series.filter((_, i) => i % 2 === 0 || i === series.length - 1);
        series.splice(0, series.length, ...thinned);
      }
    }
  }

  /** The points up to and including `epoch` (a copy). */
  upTo(epoch: number): Losses {
    let end = this.epochs.length;
    while (end > 0 && this.epochs[end - 1]! > epoch) end--;
    return { epochs: this.epochs.slice(0, end), train: this.train.slice(0, end), test: this.test.slice(0, end) };
  }
}

const finite = (loss: number): number | null => (Number.isFinite(loss) ? loss : null);
