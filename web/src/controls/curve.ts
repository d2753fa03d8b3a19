// The "Curve" field of the function dataset: y = f(x) as text, with presets. The engine parses it
// (core/expression.h); a curve it refuses comes back as its message, the experiment kept, and the
// text stays in the field while it has the focus so that it can be corrected; leaving it shows the curve in use.
import type { Locks } from '../app/locks';
import { helpOn } from '../help/helpTexts';
import type { PlaygroundState } from '../state';
import { activeElementOf, applyLock, button, element, uniqueId } from '../widgets';
import './curve.css';

/** Curves to start from: the text the field takes, and how a button shows it. */
export const CURVE_PRESETS: readonly { curve: string; label: string }[] = [
  { curve: 'sin(x)', label: 'sin x' },
  { curve: 'x^3 - x', label: 'x³ − x' },
  { curve: '|x|', label: '|x|' },
  { curve: 'x^2 - 2', label: 'x² − 2' },
  { curve: '2cos(2x)', label: '2 cos 2x' },
];

export class CurveField {
  private readonly box = element('div', 'nnplay-field nnplay-curve');
  private readonly input = element('input', 'nnplay-curve-input');
  private curve = '';

  constructor(parent: HTMLElement, change: (curve: string) => void) {
    const label = element('label', 'nnplay-label', 'Curve');
    this.input.id = uniqueId('curve');
    this.input.type = 'text';
    this.input.spellcheck = false;
    this.input.autocomplete = 'off';
    label.htmlFor = this.input.id;
    helpOn(label, 'curve');
    this.input.addEventListener('change', () => change(this.input.value.trim()));
    this.input.addEventListener('blur', () => (this.input.value = this.curve));
    const presets = element('div', 'nnplay-curve-presets');
    presets.setAttribute('role', 'group');
    presets.setAttribute('aria-label', 'Preset curves');
    for (const { curve, label: shown } of CURVE_PRESETS) {
      const preset = button(presets, shown, () => change(curve));
      preset.classList.add('nnplay-curve-preset');
    }
    const formula = element('div', 'nnplay-curve-formula');
    formula.append(element('span', 'nnplay-curve-y', 'y ='), this.input);
    this.box.append(label, formula, presets);
    parent.append(this.box);
  }

  /** Shown for the function dataset only; the text being typed is kept while the field has the focus. */
  show(state: Readonly<PlaygroundState>, locks: Locks): void {
    applyLock(this.box, 'curve', locks);
    if (state.problem !== 'classification' || state.dataset !== 'function') this.box.hidden = true;
    this.curve = state.curve;
    if (activeElementOf(this.input) !== this.input) this.input.value = state.curve;
  }
}
