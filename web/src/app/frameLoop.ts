// Draws the newest of the frames that arrive, once per display frame, and tells the worker how many
// frames the page has taken (its credits). With reduced motion, pictures change at most every
// REDUCED_MOTION_MS while training; a still frame is drawn at once. While held (its playground out of
// view) it draws nothing and credits nothing, so the worker's paced training waits. Pure: the clock
// is passed in.

/** With reduced motion, the pictures change at most this often while training. */
export const REDUCED_MOTION_MS = 500;

export interface AnimationClock {
  /** requestAnimationFrame: calls back with the time of the display frame. */
  request(callback: (now: number) => void): number;
  cancel(handle: number): void;
}

export interface FrameLoopHooks<F> {
  draw(frame: F): void;
  /** `frames` frames arrived since the last call: the worker may send that many more. */
  drawn(frames: number): void;
  /** Pictures should change slowly now (reduced motion while training). */
  slow(): boolean;
}

export class FrameLoop<F> {
  private newest: F | undefined;
  private shown = false;
  private arrived = 0;
  private handle = 0;
  private lastDraw = -Infinity;
  private held = false;

  constructor(
    private readonly clock: AnimationClock,
    private readonly hooks: FrameLoopHooks<F>,
  ) {}

  /** The newest frame, drawn or not. */
  get latest(): F | undefined {
    return this.newest;
  }

  /** A frame arrived: it is drawn at the next display frame unless a newer one replaces it. */
  push(frame: F): void {
    this.newest = frame;
    this.shown = false;
    this.arrived++;
    if (!this.held) this.handle ||= this.clock.request(this.animate);
  }

  /** Draws the newest frame again at once (after a change of view); while held, when released. */
  redraw(): void {
    if (!this.held && this.newest) this.hooks.draw(this.newest);
    else this.shown = false;
  }

  /**
   * Holds the loop (`true`: nothing is drawn, the frames that arrive are not credited) or releases
   * it (the newest frame is drawn and the held ones credited at the next display frame).
   */
  hold(held: boolean): void {
    this.held = held;
    if (held) this.destroy();
    else if (this.newest) this.handle ||= this.clock.request(this.animate);
  }

  destroy(): void {
    this.clock.cancel(this.handle);
    this.handle = 0;
  }

  private readonly animate = (now: number): void => {
    this.handle = 0;
    if (this.arrived > 0) {
      this.hooks.drawn(this.arrived);
      this.arrived = 0;
    }
    if (!this.newest || this.shown) return;
    if (this.hooks.slow() && now - this.lastDraw < REDUCED_MOTION_MS) {
      this.handle = this.clock.request(this.animate);
      return;
    }
    this.lastDraw = now;
    this.shown = true;
    this.hooks.draw(this.newest);
  };
}
