// The value of the link or bias under the pointer, kept current while training changes it.

const OFFSET = 14;

export class Tooltip {
  readonly element = document.createElement('div');
  private read: (() => string) | null = null;

  constructor() {
    this.element.className = 'nnplay-net-tooltip';
    this.element.setAttribute('role', 'tooltip');
    this.element.hidden = true;
  }

  /**
   * Shows `text()` beside (x, y) of the positioned parent, `width` wide, and again after each
   * `refresh`.
   */
  show(text: () => string, x: number, y: number, width: number): void {
    this.read = text;
    this.element.hidden = false;
    this.refresh();
    const right = x + OFFSET;
    const fits = right + this.element.offsetWidth <= width;
    this.element.style.left = `${fits ? right : Math.max(0, x - OFFSET - this.element.offsetWidth)}px`;
    this.element.style.top = `${y + OFFSET}px`;
  }

  refresh(): void {
    if (this.read) this.element.textContent = this.read();
  }

  hide(): void {
    this.read = null;
    this.element.hidden = true;
  }
}
