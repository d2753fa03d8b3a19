// What screen readers hear: the epoch and losses while training (politely, not too often), at once
// after Step, Reset, Pause or a new experiment, and every error.
import type { Part } from '../app/part';
import type { RunEvent } from '../app/training';
import { Announcer } from '../announcer';
import { formatLoss } from '../controls/output';
import type { Frame } from '../protocol';

/** After these, the next frame is the outcome of a click: it is announced at once. */
const ANNOUNCED_AT_ONCE: readonly RunEvent[] = ['pause', 'step', 'reset', 'rebuild', 'stop'];

export class Announcements implements Part {
  private readonly announcer: Announcer;
  private atOnce = false;

  constructor(parent: HTMLElement) {
    this.announcer = new Announcer(parent);
  }

  run(event: RunEvent): void {
    if (ANNOUNCED_AT_ONCE.includes(event)) this.atOnce = true;
  }

  draw({ stats }: Frame): void {
    const accuracy = Number.isNaN(stats.testAccuracy) ? '' : `, test accuracy ${(100 * stats.testAccuracy).toFixed(1)}%`;
    const losses = `test loss ${formatLoss(stats.testLoss)}, training loss ${formatLoss(stats.trainLoss)}`;
    const text = `Epoch ${stats.epoch}: ${losses}${accuracy}.`;
    if (this.atOnce) this.announcer.sayNow(text);
    else this.announcer.say(text);
    this.atOnce = false;
  }

  /** Says `text` at once (an error). */
  sayNow(text: string): void {
    this.announcer.sayNow(text);
  }

  destroy(): void {
    this.announcer.destroy();
  }
}
