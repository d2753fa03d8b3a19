// The "+" and "−" buttons of the network's shape: hidden layers above the diagram, neurons above
// each hidden layer. Each button has a `data-key` so that focus survives the rebuild it causes; at
// a limit, or locked by the page's author, it is aria-disabled rather than disabled, so that it
// keeps the focus (and a locked one its tooltip).
import { LOCKED_TITLE } from '../embed/controlKeys';

export const MAX_HIDDEN_LAYERS = 6;
export const MAX_NEURONS = 8;

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
