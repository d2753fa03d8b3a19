// What the Share / Embed dialog gives the author to paste: the links and the snippets, each in a
// read-only box with a Copy button; a polite live region says what was copied.
import { element, uniqueId } from '../widgets';

export interface Snippets {
  playgroundLink: string;
  embedLink: string;
  iframe: string;
  element: string;
}

/** Each output's label, what its Copy button copies, and whether it is a link the author can open. */
const OUTPUTS: readonly { key: keyof Snippets; label: string; what: string; opens?: string }[] = [
  { key: 'playgroundLink', label: 'Playground link', what: 'the playground link', opens: 'Open the playground' },
  { key: 'embedLink', label: 'Embed link', what: 'the embed link', opens: 'Open the embed page' },
  { key: 'iframe', label: 'Iframe snippet', what: 'the iframe snippet' },
  { key: 'element', label: 'Custom-element snippet', what: 'the custom-element snippet' },
];

interface Output {
  text: HTMLTextAreaElement;
  copy: HTMLButtonElement;
  link: HTMLAnchorElement | null;
}

export class ShareOutputs {
  readonly element: HTMLElement;
  private readonly outputs = new Map<keyof Snippets, Output>();
  private readonly status: HTMLElement;

  constructor() {
    this.element = element('div', 'nnplay-share-outputs');
    for (const { key, label, what, opens } of OUTPUTS) {
      const box = element('div', 'nnplay-share-output');
      const name = element('label', 'nnplay-label', label);
      const text = element('textarea', 'nnplay-share-text');
      text.id = uniqueId('share');
      name.htmlFor = text.id;
      text.readOnly = true;
      text.spellcheck = false;
      text.rows = key === 'element' ? 4 : 3;
      const actions = element('div', 'nnplay-share-actions');
      const copy = element('button', 'nnplay-button', 'Copy');
      copy.type = 'button';
      copy.setAttribute('aria-label', `Copy ${what}`);
      copy.addEventListener('click', () => void this.copy(text, what));
      actions.append(copy);
      let link: HTMLAnchorElement | null = null;
      if (opens) {
        link = element('a', 'nnplay-share-open', opens);
        link.target = '_blank';
        link.rel = 'noopener';
        actions.append(link);
      }
      box.append(name, text, actions);
      this.element.append(box);
      this.outputs.set(key, { text, copy, link });
    }
    this.status = element('p', 'nnplay-share-status');
    this.status.setAttribute('aria-live', 'polite');
    this.element.append(this.status);
  }

  /** Shows `snippets`; null (the choices are not valid) empties the boxes and disables copying. */
  set(snippets: Snippets | null): void {
    for (const [key, { text, copy, link }] of this.outputs) {
      text.value = snippets?.[key] ?? '';
      copy.disabled = snippets === null;
      if (link) {
        link.hidden = snippets === null;
        link.href = snippets?.[key] ?? '';
      }
    }
    this.status.textContent = '';
  }

  /** Copies to the clipboard; where the page may not, selects the text for the author to copy. */
  private async copy(text: HTMLTextAreaElement, what: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(text.value);
      this.status.textContent = `Copied ${what}.`;
    } catch {
      text.focus();
      text.select();
      this.status.textContent = `Selected ${what}: press Ctrl+C (⌘C on a Mac) to copy it.`;
    }
  }
}
