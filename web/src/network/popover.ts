// A box over the diagram that is dismissed when a press or the focus goes elsewhere.

export class Popover {
  readonly element = document.createElement('div');
  /** Presses on it do not dismiss the popover (the neuron that opened it toggles it instead). */
  private owner: Node | null = null;
  private readonly pressOutside = (event: PointerEvent): void => {
    // The pressed node itself: in a shadow root (the custom element) the document sees its host as the target.
    if (!this.inside(event.composedPath()[0] as Node)) this.onDismiss();
  };

  /** `onDismiss` runs on a press or a focus change outside the shown popover. */
  constructor(className: string, private readonly onDismiss: () => void) {
    this.element.className = className;
    this.element.hidden = true;
    this.element.addEventListener('focusout', (event) => {
      // No relatedTarget: the window lost focus, or a press on nothing focusable (handled above).
      const next = event.relatedTarget as Node | null;
      if (next && !this.inside(next)) this.onDismiss();
    });
  }

  get shown(): boolean {
    return !this.element.hidden;
  }

  show(owner: Node | null): void {
    this.owner = owner;
    this.element.hidden = false;
    document.addEventListener('pointerdown', this.pressOutside, true);
  }

  hide(): void {
    this.owner = null;
    this.element.hidden = true;
    this.element.replaceChildren();
    document.removeEventListener('pointerdown', this.pressOutside, true);
  }

  /** Places the shown popover at (x, y), moved left and up as needed to stay inside `bounds`. */
  place(x: number, y: number, bounds: { width: number; height: number }): void {
    const { offsetWidth: width, offsetHeight: height } = this.element;
    this.element.style.left = `${Math.max(0, Math.min(x, bounds.width - width))}px`;
    this.element.style.top = `${Math.max(0, Math.min(y, bounds.height - height))}px`;
  }

  private inside(node: Node): boolean {
    return this.element.contains(node) || (this.owner?.contains(node) ?? false);
  }
}
