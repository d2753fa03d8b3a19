// "Draw data": the controls shown while drawing (the class to add, or the value; add or erase;
// Undo, Clear, Done) and the MapTool that turns clicks and drags on the output map into a Drawing's
// strokes. Each change goes to `changed`, which hands the points to the engine.
import { colourScheme } from '../colours';
import type { MapTool, MapTools } from '../map/mapTools';
import { button, element, uniqueId } from '../widgets';
import { Drawing, type Action } from './drawing';
import type { LabelKind, OwnPoint } from './ownData';

/** The labels drawing offers: a class of the data's (at least two), or a value. */
export interface DrawOptions {
  labels: LabelKind;
  classes: number;
  colours: string;
}

/** The overlay key of the points drawn that the engine does not have yet. */
const OVERLAY = 'ownData.pending';

export class DrawPanel {
  readonly box = element('div', 'nnplay-draw');
  private readonly labels = element('div', 'nnplay-draw-labels');
  private readonly value: HTMLInputElement;
  private readonly valueBox = element('div', 'nnplay-field');
  private readonly erase: HTMLInputElement;
  private readonly undoButton: HTMLButtonElement;
  private readonly status = element('p', 'nnplay-draw-status');
  private drawing: Drawing | null = null;
  private pending = false;
  private label = 1;
  private options: DrawOptions = { labels: 'classes', classes: 2, colours: 'playground' };

  readonly tool: MapTool = {
    label: '',
    cursor: 'crosshair',
    down: (at) => this.stroke(() => this.drawing?.begin(at, this.action())),
    drag: (at) => this.stroke(() => this.drawing?.continue(at, this.action())),
    ended: () => {
      this.drawing = null;
      this.box.hidden = true;
      this.map.setOverlay(OVERLAY, null);
      this.onEnd();
    },
  };

  constructor(
    private readonly map: MapTools,
    private readonly changed: (points: readonly OwnPoint[]) => void,
    private readonly onEnd: () => void,
    private readonly announce: (text: string) => void,
  ) {
    this.box.hidden = true;
    this.box.setAttribute('role', 'group');
    this.box.setAttribute('aria-label', 'Draw data');
    this.labels.setAttribute('role', 'radiogroup');
    this.labels.setAttribute('aria-label', 'Class of the points added');

    this.value = element('input', 'nnplay-slider');
    this.value.type = 'range';
    this.value.min = '-1';
    this.value.max = '1';
    this.value.step = '0.1';
    this.value.value = '1';
    this.value.id = uniqueId('draw-value');
    const valueLabel = element('label', 'nnplay-label', 'Value of the points added');
    valueLabel.htmlFor = this.value.id;
    this.value.addEventListener('input', () => this.describe());
    this.valueBox.append(valueLabel, this.value);

    const eraseBox = element('label', 'nnplay-field nnplay-field-checkbox');
    this.erase = element('input', 'nnplay-checkbox');
    this.erase.type = 'checkbox';
    this.erase.addEventListener('change', () => this.describe());
    eraseBox.append(this.erase, document.createTextNode('Erase'));

    const actions = element('div', 'nnplay-draw-actions');
    this.undoButton = button(actions, 'Undo', () => this.stroke(() => this.drawing?.undo()));
    button(actions, 'Clear', () => this.stroke(() => this.drawing?.clear()));
    button(actions, 'Done', () => this.map.release(this.tool));
    this.box.append(this.labels, this.valueBox, eraseBox, actions, this.status);
  }

  get active(): boolean {
    return this.drawing !== null;
  }

  /** Starts drawing over `points` (the data on the map), new points shared out by `trainPercent`. */
  start(points: readonly OwnPoint[], trainPercent: number, options: DrawOptions): void {
    this.drawing = new Drawing(points, trainPercent);
    this.options = options;
    this.label = Math.min(this.label, Math.max(options.classes, 2) - 1);
    this.renderLabels();
    this.box.hidden = false;
    this.describe();
    this.map.use(this.tool);
    this.say(null);
  }

  /**
   * Says why the engine cannot take the points yet, and shows them over the map meanwhile; null: it
   * has them, and the map shows them as its own.
   */
  say(text: string | null): void {
    this.pending = text !== null;
    this.status.textContent = text ?? `${this.drawing?.points.length ?? 0} points.`;
    if (text !== null) this.announce(text);
    this.refresh();
  }

  private action(): Action {
    if (this.erase.checked) return { kind: 'erase' };
    return { kind: 'add', label: this.options.labels === 'values' ? Number(this.value.value) : this.label };
  }

  private stroke(change: () => void): void {
    if (!this.drawing) return;
    const before = this.drawing.points;
    change();
    this.undoButton.disabled = !this.drawing.canUndo;
    if (this.drawing.points !== before) this.changed(this.drawing.points);
  }

  private renderLabels(): void {
    const values = this.options.labels === 'values';
    this.valueBox.hidden = !values;
    this.labels.hidden = values;
    const classes = Math.max(this.options.classes, 2);
    const scheme = colourScheme(this.options.colours);
    const group = uniqueId('draw-class');
    this.labels.replaceChildren(...Array.from({ length: classes }, (_, index) => {
      const box = element('label', 'nnplay-draw-class');
      const input = element('input', 'nnplay-draw-class-input');
      input.type = 'radio';
      input.name = group;
      input.checked = index === this.label;
      input.addEventListener('change', () => {
        this.label = index;
        this.describe();
      });
      const swatch = element('span', 'nnplay-draw-swatch');
      // Two classes: the Playground's −1 (class 0) and +1 (class 1) colours; more: the legend's.
      if (classes === 2) swatch.style.background = `rgb(${scheme.rgb(index === 1 ? 1 : -1).join(' ')})`;
      box.append(input, swatch, document.createTextNode(`Class ${index + 1}`));
      return box;
    }));
    this.undoButton.disabled = true;
  }

  private describe(): void {
    const what = this.options.labels === 'values' ? `of value ${Number(this.value.value).toFixed(1)}` : `of class ${this.label + 1}`;
    this.tool.label = this.erase.checked ? 'Click or drag on the map to erase points' : `Click or drag on the map to add points ${what}`;
    this.refresh();
  }

  /** Sets the overlay again, which also redraws the tool's label under the map. */
  private refresh(): void {
    if (this.map.active !== this.tool) return;
    const points = this.pending ? (this.drawing?.points ?? []) : [];
    const scheme = colourScheme(this.options.colours);
    const twoClasses = this.options.labels === 'classes' && Math.max(this.options.classes, 2) === 2;
    this.map.setOverlay(OVERLAY, (ctx, toCanvas, ratio) => {
      for (const point of points) {
        const [x, y] = toCanvas(point);
        const shade = twoClasses ? (point.label === 1 ? 1 : -1) : point.label;
        ctx.fillStyle = `rgb(${scheme.rgb(shade).join(' ')})`;
        ctx.strokeStyle = '#fff';
        ctx.lineWidth = ratio;
        ctx.beginPath();
        ctx.arc(x, y, 3 * ratio, 0, 2 * Math.PI);
        ctx.fill();
        ctx.stroke();
      }
    });
  }
}
