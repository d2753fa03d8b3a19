// The "+" and "−" buttons of the network's shape: hidden layers above the diagram, neurons above
// each hidden layer, and under them, when asked, the layer's activation menu. Each control has a
// `data-key` so that focus survives the rebuild it causes; a button at a limit, or locked by the
// page's author, is aria-disabled rather than disabled, so that it keeps the focus (and a locked
// one its tooltip).
import { LOCKED_TITLE } from '../embed/controlKeys';
import { ACTIVATION_LABELS } from '../controls/hyper';
import { ACTIVATIONS, LIMITS, type Activation } from '../state';

/** nnplay's engine takes 8 hidden layers of 32 neurons (the Playground's buttons stop at 6 of 8). */
export const MAX_HIDDEN_LAYERS = LIMITS.hiddenLayers[1];
export const MAX_NEURONS = LIMITS.neurons[1];

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** `locked`: the page's author locked the network's shape. */
function iconButton(symbol: string, name: string, key: string, atLimit: boolean, locked: boolean, onClick: () => void): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'nnplay-net-icon-button';
  button.textContent = symbol;
  button.setAttribute('aria-label', name);
  button.dataset.key = key;
  button.setAttribute('aria-disabled', String(atLimit || locked));
  if (locked) button.title = LOCKED_TITLE;
  button.addEventListener('click', () => {
    if (!atLimit && !locked) onClick();
  });
  return button;
}

/** "+" "−" "N hidden layers", for 0 to MAX_HIDDEN_LAYERS layers. */
export function hiddenLayersControl(count: number, locked: boolean, add: () => void, remove: () => void): HTMLElement {
  const control = document.createElement('div');
  control.className = 'nnplay-net-layers';
  const label = document.createElement('span');
  label.textContent = plural(count, 'hidden layer');
  control.append(
    iconButton('+', 'Add a hidden layer', 'layers-add', count >= MAX_HIDDEN_LAYERS, locked, add),
    iconButton('−', 'Remove a hidden layer', 'layers-remove', count <= 0, locked, remove),
    label,
  );
  return control;
}

/** "+" "−" over "N neurons" for hidden layer `layer` (1 for the first), 1 to MAX_NEURONS neurons. */
export function neuronsControl(layer: number, count: number, locked: boolean, add: () => void, remove: () => void): HTMLElement {
  const control = document.createElement('div');
  control.className = 'nnplay-net-neurons';
  const buttons = document.createElement('div');
  buttons.append(
    iconButton('+', `Add a neuron to layer ${layer}`, `neurons-add-${layer}`, count >= MAX_NEURONS, locked, add),
    iconButton('−', `Remove a neuron from layer ${layer}`, `neurons-remove-${layer}`, count <= 1, locked, remove),
  );
  const label = document.createElement('div');
  label.textContent = plural(count, 'neuron');
  control.append(buttons, label);
  return control;
}

/**
 * The activation menu of hidden layer `layer` (1 for the first), showing `activation`; `width`:
 * the most it may take, its column's share of the diagram.
 */
export function activationMenu(
  layer: number,
  activation: string,
  width: number,
  locked: boolean,
  choose: (activation: Activation) => void,
): HTMLSelectElement {
  const menu = document.createElement('select');
  menu.className = 'nnplay-net-activation';
  menu.setAttribute('aria-label', `Activation of layer ${layer}`);
  menu.dataset.key = `activation-${layer}`;
  menu.append(...ACTIVATIONS.map((value) => new Option(ACTIVATION_LABELS[value], value)));
  menu.value = activation;
  menu.style.maxWidth = `${width}px`;
  menu.disabled = locked;
  if (locked) menu.title = LOCKED_TITLE;
  menu.addEventListener('change', () => choose(menu.value as Activation));
  return menu;
}
