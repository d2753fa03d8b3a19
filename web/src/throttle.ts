// A costly redraw run at most once every `ms` while requests keep coming (one per display frame, say):
// a request that finds it due runs it at once; one that does not leaves a timer that runs it when it
// is due, once for all the requests until then. The newest state is always drawn, as soon as the
// interval allows. Pure: the clock is passed in.

export interface Clock {
  now(): number;
  setTimeout(callback: () => void, ms: number): ReturnType<typeof setTimeout>;
  clearTimeout(handle: ReturnType<typeof setTimeout>): void;
}

const realClock: Clock = {
  now: () => performance.now(),
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle),
};

export class Throttle {
  private last = -Infinity;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly ms: number,
    private readonly run: () => void,
    private readonly clock: Clock = realClock,
  ) {}

  /** Runs now if the last run was `ms` ago or more; else once that is so. */
  request(): void {
    const wait = this.last + this.ms - this.clock.now();
    if (wait <= 0) this.runNow();
    else this.timer ??= this.clock.setTimeout(() => this.runNow(), wait);
  }

  /** Runs now, due or not (after a change of view, which must show at once). */
  runNow(): void {
    this.cancel();
    this.last = this.clock.now();
    this.run();
  }

  /** Forgets a run that is waiting. */
  cancel(): void {
    if (this.timer !== undefined) this.clock.clearTimeout(this.timer);
    this.timer = undefined;
  }
}
