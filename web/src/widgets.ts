// Small labelled form controls shared by the control groups. Each label is the control's accessible
// name, so what a person reads is what a screen reader says; every control is a native element and
// so works from the keyboard. Each control applies the Locks (app/locks.ts) given to it by key.
import type { Locks } from './app/locks';
import { LOCKED_TITLE } from './embed/controlKeys';
import { helpOn } from './help/helpTexts';

let nextId = 0;
/** A document-unique id, for label `for` attributes (several playgrounds may share a page). */
export const uniqueId = (prefix: string): string => `nnplay-${prefix}-${++nextId}`;

export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}

export function button(parent: HTMLElement, label: string, onClick: () => void): HTMLButtonElement {
  const el = element('button', 'nnplay-button', label);
  el.type = 'button';
  el.addEventListener('click', onClick);
  parent.append(el);
  return el;
}

/**
 * Hides the box of the control named `key` (or the control itself), or disables its controls and
 * says why in their tooltip, as `locks` say. A disabled control takes neither focus nor input.
 */
export function applyLock(box: HTMLElement, key: string, locks: Locks): void {
  box.hidden = locks.hidden.has(key);
  const locked = locks.locked.has(key);
  const controls =
    box instanceof HTMLButtonElement ? [box] : box.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLButtonElement>('input, select, button:not(.nnplay-help)');
  showLocked(box, locked);
  for (const control of controls) {
    control.disabled = locked;
    showLocked(control, locked);
  }
}

/** Gives `element` the tooltip of a locked control, or takes it away. */
export function showLocked(element: HTMLElement, locked: boolean): void {
  if (locked) element.title = LOCKED_TITLE;
  else element.removeAttribute('title');
}

/** A control with its label, in a box that `*_hide` settings can hide. */
function field(parent: HTMLElement, key: string, label: string, control: HTMLElement): HTMLElement {
  const box = element('div', 'nnplay-field');
  const name = element('label', 'nnplay-label', label);
  control.id = uniqueId(key);
  name.htmlFor = control.id;
  helpOn(name, key);
  box.append(name, control);
  parent.append(box);
  return box;
}

export interface Choice<T> {
  value: T;
  label: string;
}

/** A labelled control that the locks of its key can hide or disable. */
abstract class Field {
  protected abstract readonly box: HTMLElement;
  protected abstract readonly key: string;

  /** Hides, locks or shows the control as `locks` say; hidden too when it does not `apply` to the settings now. */
  lock(locks: Locks, applies = true): void {
    applyLock(this.box, this.key, locks);
    if (!applies) this.box.hidden = true;
  }
}

/**
 * `choices` with `value` among them and its index: a value not yet there is added, labelled `label`,
 * before the first choice `order` puts after it (at the end without `order`).
 */
export function withChoice<T>(
  choices: readonly Choice<T>[],
  value: T,
  label: string,
  order?: (a: T, b: T) => number,
): { choices: Choice<T>[]; index: number } {
  const found = choices.findIndex((choice) => choice.value === value);
  if (found >= 0) return { choices: [...choices], index: found };
  const after = order ? choices.findIndex((choice) => order(choice.value, value) > 0) : -1;
  const index = after < 0 ? choices.length : after;
  return { choices: [...choices.slice(0, index), { value, label }, ...choices.slice(index)], index };
}

export class Select<T> extends Field {
  private readonly select: HTMLSelectElement;
  protected readonly box: HTMLElement;

  /** `order`, if given, places a value that is not a choice (from a link, say) among the others. */
  constructor(
    parent: HTMLElement,
    protected readonly key: string,
    label: string,
    private choices: Choice<T>[],
    onChange: (value: T) => void,
    private readonly order?: (a: T, b: T) => number,
  ) {
    super();
    this.select = element('select', 'nnplay-select');
    this.select.addEventListener('change', () => onChange(this.choices[this.select.selectedIndex]!.value));
    this.box = field(parent, key, label, this.select);
    this.render();
  }

  /** Shows `value`; one that is not a choice (from a link, say) is added as one, labelled `label`. */
  set(value: T, label = String(value)): void {
    const { choices, index } = withChoice(this.choices, value, label, this.order);
    if (choices.length !== this.choices.length) {
      this.choices = choices;
      this.render();
    }
    this.select.selectedIndex = index;
  }

  private render(): void {
    this.select.replaceChildren(...this.choices.map((choice) => new Option(choice.label)));
  }
}

