// Links and biases under the pointer: hovering shows the value (live), a click or tap edits it.
import type { EditableValue } from './numberField';
import { formatValue } from './numberField';
import type { Tooltip } from './tooltip';
import type { ValueEditor } from './valueEditor';

/**
 * Listens on `stage` (the positioned parent of the tooltip and the editor) for the links and
 * biases that `find` recognises among the pointer's targets.
 */
export function listenToLinks(
  stage: HTMLElement,
  find: (target: EventTarget | null) => EditableValue | null,
  tooltip: Tooltip,
  editor: ValueEditor,
): void {
  const local = (event: MouseEvent): { x: number; y: number } => {
    const box = stage.getBoundingClientRect();
    return { x: event.clientX - box.left, y: event.clientY - box.top };
  };

  stage.addEventListener('pointerover', (event) => {
    const value = find(event.target);
    if (!value || event.pointerType === 'touch') return;
    const { x, y } = local(event);
    // "Weight from X₁ to layer 1 neuron 2" shows as "Weight 0.42" over "from X₁ to layer 1 neuron 2".
    const [kind, ...route] = value.name.split(' ');
    const note = value.note ? `\n${value.note}` : '';
    tooltip.show(() => `${kind} ${formatValue(value.value())}\n${route.join(' ')}${note}`, x, y, stage.clientWidth);
  });
  stage.addEventListener('pointerout', (event) => {
    if (find(event.target)) tooltip.hide();
  });
  stage.addEventListener('click', (event) => {
    const value = find(event.target);
    if (!value || value.readOnly) return;
    tooltip.hide();
    const { x, y } = local(event);
    const bounds = { width: stage.clientWidth, height: stage.clientHeight };
    editor.open(value.name, value.value(), x + 8, y + 8, bounds, (v) => value.apply(v));
  });
}
