// The popover a neuron opens (click, tap, Enter or Space): its incoming weights and its bias as
// number fields, so that every weight can be edited from the keyboard. A value typed is applied
// when its field is left, and when the panel closes.
import { type EditableValue, NumberField } from './numberField';
import { Popover } from './popover';

export type PanelRow = EditableValue;

export class NeuronPanel {
  private readonly popover = new Popover('nnplay-net-panel', () => this.close(false));
  private rows: { row: PanelRow; field: NumberField }[] = [];
  private opener: HTMLElement | null = null;

  /** `onClose` runs whenever the panel closes. */
  constructor(private readonly onClose: () => void) {
    this.element.setAttribute('role', 'dialog');
    this.element.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') this.close(true);
      else if (event.key === 'Tab') this.tabOut(event);
    });
  }

  get element(): HTMLElement {
    return this.popover.element;
  }

  /** The neuron button that opened the shown panel. */
  get openedBy(): HTMLElement | null {
    return this.opener;
  }

  /**
   * Opens beside `opener`, whose box is `anchor` in the coordinates of the positioned parent of
   * size `bounds`, and focuses the first field.
   */
  open(
    title: string,
    rows: PanelRow[],
    opener: HTMLElement,
    anchor: { x: number; y: number; size: number },
    bounds: { width: number; height: number },
  ): void {
    this.close(false);
    this.opener = opener;
    opener.setAttribute('aria-expanded', 'true');
    this.element.setAttribute('aria-label', `${title}: weights and bias`);
    const header = document.createElement('div');
    header.className = 'nnplay-net-panel-header';
    const heading = document.createElement('h3');
    heading.textContent = title;
    const close = document.createElement('button');
    close.type = 'button';
    close.className = 'nnplay-net-icon-button';
    close.textContent = '×';
    close.setAttribute('aria-label', 'Close');
    close.addEventListener('click', () => this.close(true));
    header.append(heading, close);

    this.rows = rows.map((row) => {
      const field = new NumberField(row.name, {
        apply: (value) => row.apply(value),
        cancel: (edited) => {
          if (!edited) this.close(true);
        },
      });
      field.reset(row.value());
      if (row.readOnly) field.makeReadOnly(row.note);
      return { row, field };
    });
    this.element.append(header, ...this.rows.map(({ field }) => field.element));
    this.popover.show(opener);

    // Right of the neuron if it fits, else left of it, else as far right as it fits.
    const gap = 10;
    const right = anchor.x + anchor.size + gap;
    const left = anchor.x - gap - this.element.offsetWidth;
    const x = right + this.element.offsetWidth <= bounds.width || left < 0 ? right : left;
    this.popover.place(x, anchor.y - gap, bounds);
    this.rows[0]?.field.input.focus();
  }

  /** Shows the current values in the fields the user is not typing in. */
  refresh(): void {
    for (const { row, field } of this.rows) field.show(row.value());
  }

  /**
   * Tab past the last field, or Shift+Tab before the first control, closes the panel and goes on
   * from its neuron, as if the panel were part of it.
   */
  private tabOut(event: KeyboardEvent): void {
    const controls = this.element.querySelectorAll<HTMLElement>('button, input');
    const edge = event.shiftKey ? controls[0] : controls[controls.length - 1];
    if (event.target !== edge) return;
    // Forwards: focus the neuron and let the browser's Tab move on from it; backwards: stop on it.
    if (event.shiftKey) event.preventDefault();
    this.close(true);
  }

  /**
   * Closes, applying what was typed and not applied yet (a field removed with the focus in it gets
   * no change event); `returnFocus`: focus goes back to the neuron that opened it.
   */
  close(returnFocus: boolean): void {
    const opener = this.opener;
    if (!opener) return;
    this.opener = null;
    for (const { field } of this.rows) field.commit();
    opener.setAttribute('aria-expanded', 'false');
    this.rows = [];
    this.popover.hide();
    if (returnFocus) opener.focus();
    this.onClose();
  }
}
