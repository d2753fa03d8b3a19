// What went wrong (a divergence, a bad setting), with a button that fixes it where there is one.
// With role "status" it is a notice that does not interrupt (a network that stopped learning, an
// experiment restored), drawn in the accent colour rather than the error's red.
import { button, element, setIfChanged } from './widgets';

export class ErrorBox {
  private readonly box: HTMLElement;
  private readonly message: HTMLElement;
  private readonly fix: HTMLButtonElement;
  private action: () => void = () => {};

  constructor(parent: HTMLElement, role: 'alert' | 'status' = 'alert') {
    this.box = element('div', 'nnplay-error');
    this.box.setAttribute('role', role);
    this.message = element('p', 'nnplay-error-message');
    this.box.append(this.message);
    this.fix = button(this.box, '', () => this.action());
    this.box.hidden = true;
    parent.append(this.box);
  }

  /** Shows `message`, and a button labelled `fix.label` that runs `fix.action` if given. */
  show(message: string, fix?: { label: string; action: () => void }): void {
    this.message.textContent = message;
    this.fix.hidden = !fix;
    if (fix) {
      this.fix.textContent = fix.label;
      this.action = fix.action;
    }
    this.box.hidden = false;
  }

  get shown(): boolean {
    return !this.box.hidden;
  }

  hide(): void {
    setIfChanged(this.box, 'hidden', true);
  }
}
