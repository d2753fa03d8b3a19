// Notices a training worker that no longer answers (terminated, or its engine hung): every check
// asks it whether it is alive, and one that has left a question unanswered for longer than the
// limit is declared dead. Each death doubles the limit, so that a call that truly takes long (a huge
// CSV, say) is not restarted over and over. Only time the page watched counts: after a gap between
// two checks longer than the limit (the computer slept, the browser held back a background tab's
// timers, a test's clock jumped), the question's wait starts again. Pure: the caller runs check() on
// a timer.

/** How long an unanswered question may wait: longer than any single call the engine makes for the page. */
export const DEAD_AFTER_MS = 6000;

export class Watchdog {
  /** When the question now unanswered was asked; null when none is. */
  private askedAt: number | null = null;
  /** Numbers the questions, so that an answer to one asked before a restart is ignored. */
  private asked = 0;
  /** When check() last ran. */
  private checkedAt = -Infinity;

  constructor(
    /** Asks the worker; settles when it answers (or rejects when the question is dropped). */
    private readonly ask: () => Promise<unknown>,
    private readonly dead: () => void,
    private readonly now: () => number,
    private limitMs = DEAD_AFTER_MS,
  ) {}

  check(): void {
    const now = this.now();
    if (this.askedAt !== null && now - this.checkedAt > this.limitMs) this.askedAt = now;
    this.checkedAt = now;
    if (this.askedAt === null) {
      this.askedAt = now;
      const question = ++this.asked;
      const answered = (): void => {
        if (question === this.asked) this.askedAt = null;
      };
      this.ask().then(answered, answered);
    } else if (now - this.askedAt > this.limitMs) {
      this.askedAt = null;
      this.asked++;
      this.limitMs *= 2;
      this.dead();
    }
  }
}
