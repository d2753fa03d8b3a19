// Tells screen readers how training goes, politely and not too often.
import { element } from './widgets';

/** While training, at most one announcement in this long. */
const INTERVAL_MS = 5000;

export class Announcer {
  private readonly region: HTMLElement;
  private last = -Infinity;
  private pending: string | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(parent: HTMLElement) {
    this.region = element('div', 'nnplay-visually-hidden');
    this.region.setAttribute('aria-live', 'polite');
    this.region.setAttribute('aria-atomic', 'true');
    parent.append(this.region);
  }

  /** Says `text` now if nothing was said lately, else once the interval is over (the latest text wins). */
  say(text: string): void {
    this.pending = text;
    const wait = this.last + INTERVAL_MS - performance.now();
    if (wait <= 0) this.flush();
    else this.timer ??= setTimeout(() => this.flush(), wait);
  }

  /** Says `text` at once (the outcome of a click, say), replacing what waits. */
  sayNow(text: string): void {
    this.pending = text;
    this.flush();
  }

  destroy(): void {
    clearTimeout(this.timer);
  }

  private flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.pending === undefined) return;
    this.region.textContent = this.pending;
    this.pending = undefined;
    this.last = performance.now();
  }
}
