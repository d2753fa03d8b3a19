// The Metrics panel, under the output: a "Metrics" button opens it (the worker computes metrics only
// while it is open). Training and test side by side: the loss, the accuracy and each class's
// accuracy with both confusion matrices (a count rings its points on the map), or RMSE and R² for
// regression. Every number is the engine's (worker/metricsSchedule.ts).
import type { Locks } from '../app/locks';
import type { Part, PartContext } from '../app/part';
import type { RunEvent } from '../app/training';
import type { MapTools } from '../map/mapTools';
import type { Frame } from '../protocol';
import type { PlaygroundState } from '../state';
import { applyLock, button, element, uniqueId } from '../widgets';
import { ConfusionTable } from './confusionTable';
import { type Cell, cellPoints, cellSentence, metricRows, SET_NAMES } from './metricsText';
import './metrics.css';

/** The key of the ringed points among the map's overlays. */
const OVERLAY = 'metrics';
/** The ring around a point, in CSS pixels (the points' discs are about 4 across). */
const RING_RADIUS = 6;

export class MetricsPanel implements Part {
  private readonly box = element('section', 'nnplay-metrics');
  private readonly toggle: HTMLButtonElement;
  private readonly body = element('div', 'nnplay-metrics-body');
  private readonly numbers = element('table', 'nnplay-metrics-numbers');
  private readonly tables: Record<Cell['set'], ConfusionTable>;
  private readonly matrices = element('div', 'nnplay-confusion-pair');
  private readonly ringed = element('p', 'nnplay-metrics-ringed');
  private readonly stopListening: () => void;
  private readonly map: MapTools;
  /** Tells the worker whether frames should carry metrics. */
  private readonly send: (on: boolean) => void;
  private open = false;
  private metrics: Frame['metrics'];
  private fresh = false;
  private points: Record<Cell['set'], Float32Array> = { train: new Float32Array(), test: new Float32Array() };
  private selected: Cell | null = null;
  private testHidden = false;
  private readonly announce: (text: string) => void;

  /** Puts the panel right after `before` (the loss chart). */
  constructor(before: HTMLElement, { engine, map, announce }: PartContext) {
    this.map = map;
    this.announce = announce;
    this.send = (on) => engine.send({ type: 'metrics', on });
    this.toggle = button(this.box, 'Metrics', () => this.setOpen(!this.open));
    this.toggle.setAttribute('aria-expanded', 'false');
    this.body.id = uniqueId('metrics');
    this.toggle.setAttribute('aria-controls', this.body.id);
    this.body.hidden = true;
    this.numbers.createCaption().textContent = 'Metrics of the training and test data';
    const choose = (cell: Cell): void => this.choose(cell);
    this.tables = { train: new ConfusionTable('train', choose), test: new ConfusionTable('test', choose) };
    this.matrices.append(this.tables.train.table, this.tables.test.table);
    const note = element('p', 'nnplay-metrics-note', 'Rows: the true class; columns: the class the network predicts. Click a count to ring those points on the map, and again to clear.');
    this.matrices.append(note);
    this.body.append(this.numbers, this.matrices, this.ringed);
    this.box.append(this.body);
    before.after(this.box);
    this.stopListening = engine.onPoints(({ train, test }) => {
      this.points = { train, test };
      this.ring();
    });
  }

  show(_state: Readonly<PlaygroundState>, locks: Locks): void {
    this.box.hidden = locks.hidden.has('metrics');
    applyLock(this.toggle, 'metrics', locks);
    if (this.box.hidden && this.open) this.setOpen(false);
    this.testHidden = locks.hidden.has('testAccuracy');
    this.render();
  }

  receive(frame: Frame): void {
    if (!frame.metrics) return;
    this.metrics = frame.metrics;
    this.fresh = true;
  }

  draw(): void {
    if (!this.fresh) return;
    this.fresh = false;
    this.render();
  }

  run(event: RunEvent): void {
    // New data or a new experiment: the ringed points are gone.
    if (event === 'rebuild' || event === 'regenerate') this.choose(null);
    // A rebuild may be in a new worker (one restarted after it died), which must hear the panel is open.
    if (event === 'rebuild' && this.open) this.send(true);
  }

  destroy(): void {
    this.stopListening();
    this.map.setOverlay(OVERLAY, null);
  }

  private setOpen(open: boolean): void {
    this.open = open;
    this.toggle.setAttribute('aria-expanded', String(open));
    this.body.hidden = !open;
    this.send(open);
    if (!open) this.choose(null);
  }

  /** Rings the points of `cell`, or none; the same cell again clears the ring. */
  private choose(cell: Cell | null): void {
    const same = cell && this.selected?.set === cell.set && this.selected.truth === cell.truth && this.selected.predicted === cell.predicted;
    this.selected = same ? null : cell;
    this.render();
  }

  private render(): void {
    const metrics = this.metrics;
    if (!metrics || !this.open) return this.ring();
    const sets: Cell['set'][] = this.testHidden ? ['train'] : ['train', 'test'];
    const head = element('tr', '');
    head.append(element('td', ''), ...sets.map((set) => Object.assign(element('th', '', SET_NAMES[set]), { scope: 'col' })));
    const columns = sets.map((set) => metricRows(metrics[set]));
    const rows = columns[0]!.map(([name], i) => {
      const row = element('tr', '');
      row.append(Object.assign(element('th', '', name), { scope: 'row' }), ...columns.map((column) => element('td', '', column[i]![1])));
      return row;
    });
    this.numbers.querySelector('tbody')?.remove();
    this.numbers.createTBody().append(head, ...rows);
    const classification = metrics.train.confusion.length > 0;
    this.matrices.hidden = !classification;
    this.tables.test.table.hidden = this.testHidden;
    if (classification) for (const set of ['train', 'test'] as const) this.tables[set].show(metrics[set], this.selected);
    this.ring();
  }

  /** Draws the rings of the chosen cell's points over the map, and says how many. */
  private ring(): void {
    const cell = this.open ? this.selected : null;
    const report = cell && this.metrics?.[cell.set];
    if (!cell || !report || report.confusion.length === 0) {
      // Only when there are rings to take away: the map cannot draw before the engine's facts arrive.
      if (this.ringed.textContent) this.map.setOverlay(OVERLAY, null);
      this.ringed.textContent = '';
      return;
    }
    const classes = report.confusion.length;
    const places = cellPoints(this.points[cell.set], report.predicted, classes, cell);
    this.map.setOverlay(OVERLAY, (ctx, toCanvas, ratio) => drawRings(ctx, places.map(toCanvas), ratio));
    this.ringed.textContent = cellSentence(cell, places.length, classes);
    this.announce(this.ringed.textContent);
  }
}

/** A ring around each place: white outside, black inside, seen on every colour of the map. */
function drawRings(ctx: CanvasRenderingContext2D, places: [number, number][], ratio: number): void {
  for (const [width, colour] of [[3, 'white'], [1.5, 'black']] as const) {
    ctx.lineWidth = width * ratio;
    ctx.strokeStyle = colour;
    ctx.beginPath();
    for (const [x, y] of places) {
      ctx.moveTo(x + RING_RADIUS * ratio, y);
      ctx.arc(x, y, RING_RADIUS * ratio, 0, 2 * Math.PI);
    }
    ctx.stroke();
  }
}
