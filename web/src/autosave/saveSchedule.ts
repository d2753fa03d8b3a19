// When autosave writes: at once after what matters (a pause, a step, a change, the page hidden), and
// while training at most once every SAVE_EVERY_MS, so a crash loses at most that much. Pure.

export const SAVE_EVERY_MS = 2000;

export class SaveSchedule {
  private lastSave = -Infinity;

  constructor(readonly everyMs = SAVE_EVERY_MS) {}

  /** How long a save of training's progress at `now` should wait (0: save now). */
  delay(now: number): number {
    return Math.max(0, this.lastSave + this.everyMs - now);
  }

  saved(now: number): void {
    this.lastSave = now;
  }
}
