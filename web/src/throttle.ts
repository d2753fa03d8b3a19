// A costly redraw run at most once every `ms` while requests keep coming (one per display frame, say):
// the request that finds it due runs it, so it stays in step with the frames. A request that is not
// due leaves a timer that runs it `ms` later unless a later request runs it first, so the newest
// state is always drawn, at most `ms` late. Pure: the clock is passed in.

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

  /** Runs now if the last run was `ms` ago or more; else makes sure it runs within `ms`. */
  request(): void {
    if (this.clock.now() - this.last >= this.ms) this.runNow();
    else this.timer ??= this.clock.setTimeout(() => this.runNow(), this.ms);
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
