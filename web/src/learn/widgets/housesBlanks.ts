// The template's blanks as controls: for each, a labelled slider and a number field for a precise
// value. Either one sets the blank; a typed value the slider could not give (not a number, or out
// of its range) is refused with a message, and the blank keeps its value.
import { element, uniqueId } from '../../widgets';
import { coefficientText } from './housesFormula';
import type { Blank } from './housesOptions';

/** A number field's text: what coefficientText shows, with the minus a number field accepts. */
const fieldText = (value: number): string => String(Number(value.toFixed(2)));

export class BlankControls {
  private readonly sliders: HTMLInputElement[] = [];
  private readonly fields: HTMLInputElement[] = [];
  private readonly message: HTMLElement;
  private values: number[];

  constructor(
    parent: HTMLElement,
    private readonly blanks: readonly Blank[],
    private readonly onSet: (values: number[]) => void,
  ) {
    this.values = blanks.map((blank) => blank.start);
    this.message = element('p', 'houses-message');
    this.message.id = uniqueId('houses-message');
    this.message.hidden = true;
    const box = element('div', 'houses-blanks');
    blanks.forEach((blank, i) => box.append(this.row(blank, i)));
    parent.append(box, this.message);
  }

  /** Shows `values` (from the engine, say) without calling onSet. */
  show(values: readonly number[]): void {
    this.values = [...values];
    values.forEach((value, i) => {
      this.sliders[i]!.value = String(value);
      this.fields[i]!.value = fieldText(value);
    });
  }

  private row(blank: Blank, i: number): HTMLElement {
    const row = element('div', 'houses-blank');
    const slider = element('input', 'houses-slider');
    slider.type = 'range';
    slider.id = uniqueId('houses-blank');
    Object.assign(slider, { min: String(blank.min), max: String(blank.max), step: String(blank.step), value: String(blank.start) });
    const label = element('label', 'houses-blank-label', blank.label);
    label.htmlFor = slider.id;
    const field = element('input', 'houses-field');
    field.type = 'number';
    field.step = 'any';
    field.value = fieldText(blank.start);
    field.setAttribute('aria-label', `${blank.label}, typed`);
    field.setAttribute('aria-describedby', this.message.id);
    slider.addEventListener('input', () => this.set(i, Number(slider.value)));
    field.addEventListener('change', () => this.typed(i, field));
    this.sliders.push(slider);
    this.fields.push(field);
    row.append(label, slider, field);
    return row;
  }

  private typed(i: number, field: HTMLInputElement): void {
    const blank = this.blanks[i]!;
    const value = field.value.trim() === '' ? NaN : Number(field.value);
    if (!Number.isFinite(value) || value < blank.min || value > blank.max) {
      this.message.textContent = `${blank.label}: type a number from ${blank.min} to ${blank.max}; it stays ${coefficientText(this.values[i]!)}.`;
      this.message.hidden = false;
      field.value = fieldText(this.values[i]!);
      return;
    }
    this.set(i, value);
  }

  private set(i: number, value: number): void {
    this.message.hidden = true;
    this.values[i] = value;
    this.sliders[i]!.value = String(value);
    this.fields[i]!.value = fieldText(value);
    this.onSet([...this.values]);
  }
}
