// The inline editor that a click or tap on a link or a bias opens at the pointer.
import { NumberField } from './numberField';
import { Popover } from './popover';

export class ValueEditor {
  private readonly popover = new Popover('nnplay-net-editor', () => this.close());

  get element(): HTMLElement {
    return this.popover.element;
  }

  /**
   * Edits the value called `name`, now `value`, at (x, y) of the positioned parent of size
   * `bounds`; Enter closes and calls `apply`, Escape closes.
   */
  open(
    name: string,
    value: number,
    x: number,
    y: number,
    bounds: { width: number; height: number },
    apply: (value: number) => void,
  ): void {
    const field = new NumberField(name, {
      apply: (v) => {
        this.close();
        apply(v);
      },
      cancel: () => this.close(),
    });
    field.reset(value);
    this.popover.hide();
    this.popover.element.append(field.element);
    this.popover.show(null);
    this.popover.place(x, y, bounds);
    field.input.focus();
    field.input.select();
  }

  close(): void {
    if (this.popover.shown) this.popover.hide();
  }
}
