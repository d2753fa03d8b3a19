// A labelled text field for one weight or bias: Enter, or leaving the field, applies what was
// typed; Escape cancels; anything but a finite number is refused with a message and the field goes
// back to the value the network has, so the field and the network never disagree.
import { activeElementOf } from '../widgets';

/** `text` as a finite number, or null. */
export function parseValue(text: string): number | null {
  const trimmed = text.trim();
  const value = trimmed === '' ? NaN : Number(trimmed);
  return Number.isFinite(value) ? value : null;
}

/** Enough digits to edit by hand, few enough to read. */
export function formatValue(value: number): string {
  return String(Number(value.toPrecision(4)));
}

/** A weight or a bias as the editors see it. */
export interface EditableValue {
  /** Caption and accessible name: "Weight from X₁ to layer 1 neuron 2", "Bias of layer 1 neuron 2". */
  name: string;
  value(): number;
  apply(value: number): void;
  /** It can be looked at but not changed. */
  readOnly?: boolean;
  /** Why it cannot be changed, for its tooltip ("Locked by the author of this page"). */
  note?: string;
}

export interface NumberFieldActions {
  /** A valid number was entered. */
  apply(value: number): void;
  /**
   * Escape was pressed (`edited`: the field held unapplied text, now replaced by the current
   * value), or Enter in a field the user has not typed in.
   */
  cancel(edited: boolean): void;
}

let fields = 0;

export class NumberField {
  readonly element = document.createElement('div');
  readonly input = document.createElement('input');
  private readonly message = document.createElement('p');
  /** The field holds text the user typed and did not apply. */
  private edited = false;
  /** The value last shown. */
  private current = 0;

  /** `label` is the field's visible caption and so its accessible name. */
  constructor(label: string, private readonly actions: NumberFieldActions) {
    const id = `nnplay-net-field-${++fields}`;
    this.element.className = 'nnplay-net-field';
    const caption = document.createElement('label');
    caption.htmlFor = id;
    caption.textContent = label;
    this.input.id = id;
    this.input.type = 'text';
    this.input.autocomplete = 'off';
    this.input.spellcheck = false;
    this.message.className = 'nnplay-net-message';
    this.message.id = `${id}-message`;
    this.message.setAttribute('role', 'alert');
    this.message.hidden = true;
    this.input.setAttribute('aria-describedby', this.message.id);
    this.element.append(caption, this.input, this.message);

    this.input.addEventListener('input', () => (this.edited = true));
    // Leaving the field (Tab, a click elsewhere) applies it too.
    this.input.addEventListener('change', () => this.commit());
    this.input.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') {
        event.preventDefault();
        if (!this.edited) actions.cancel(false);
        else if (!this.apply()) this.showInvalid();
      } else if (event.key === 'Escape') {
        event.preventDefault();
        event.stopPropagation();
        const edited = this.edited;
        this.reset(this.current);
        actions.cancel(edited);
      }
    });
  }

  /**
   * Applies what the user typed and did not apply yet; a text that is not a finite number is
   * refused with a message, and the field shows the value again.
   */
  commit(): void {
    if (!this.edited || this.apply()) return;
    this.showInvalid();
    this.edited = false;
    this.input.value = formatValue(this.current);
  }

  /** The field can be read and focused but not typed in; `note` says why, in its tooltip. */
  makeReadOnly(note: string | undefined): void {
    this.input.readOnly = true;
    if (note) this.input.title = note;
  }

  /** Shows `value` unless the user is in the field (a live value would move the caret under them). */
  show(value: number): void {
    this.current = value;
    const text = formatValue(value);
    if (!this.edited && activeElementOf(this.input) !== this.input && this.input.value !== text) this.input.value = text;
  }

  /** Shows `value`, forgetting what the user typed. */
  reset(value: number): void {
    this.edited = false;
    this.setValid();
    this.current = value;
    this.input.value = formatValue(value);
  }

  /** Applies the typed text if it is a finite number; false if it is not. */
  private apply(): boolean {
    const value = parseValue(this.input.value);
    if (value === null) return false;
    this.setValid();
    this.edited = false;
    this.actions.apply(value);
    return true;
  }

  private showInvalid(): void {
    this.input.setAttribute('aria-invalid', 'true');
    const text = this.input.value.trim();
    // "1e400" is a number, but not one a weight can hold.
    const problem = text !== '' && Math.abs(Number(text)) === Infinity ? 'is too large' : 'is not a number';
    this.message.textContent = `“${text}” ${problem}; nothing was changed.`;
    this.message.hidden = false;
  }

  private setValid(): void {
    this.input.removeAttribute('aria-invalid');
    this.message.hidden = true;
  }
}
