// The legend of more than two classes: each class's colour and name as a toggle button; pressing
// one shows that class's probability map, pressing it again all the classes.
import { CLASS_COLOURS, CLASS_COLOUR_NAMES } from './classColours';
import { element } from './widgets';

export class ClassLegend {
  readonly element = element('div', 'nnplay-class-legend');
  private names: readonly string[] = [];
  private buttons: HTMLButtonElement[] = [];
  /** The class whose probability map is shown, null for all. */
  shown: number | null = null;

  constructor(private readonly changed: () => void) {
    this.element.setAttribute('role', 'group');
    this.element.setAttribute('aria-label', 'Classes: press one to see its probability');
    this.element.hidden = true;
  }

  /** Shows the classes `names` (index = class number); two or fewer hide the legend. */
  update(names: readonly string[]): void {
    if (names.join('\n') === this.names.join('\n')) return;
    this.names = [...names];
    if (this.shown !== null && this.shown >= names.length) this.shown = null;
    this.element.hidden = names.length <= 2;
    this.buttons = names.length <= 2 ? [] : names.map((name, k) => this.classButton(name, k));
    this.element.replaceChildren(...this.buttons);
    this.press();
  }

  private classButton(name: string, k: number): HTMLButtonElement {
    const button = element('button', 'nnplay-class-button');
    button.type = 'button';
    const swatch = element('span', 'nnplay-class-swatch');
    const [r, g, b] = CLASS_COLOURS[k % CLASS_COLOURS.length]!;
    swatch.style.backgroundColor = `rgb(${r} ${g} ${b})`;
    swatch.setAttribute('aria-hidden', 'true');
    button.append(swatch, element('span', '', name));
    button.title = `${CLASS_COLOUR_NAMES[k % CLASS_COLOUR_NAMES.length]}: show the probability of ${name} alone`;
    button.addEventListener('click', () => {
      this.shown = this.shown === k ? null : k;
      this.press();
      this.changed();
    });
    return button;
  }

  private press(): void {
    this.buttons.forEach((button, k) => button.setAttribute('aria-pressed', String(this.shown === k)));
  }
}
