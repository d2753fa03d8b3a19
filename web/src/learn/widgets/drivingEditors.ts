// A number field for every weight and bias of the network, grouped by the neuron they feed. A
// number is applied as it is typed; anything else (an empty field, "1e") gets a message beside the
// field and the network keeps the value it had, which the field shows again when left.
import { element, uniqueId } from '../../widgets';
import { fieldText, formatNumber, parameterLabel, parameterValue, parameters, parseParameter, type NetworkView, type Parameter } from './drivingModel';

export interface ParameterEditors {
  panel: HTMLElement;
  /** Shows the values of `view` in every field but the one being typed in. */
  show(view: NetworkView): void;
}

/** The engine's reason as a sentence: "a weight must be …" → "A weight must be ….". */
const sentence = (text: string): string => `${text.charAt(0).toUpperCase()}${text.slice(1)}${/[.!?]$/.test(text) ? '' : '.'}`;

interface Editor {
  parameter: Parameter;
  input: HTMLInputElement;
  message: HTMLElement;
}

/**
 * Fields for the parameters of `view`. `apply` sets one in the engine and returns null, or the
 * engine's reason for refusing it.
 */
export function parameterEditors(view: NetworkView, apply: (parameter: Parameter, value: number) => string | null): ParameterEditors {
  const panel = element('div', 'driving-editors');
  let shown = view;
  const editors: Editor[] = [];
  const groups = new Map<string, HTMLFieldSetElement>();
  for (const parameter of parameters(view)) {
    const unit = parameter.kind === 'weight' ? parameter.to : parameter.unit;
    const key = `${parameter.layer}:${unit}`;
    let group = groups.get(key);
    if (!group) {
      group = element('fieldset', 'driving-group');
      group.append(element('legend', '', `Into ${view.layers[parameter.layer]!.names[unit]}`));
      groups.set(key, group);
      panel.append(group);
    }
    editors.push(editor(group, parameter));
  }

  function editor(group: HTMLElement, parameter: Parameter): Editor {
    const label = parameterLabel(view, parameter);
    const box = element('div', 'driving-field');
    const name = element('label', 'driving-label', label);
    const input = element('input', 'driving-number');
    input.type = 'number';
    input.step = 'any';
    input.id = uniqueId('driving-parameter');
    name.htmlFor = input.id;
    const message = element('p', 'driving-message');
    message.id = `${input.id}-message`;
    message.hidden = true;
    input.setAttribute('aria-describedby', message.id);
    box.append(name, input, message);
    group.append(box);
    const current = (): string => formatNumber(parameterValue(shown, parameter));
    const refuse = (reason: string): void => {
      input.setAttribute('aria-invalid', 'true');
      message.textContent = `${reason} ${label} stays ${current()}.`;
      message.hidden = false;
    };
    input.addEventListener('input', () => {
      const value = parseParameter(input.value);
      if (value === null) return refuse('Type a number here.');
      const refused = apply(parameter, value);
      if (refused !== null) return refuse(sentence(refused));
      input.removeAttribute('aria-invalid');
      message.hidden = true;
    });
    // Leaving a field that holds no number puts the value the network kept back in it.
    input.addEventListener('change', () => {
      if (input.getAttribute('aria-invalid') !== 'true') return;
      input.value = fieldText(parameterValue(shown, parameter));
      input.removeAttribute('aria-invalid');
    });
    return { parameter, input, message };
  }

  return {
    panel,
    show(next) {
      shown = next;
      for (const { parameter, input, message } of editors) {
        if (input === document.activeElement) continue;
        input.value = fieldText(parameterValue(next, parameter));
        input.removeAttribute('aria-invalid');
        message.hidden = true;
      }
    },
  };
}