/** A range input with its value shown beside the label. */
export class Slider extends Field {
  private readonly input: HTMLInputElement;
  private readonly shown: HTMLOutputElement;
  protected readonly box: HTMLElement;

  constructor(
    parent: HTMLElement,
    protected readonly key: string,
    label: string,
    [min, max]: readonly [number, number],
    step: number,
    private readonly format: (value: number) => string,
    onChange: (value: number) => void,
  ) {
    super();
    this.input = element('input', 'nnplay-slider');
    this.input.type = 'range';
    this.input.min = String(min);
    this.input.max = String(max);
    this.input.step = String(step);
    this.shown = element('output', 'nnplay-slider-value');
    // The slider itself tells its value (aria-valuetext).
    this.shown.setAttribute('aria-live', 'off');
    this.box = field(parent, key, label, this.input);
    this.box.classList.add('nnplay-field-slider');
    this.shown.htmlFor.add(this.input.id);
    this.box.querySelector('label')!.after(this.shown);
    // Show the value while dragging; apply it when let go (each change may rebuild the experiment).
    this.input.addEventListener('input', () => this.show(Number(this.input.value)));
    this.input.addEventListener('change', () => onChange(Number(this.input.value)));
  }

  set(value: number): void {
    this.input.value = String(value);
    this.show(value);
  }

  private show(value: number): void {
    this.shown.value = this.format(value);
    this.input.setAttribute('aria-valuetext', this.format(value));
  }
}

export class Checkbox extends Field {
  private readonly input: HTMLInputElement;
  protected readonly box: HTMLElement;

  constructor(parent: HTMLElement, protected readonly key: string, label: string, onChange: (checked: boolean) => void) {
    super();
    this.input = element('input', 'nnplay-checkbox');
    this.input.type = 'checkbox';
    this.box = field(parent, key, label, this.input);
    this.box.classList.add('nnplay-field-checkbox');
    this.box.prepend(this.input);
    this.input.addEventListener('change', () => onChange(this.input.checked));
  }

  set(checked: boolean): void {
    this.input.checked = checked;
  }
}

/**
 * An output for a text that changes every frame, laid out apart from the page (style.css,
 * `.nnplay-live`), and the box around it that takes its place in a flex or grid container. Not
 * itself a live region: it changes too often.
 */
export function liveOutput(className: string): { box: HTMLElement; output: HTMLOutputElement } {
  const box = element('div', `nnplay-live ${className}`);
  const output = element('output', '');
  // An output is a polite live region by default; the Announcer speaks for it, less often.
  output.setAttribute('aria-live', 'off');
  box.append(output);
  return { box, output };
}

/** A labelled number for the stats line. */
export function stat(parent: HTMLElement, label: string, className = ''): HTMLOutputElement {
  const box = element('div', `nnplay-stat ${className}`.trim());
  const value = liveOutput('nnplay-stat-value');
  value.output.id = uniqueId('stat');
  const name = element('label', 'nnplay-stat-label', label);
  name.htmlFor = value.output.id;
  box.append(name, value.box);
  parent.append(box);
  return value.output;
}

/** The box of a stat's `output`, with its label: what hiding the stat hides. */
export const statBox = (output: HTMLOutputElement): HTMLElement => output.closest<HTMLElement>('.nnplay-stat')!;

/**
 * Sets `target[key]` to `value` only when it differs: the DOM restyles, and may lay out, an element
 * even when an attribute is set to the value it has.
 */
export function setIfChanged<T extends object, K extends keyof T>(target: T, key: K, value: T[K]): void {
  if (target[key] !== value) target[key] = value;
}

/** Shows `text` in `output`, touching the DOM (and so the layout) only when it changes. */
export function setOutput(output: HTMLOutputElement, text: string): void {
  if (output.value !== text) output.value = text;
}

/** A section of the page with a visible heading that names it. */
export function region(parent: HTMLElement, className: string, title: string): HTMLElement {
  const section = element('section', `nnplay-region ${className}`);
  const heading = element('h2', 'nnplay-heading', title);
  heading.id = uniqueId('heading');
  section.setAttribute('aria-labelledby', heading.id);
  section.append(heading);
  parent.append(section);
  return section;
}

/** The focused element of the document or shadow root `node` is in (`document.activeElement` is only a shadow root's host). */
export const activeElementOf = (node: Node): Element | null => (node.getRootNode() as Partial<DocumentOrShadowRoot>).activeElement ?? null;
