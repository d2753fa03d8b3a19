// A neuron as a button holding its thumbnail: a feature toggles, a hidden or output neuron opens
// its panel.
import type { DiagramNode } from './diagram';
import { type Geometry, LABEL_WIDTH, nodeAt, sizeOf } from './geometry';
import { Thumbnail } from './thumbnail';

export interface NeuronButton {
  node: DiagramNode;
  button: HTMLButtonElement;
  thumbnail: Thumbnail;
}

/**
 * The button of `node`: named `node.name`, with `data-key` `node.key`. A feature or input shows
 * its label; a feature is aria-pressed when it is a network input. `hover` hears of the mouse
 * entering and leaving and of keyboard focus; `activate` runs on click, Enter and Space.
 */
export function neuronButton(
  node: DiagramNode,
  geometry: Geometry,
  hover: (source: 'pointer' | 'focus', neuron: number | null) => void,
  activate: (button: HTMLButtonElement) => void,
): NeuronButton {
  const { x, y } = nodeAt(geometry, node.column, node.row);
  const button = document.createElement('button');
  button.type = 'button';
  button.className = `nnplay-net-neuron nnplay-net-${node.kind}`;
  button.dataset.key = node.key;
  button.setAttribute('aria-label', node.name);
  button.style.top = `${y}px`;
  if (node.layer < 0) {
    const label = document.createElement('span');
    label.className = 'nnplay-net-feature-label';
    label.textContent = node.label;
    label.style.width = `${LABEL_WIDTH}px`;
    button.append(label);
    if (node.kind === 'feature') button.setAttribute('aria-pressed', String(node.grid !== null));
    button.style.left = `${x - LABEL_WIDTH}px`;
  } else {
    button.setAttribute('aria-haspopup', 'dialog');
    button.setAttribute('aria-expanded', 'false');
    button.style.left = `${x}px`;
  }
  const thumbnail = new Thumbnail(sizeOf(geometry, node.column));
  button.append(thumbnail.canvas);

  button.addEventListener('click', () => activate(button));
  // Touch has no hover: a tap opens the panel, which shows the neuron instead.
  button.addEventListener('pointerenter', (event) => {
    if (event.pointerType !== 'touch') hover('pointer', node.grid);
  });
  button.addEventListener('pointerleave', () => hover('pointer', null));
  // Focus after a mouse click is not :focus-visible: only keyboard focus shows the neuron.
  button.addEventListener('focus', () => {
    if (button.matches(':focus-visible')) hover('focus', node.grid);
  });
  button.addEventListener('blur', () => hover('focus', null));
  return { node, button, thumbnail };
}
