// The help convention: any element of the playground with `data-help="text"` (and, optionally,
// `data-help-name="Learning rate"`; else its own text names it) gets a small "?" button right after
// it, named "Help: <name>", that opens a popover with the text, and with a link to the lesson that
// explains it when it has `data-help-lesson="activations"` and the playground was mounted with its
// site's lessons. Escape closes it and gives the focus back to the button. Parts only set the
// attributes: a MutationObserver finds them, new or removed.
import type { Locks } from '../app/locks';
import type { Part } from '../app/part';
import { Popover } from '../network/popover';
import { element, uniqueId } from '../widgets';
import { lessonLink, type LessonLinks } from './lessonLinks';
import './help.css';

/** The name a subject's "?" button says. */
export const helpName = (subject: HTMLElement): string =>
  subject.dataset.helpName || subject.textContent?.trim() || subject.getAttribute('aria-label') || 'this';

export class HelpPart implements Part {
  /** Each subject (an element with data-help) and its "?" button. */
  private readonly buttons = new Map<HTMLElement, HTMLButtonElement>();
  private readonly popover: Popover;
  private readonly observer: MutationObserver;
  private opener: HTMLButtonElement | null = null;
  private hidden = false;

  /** `lessons`: where the help's links to lessons go; null: the popovers have none. */
  constructor(
    private readonly root: HTMLElement,
    private readonly lessons: LessonLinks | null,
  ) {
    this.popover = new Popover('nnplay-help-popover', () => this.close(false));
    const box = this.popover.element;
    box.id = uniqueId('help');
    box.setAttribute('role', 'dialog');
    box.tabIndex = -1;
    box.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape') return;
      event.stopPropagation();
      this.close(true);
    });
    root.append(box);
    // Text changes (numbers every frame) cannot add a subject: only elements and the attributes count.
    this.observer = new MutationObserver((records) => {
      if (records.some((record) => record.type === 'attributes' || [...record.addedNodes, ...record.removedNodes].some(isElement))) this.scan();
    });
    this.observer.observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-help', 'data-help-name'] });
    this.scan();
  }

  /** The `help` key hides every "?" button. */
  show(_state: unknown, locks: Locks): void {
    this.hidden = locks.hidden.has('help');
    if (this.hidden) this.close(false);
    for (const button of this.buttons.values()) button.hidden = this.hidden;
  }

  destroy(): void {
    this.observer.disconnect();
    this.close(false);
  }

  /** Gives every subject its button, right after it, and takes away the buttons of subjects gone. */
  private scan(): void {
    for (const [subject, button] of this.buttons) {
      if (subject.dataset.help && this.root.contains(subject)) continue;
      if (button === this.opener) this.close(false);
      button.remove();
      this.buttons.delete(subject);
    }
    for (const subject of this.root.querySelectorAll<HTMLElement>('[data-help]')) {
      const button = this.buttons.get(subject) ?? this.create(subject);
      if (subject.nextElementSibling !== button) subject.after(button);
      const label = `Help: ${helpName(subject)}`;
      if (button.getAttribute('aria-label') !== label) button.setAttribute('aria-label', label);
      button.hidden = this.hidden;
    }
  }

  private create(subject: HTMLElement): HTMLButtonElement {
    const button = element('button', 'nnplay-help', '?');
    button.type = 'button';
    button.setAttribute('aria-haspopup', 'dialog');
    button.setAttribute('aria-expanded', 'false');
    button.setAttribute('aria-controls', this.popover.element.id);
    button.addEventListener('click', () => (this.opener === button ? this.close(true) : this.open(subject, button)));
    this.buttons.set(subject, button);
    return button;
  }

  private open(subject: HTMLElement, button: HTMLButtonElement): void {
    this.close(false);
    const box = this.popover.element;
    const title = element('p', 'nnplay-help-title', helpName(subject));
    title.id = uniqueId('help-title');
    box.setAttribute('aria-labelledby', title.id);
    box.append(title, element('p', 'nnplay-help-text', subject.dataset.help ?? ''));
    const lesson = subject.dataset.helpLesson && this.lessons ? lessonLink(subject.dataset.helpLesson, this.lessons) : null;
    if (lesson) {
      const more = element('p', 'nnplay-help-more');
      more.append(lesson);
      box.append(more);
    }
    this.popover.show(button);
    this.opener = button;
    button.setAttribute('aria-expanded', 'true');
    const at = button.getBoundingClientRect();
    const within = this.root.getBoundingClientRect();
    this.popover.place(at.left - within.left, at.bottom - within.top + 4, { width: within.width, height: Math.max(within.height, at.bottom - within.top + box.offsetHeight + 4) });
    box.focus();
  }

  /** Closes the popover; `refocus` gives the focus back to the button that opened it. */
  private close(refocus: boolean): void {
    const opener = this.opener;
    if (!opener) return;
    this.opener = null;
    opener.setAttribute('aria-expanded', 'false');
    this.popover.hide();
    if (refocus) opener.focus();
  }
}

const isElement = (node: Node): boolean => node.nodeType === Node.ELEMENT_NODE;
