// The first-visit tour (help/tourSteps.ts) as a card in the corner of the site's page: not modal,
// so the playground stays usable under it; Back, Next and Done move through the five steps, each
// outlining its region; Done or "Close the tour" dismisses it for good in this browser.
import type { Locks } from '../app/locks';
import type { Part } from '../app/part';
import { button, element, uniqueId } from '../widgets';
import { markTourSeen, tourSeen, TOUR_STEPS, type MarkStore, type TourTarget } from './tourSteps';

const SPOT = 'nnplay-tour-spot';

/** The browser's localStorage, or null where it cannot be used (a sandboxed frame throws on access). */
function browserStorage(): MarkStore | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export class Tour implements Part {
  private card: HTMLElement | null = null;
  private readonly count = element('p', 'nnplay-tour-count');
  private readonly title = element('h2', 'nnplay-tour-title');
  private readonly text = element('p', 'nnplay-tour-text');
  private back: HTMLButtonElement | null = null;
  private next: HTMLButtonElement | null = null;
  private step = 0;

  /** `say` tells a screen reader each step. The card goes into the page's body, over the playground. */
  constructor(
    private readonly targets: Readonly<Record<TourTarget, HTMLElement>>,
    private readonly say: (text: string) => void,
    private readonly store: MarkStore | null = browserStorage(),
  ) {
    if (tourSeen(store)) return;
    const card = element('section', 'nnplay-tour');
    card.setAttribute('role', 'dialog');
    this.title.id = uniqueId('tour-title');
    this.text.id = uniqueId('tour-text');
    card.setAttribute('aria-labelledby', this.title.id);
    card.setAttribute('aria-describedby', this.text.id);
    const close = button(card, '×', () => this.dismiss());
    close.classList.add('nnplay-tour-close');
    close.setAttribute('aria-label', 'Close the tour');
    const actions = element('div', 'nnplay-tour-actions');
    this.back = button(actions, 'Back', () => this.go(this.step - 1));
    this.next = button(actions, 'Next', () => (this.step === TOUR_STEPS.length - 1 ? this.dismiss() : this.go(this.step + 1)));
    this.next.classList.add('nnplay-play');
    card.append(this.count, this.title, this.text, actions);
    card.addEventListener('keydown', (event) => event.key === 'Escape' && this.dismiss());
    document.body.append(card);
    this.card = card;
    this.render(false);
  }

  show(_state: unknown, locks: Locks): void {
    if (this.card && locks.hidden.has('help')) this.dismiss();
  }

  destroy(): void {
    this.remove();
  }

  private go(step: number): void {
    this.step = Math.max(0, Math.min(TOUR_STEPS.length - 1, step));
    this.render(true);
  }

  /** Shows the current step; `moved`: the learner moved to it, so its region scrolls into view and it is said. */
  private render(moved: boolean): void {
    const { target, title, text } = TOUR_STEPS[this.step]!;
    this.count.textContent = `Tour: step ${this.step + 1} of ${TOUR_STEPS.length}`;
    this.title.textContent = title;
    this.text.textContent = text;
    this.back!.disabled = this.step === 0;
    this.next!.textContent = this.step === TOUR_STEPS.length - 1 ? 'Done' : 'Next';
    for (const step of TOUR_STEPS) this.targets[step.target].classList.remove(SPOT);
    const spot = this.targets[target];
    spot.classList.add(SPOT);
    if (!moved) return;
    const smooth = !matchMedia('(prefers-reduced-motion: reduce)').matches;
    spot.scrollIntoView({ block: 'nearest', behavior: smooth ? 'smooth' : 'auto' });
    this.say(`${title}. ${text}`);
  }

  /** Ends the tour for good in this browser. */
  private dismiss(): void {
    markTourSeen(this.store);
    this.remove();
  }

  private remove(): void {
    for (const step of TOUR_STEPS) this.targets[step.target].classList.remove(SPOT);
    this.card?.remove();
    this.card = null;
  }
}
