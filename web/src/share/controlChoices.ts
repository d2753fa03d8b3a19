// The Share / Embed dialog's table of controls: for each control an embed can hide or lock
// (embed/controlKeys.ts), a Hide and a Lock checkbox. A hidden control cannot also be locked.
import { CONTROL_KEYS } from '../embed/controlKeys';
import { element } from '../widgets';

/** The Share button is the full playground's own: an embed never shows it, so it is no choice. */
const CHOICES = CONTROL_KEYS.filter(({ key }) => key !== 'share');

interface Row {
  hide: HTMLInputElement;
  lock: HTMLInputElement;
}

export class ControlChoices {
  readonly element: HTMLElement;
  private readonly rows = new Map<string, Row>();

  constructor(onChange: () => void) {
    this.element = element('div', 'nnplay-share-controls');
    for (const group of new Set(CHOICES.map(({ group }) => group))) {
      const table = element('table', 'nnplay-share-table');
      table.createCaption().textContent = group;
      const head = table.createTHead().insertRow();
      for (const text of ['Control', 'Hide', 'Lock']) head.append(headerCell(text, 'col'));
      const body = table.createTBody();
      for (const { key, label } of CHOICES.filter((choice) => choice.group === group)) {
        const row = body.insertRow();
        row.append(headerCell(label, 'row'));
        const hide = checkbox(`Hide ${label}`);
        const lock = checkbox(`Lock ${label}`);
        row.insertCell().append(hide);
        row.insertCell().append(lock);
        hide.addEventListener('change', () => {
          this.showRow({ hide, lock });
          onChange();
        });
        lock.addEventListener('change', onChange);
        this.rows.set(key, { hide, lock });
      }
      this.element.append(table);
    }
  }

  /** Checks the boxes of `hidden` and `locked` controls, and only those. */
  set(hidden: readonly string[], locked: readonly string[]): void {
    for (const [key, row] of this.rows) {
      row.hide.checked = hidden.includes(key);
      row.lock.checked = locked.includes(key);
      this.showRow(row);
    }
  }

  get hidden(): string[] {
    return [...this.rows].filter(([, row]) => row.hide.checked).map(([key]) => key);
  }

  /** The locked controls that are not hidden. */
  get locked(): string[] {
    return [...this.rows].filter(([, row]) => row.lock.checked && !row.hide.checked).map(([key]) => key);
  }

  /** A hidden control's Lock box is disabled: there is nothing to lock. */
  private showRow({ hide, lock }: Row): void {
    lock.disabled = hide.checked;
  }
}

function headerCell(text: string, scope: 'col' | 'row'): HTMLTableCellElement {
  const cell = document.createElement('th');
  cell.scope = scope;
  cell.textContent = text;
  return cell;
}

function checkbox(name: string): HTMLInputElement {
  const box = element('input', 'nnplay-checkbox');
  box.type = 'checkbox';
  box.setAttribute('aria-label', name);
  return box;
}
