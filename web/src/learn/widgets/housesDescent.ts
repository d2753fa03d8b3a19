// Runs gradient descent a few epochs per animation frame, at a steady number of epochs per second,
// so the learner sees the numbers move and the page never blocks.

const MOST_PER_FRAME = 4;

export class DescentLoop {
  private frame = 0;
  private lastTime: number | null = null;
  private owed = 0;
  private left = 0;

  /** `step` runs one epoch and returns false to stop early; `stopped` is told whether all epochs ran. */
  constructor(
    private readonly epochsPerSecond: number,
    private readonly step: () => boolean,
    private readonly stopped: (finished: boolean) => void,
  ) {}

  get running(): boolean {
    return this.frame !== 0;
  }

  /** Runs `epochs` epochs from the next frame on. */
  start(epochs: number): void {
    if (this.running) return;
    this.left = epochs;
    this.owed = 1;
    this.lastTime = null;
    this.frame = requestAnimationFrame(this.tick);
  }

  /** Stops before the next epoch; says so through `stopped` when it was running. */
  pause(): void {
    if (!this.running) return;
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.stopped(false);
  }

  /** Stops at once and says nothing: the widget is going away. */
  cancel(): void {
    cancelAnimationFrame(this.frame);
    this.frame = 0;
  }

  private readonly tick = (time: number): void => {
    // A late frame catches up a few epochs at most, so that one frame never does much.
    if (this.lastTime !== null) this.owed = Math.min(this.owed + ((time - this.lastTime) / 1000) * this.epochsPerSecond, MOST_PER_FRAME);
    this.lastTime = time;
    while (this.owed >= 1 && this.left > 0) {
      this.owed -= 1;
      this.left -= 1;
      if (!this.step()) this.left = 0;
    }
    if (this.left > 0) {
      this.frame = requestAnimationFrame(this.tick);
      return;
    }
    this.frame = 0;
    this.stopped(true);
  };
}
