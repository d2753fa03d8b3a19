// The training timeline: the weights of the network kept at epochs along the training, to be looked
// at again. Memory is bounded (at most `capacity` snapshots) and the snapshots are denser early,
// where most changes: every epoch is kept until the timeline is full, then each new one makes room
// by dropping the snapshot whose neighbours are closest on a logarithmic scale of epochs, so the
// kept epochs tend to a geometric spacing (0, 1, 2, …, then ever wider steps) whatever the length of
// the run. The first and the newest snapshot always stay. Pure: the snapshot is any value.

/** Snapshots kept at most: of the Playground's 2-4-2-1 network (25 parameters) 10 kB, of 8 layers of 32 about 3 MB. */
export const TIMELINE_CAPACITY = 100;

interface Entry<T> {
  epoch: number;
  snapshot: T;
}

export class Timeline<T> {
  private entries: Entry<T>[] = [];

  constructor(readonly capacity = TIMELINE_CAPACITY) {
    if (capacity < 2) throw new RangeError('a timeline keeps at least the first and the newest snapshot');
  }

  /** The epochs kept, oldest first. */
  get epochs(): number[] {
    return this.entries.map((entry) => entry.epoch);
  }

  /** The newest epoch kept, undefined when empty. */
  get newest(): number | undefined {
    return this.entries[this.entries.length - 1]?.epoch;
  }

  /**
   * Keeps `snapshot` as the network at `epoch`, the newest: one kept at that epoch or later (an
   * edit, or a training started again) is replaced. Then thins to the capacity.
   */
  add(epoch: number, snapshot: T): void {
    while (this.entries.length > 0 && this.entries[this.entries.length - 1]!.epoch >= epoch) this.entries.pop();
    this.entries.push({ epoch, snapshot });
    if (this.entries.length > this.capacity) this.entries.splice(this.crowded(), 1);
  }

  /** The snapshot kept at `epoch`, undefined if none is. */
  at(epoch: number): T | undefined {
    return this.entries.find((entry) => entry.epoch === epoch)?.snapshot;
  }

  clear(): void {
    this.entries = [];
  }

  /**
   * The snapshot whose neighbours are closest on a log scale, (next + 1) / (previous + 1) the least
   * (+ 1 because epochs start at 0); of equals the later, so early epochs stay dense.
   */
  private crowded(): number {
    let best = 1;
    let bestSpan = Infinity;
    for (let i = 1; i < this.entries.length - 1; i++) {
      const span = (this.entries[i + 1]!.epoch + 1) / (this.entries[i - 1]!.epoch + 1);
      if (span <= bestSpan) {
        best = i;
        bestSpan = span;
      }
    }
    return best;
  }
}
