// The neuron widget's controls: a labelled slider with its value beside it for each input, weight
// and the bias, and the activation menu. Native inputs, so each works by keyboard and is named by
// its label.
import { element, uniqueId } from '../../widgets';
import { type ActivationName, formatNumber } from './neuronText';

export interface SliderSpec {
  label: string;
  min: number;
  max: number;
  step: number;
  value: number;
  onChange(value: number): void;
}

/** A row "label [slider] value" appended to `parent`. */
export function slider(parent: HTMLElement, spec: SliderSpec): HTMLInputElement {
  const row = element('div', 'neuron-slider');
  const input = element('input', '');
  input.type = 'range';
  input.id = uniqueId('neuron-slider');
  input.min = String(spec.min);
  input.max = String(spec.max);
  input.step = String(spec.step);
  input.value = String(spec.value);
  const label = element('label', 'neuron-slider-label', spec.label);
  label.htmlFor = input.id;
  const shown = element('output', 'neuron-slider-value', formatNumber(spec.value));
  shown.htmlFor.add(input.id);
  input.addEventListener('input', () => {
    const value = Number(input.value);
    shown.textContent = formatNumber(value);
    spec.onChange(value);
  });
  row.append(label, input, shown);
  parent.append(row);
  return input;
}

/** The labelled activation menu, appended to `parent`. */
export function activationMenu(parent: HTMLElement, choices: readonly ActivationName[], chosen: string, onChange: (name: string) => void): HTMLSelectElement {
  const row = element('div', 'neuron-slider');
  const menu = element('select', '');
  menu.id = uniqueId('neuron-activation');
  for (const choice of choices) {
    const option = element('option', '', choice.label);
    option.value = choice.name;
    menu.append(option);
  }
  menu.value = chosen;
  const label = element('label', 'neuron-slider-label', 'Activation');
  label.htmlFor = menu.id;
  menu.addEventListener('change', () => onChange(menu.value));
  row.append(label, menu);
  parent.append(row);
  return menu;
}
