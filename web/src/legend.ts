// The colour scale of the output view and the neuron maps: a bar from −1 to 1 under the current scheme.
import type { Part } from './app/part';
import { colourScheme } from './colours';
import type { PlaygroundState } from './state';
import { element } from './widgets';

const STEPS = 64;

export class Legend implements Part {
  private readonly bar: HTMLCanvasElement;
  private readonly box: HTMLElement;

  constructor(parent: HTMLElement) {
    const box = element('div', 'nnplay-legend');
    this.bar = element('canvas', 'nnplay-legend-bar');
    this.bar.width = STEPS;
    this.bar.height = 1;
    this.bar.setAttribute('role', 'img');
    const ticks = element('div', 'nnplay-legend-ticks');
    ticks.setAttribute('aria-hidden', 'true');
    ticks.append(...['−1', '0', '1'].map((tick) => element('span', '', tick)));
    box.append(this.bar, ticks);
    parent.append(box);
    this.box = box;
  }

  /** Hidden while the classes' own legend stands in for the scale. */
  hide(hidden: boolean): void {
    this.box.hidden = hidden;
  }

  show(state: Readonly<PlaygroundState>): void {
    const scheme = colourScheme(state.colours);
    const ctx = this.bar.getContext('2d');
    if (!ctx) return;
    for (let i = 0; i < STEPS; i++) {
      const [r, g, b] = scheme.rgb((2 * i) / (STEPS - 1) - 1);
      ctx.fillStyle = `rgb(${r} ${g} ${b})`;
      ctx.fillRect(i, 0, 1, 1);
    }
    this.bar.setAttribute('aria-label', `Colour scale, ${scheme.label}: −1 at the left end, 1 at the right`);
  }
}
