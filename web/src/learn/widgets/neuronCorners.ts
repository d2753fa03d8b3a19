// The table of the neuron at the four corners, x₁, x₂ ∈ {0, 1}: z and a from the engine, and
// whether a is above the goal's threshold; under it, which corners are.
import { element } from '../../widgets';
import type { NeuronValue } from './neuronEngine';
import { CORNERS, cornersAboveText, formatNumber } from './neuronText';

export interface CornerTable {
  element: HTMLElement;
  /** Shows `values`, one per corner in the order of CORNERS. */
  show(values: readonly NeuronValue[], activationLabel: string): void;
}

export function cornerTable(threshold: number): CornerTable {
  const box = element('div', 'neuron-corners');
  const table = element('table', '');
  const caption = element('caption', '');
  const head = element('tr', '');
  for (const title of ['x₁', 'x₂', 'z', 'a', `a > ${formatNumber(threshold)}?`]) {
    const cell = element('th', '', title);
    cell.scope = 'col';
    head.append(cell);
  }
  const rows = CORNERS.map(() => element('tr', ''));
  table.append(caption, element('thead', ''), element('tbody', ''));
  table.tHead!.append(head);
  table.tBodies[0]!.append(...rows);
  const summary = element('p', 'neuron-corners-summary');
  box.append(table, summary);
  return {
    element: box,
    show(values, activationLabel) {
      caption.textContent = `The neuron (${activationLabel}) at the four corners`;
      values.forEach(({ z, a }, i) => {
        const above = a > threshold;
        rows[i]!.className = above ? 'above' : '';
        rows[i]!.replaceChildren(...[...CORNERS[i]!.map(String), formatNumber(z), formatNumber(a), above ? 'yes' : 'no'].map((text) => element('td', '', text)));
      });
      summary.textContent = `Corners with a above ${formatNumber(threshold)}: ${cornersAboveText(values.map((value) => value.a), threshold)}.`;
    },
  };
}
