// The cue of a diagram wider than its column: a line saying it scrolls sideways, and a fade on each
// edge that has more of it beyond. Shown only while the diagram is wider than its scroller.

export class ScrollCue {
  readonly element = document.createElement('p');

  constructor(private readonly scroller: HTMLElement) {
    this.element.className = 'nnplay-net-scroll-cue';
    this.element.textContent = 'Scroll sideways to see the whole network →';
    this.element.hidden = true;
    scroller.addEventListener('scroll', () => this.update(), { passive: true });
  }

  /** After the diagram or the scroller changed size, and on every scroll. */
  update(): void {
    const { scrollLeft, scrollWidth, clientWidth } = this.scroller;
    const beyond = scrollWidth - clientWidth;
    // A pixel is rounding (scrollWidth is whole: a heading 0.9 px past the edge makes it 1), not more diagram.
    this.element.hidden = beyond <= 1;
    this.scroller.classList.toggle('nnplay-net-more-left', scrollLeft > 1);
    this.scroller.classList.toggle('nnplay-net-more-right', beyond - scrollLeft > 1);
  }
}
