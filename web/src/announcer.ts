// Tells screen readers how training goes, politely and not too often.
import { Throttle } from './throttle';
import { element } from './widgets';

/** While training, at most one announcement in this long. */
const INTERVAL_MS = 5000;

export class Announcer {
  private readonly region: HTMLElement;
  /** The latest text, said when the interval allows. */
  private text = '';
  private readonly saying = new Throttle(INTERVAL_MS, () => (this.region.textContent = this.text));

  constructor(parent: HTMLElement) {
    this.region = element('div', 'nnplay-visually-hidden');
    this.region.setAttribute('aria-live', 'polite');
    this.region.setAttribute('aria-atomic', 'true');
    parent.append(this.region);
  }

  /** Says `text` now if nothing was said lately, else once the interval is over (the latest text wins). */
  say(text: string): void {
    this.text = text;
    this.saying.request();
  }

  /** Says `text` at once (the outcome of a click, say), replacing what waits. */
  sayNow(text: string): void {
    this.text = text;
    this.saying.runNow();
  }

  destroy(): void {
    this.saying.cancel();
  }
}
