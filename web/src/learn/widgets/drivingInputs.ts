// The person the driving-test network looks at: age and lessons sliders, a sex select, and a button
// per person of the widget's options that sets all three. Reports every change as [age, sex, lessons].
import { element, uniqueId } from '../../widgets';
import { SEXES, type DrivingOptions, type Person, type Range } from './drivingModel';

export interface PersonControls {
  panel: HTMLElement;
  /** The inputs shown now, in the engine's order. */
  values(): number[];
}

function labelled(parent: HTMLElement, text: string, control: HTMLInputElement | HTMLSelectElement): HTMLElement {
  const box = element('div', 'driving-field');
  const label = element('label', 'driving-label', text);
  control.id = uniqueId('driving');
  label.htmlFor = control.id;
  box.append(label, control);
  parent.append(box);
  return box;
}

/** A slider with its value shown beside its label (not inside it: the label alone is its name). */
function slider(parent: HTMLElement, text: string, range: Range, onInput: () => void): { input: HTMLInputElement; set(value: number): void } {
  const input = element('input', 'driving-slider');
  input.type = 'range';
  input.min = String(range.min);
  input.max = String(range.max);
  input.step = '1';
  const box = labelled(parent, text, input);
  const shown = element('output', 'driving-slider-value');
  shown.htmlFor.add(input.id);
  const title = element('div', 'driving-slider-title');
  box.prepend(title);
  title.append(box.querySelector('label')!, shown);
  const show = (): void => {
    shown.value = input.value;
  };
  input.addEventListener('input', () => {
    show();
    onInput();
  });
  return {
    input,
    set(value) {
      input.value = String(value);
      show();
    },
  };
}

/** The controls, showing the first person of `options`; `onChange` after each change. */
export function personControls(options: DrivingOptions, onChange: (person: string | null) => void): PersonControls {
  const panel = element('div', 'driving-person');
  const buttons = element('div', 'driving-people');
  const fields = element('div', 'driving-fields');
  const age = slider(fields, 'Age', options.age, () => onChange(null));
  const sex = element('select', 'driving-select');
  sex.append(...SEXES.map((name, value) => new Option(name, String(value))));
  sex.addEventListener('change', () => onChange(null));
  labelled(fields, 'Sex', sex);
  const lessons = slider(fields, 'Lessons', options.lessons, () => onChange(null));
  const show = (person: Person): void => {
    age.set(person.age);
    sex.value = String(person.sex);
    lessons.set(person.lessons);
  };
  for (const person of options.people) {
    const choose = element('button', 'nnplay-button', person.name);
    choose.type = 'button';
    choose.addEventListener('click', () => {
      show(person);
      onChange(person.name);
    });
    buttons.append(choose);
  }
  show(options.people[0]!);
  panel.append(buttons, fields);
  return {
    panel,
    values: () => [Number(age.input.value), Number(sex.value), Number(lessons.input.value)],
  };
}
