// What screen readers hear: the epoch and losses while training (politely, not too often), at once
// after Step, Reset, Pause or a new experiment or with news (a goal met), and every error.
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
  /** Said at once with the next frame's numbers. */
  private news: string[] = [];

  constructor(parent: HTMLElement) {
    this.announcer = new Announcer(parent);
  }

  run(event: RunEvent): void {
    if (ANNOUNCED_AT_ONCE.includes(event)) this.atOnce = true;
  }

  draw({ stats }: Frame): void {
    const accuracy = Number.isNaN(stats.testAccuracy) ? '' : `, test accuracy ${(100 * stats.testAccuracy).toFixed(1)}%`;
    const losses = `test loss ${formatLoss(stats.testLoss)}, training loss ${formatLoss(stats.trainLoss)}`;
    const text = [`Epoch ${stats.epoch}: ${losses}${accuracy}.`, ...this.news].join(' ');
    if (this.atOnce || this.news.length > 0) this.announcer.sayNow(text);
    else this.announcer.say(text);
    this.atOnce = false;
    this.news = [];
  }

  /** Says `text` at once after the numbers of the frame that brought it (a goal met or missed). */
  sayWithFrame(text: string): void {
    this.news.push(text);
  }

  /** Says `text` at once (an error). */
  sayNow(text: string): void {
    this.announcer.sayNow(text);
  }

  destroy(): void {
    this.announcer.destroy();
  }
}
