// The "Microscope" button and the panel it opens: pick a training point on the map (a MapTool), then
// step through one gradient-descent step on it (→ next, ← back, or the buttons), each step's numbers
// on the network drawing and in a table, its formula typeset beside them, and each step announced.
import type { Locks } from '../app/locks';
import type { Part, PartContext } from '../app/part';
import type { RunEvent } from '../app/training';
import type { MapOverlay, MapPoint, MapTool } from '../map/mapTools';
import { diagramOf, weightName, biasName } from '../network/diagram';
import type { Announcements } from '../parts/announcements';
import type { Frame, NetworkWeights, StepTrace } from '../protocol';
import type { PlaygroundState } from '../state';
import { applyLock, element } from '../widgets';
import { typeset } from './formula';
import { nearestPoint } from './nearest';
import { NetworkLabels, shownText } from './networkLabels';
import { type Place, type Shown, type Step, stepsOf } from './steps';
import './microscope.css';

const PICK_LABEL = 'Click a training point to put it under the microscope';
const OVERLAY = 'microscope';

export class MicroscopePart implements Part {
  private readonly button = element('button', 'nnplay-button nnplay-microscope-button', 'Microscope');
  private readonly panel = element('section', 'nnplay-microscope');
  private readonly instructions = element('p', 'nnplay-text', `${PICK_LABEL} (the Output map).`);
  private readonly title = element('h3', 'nnplay-microscope-title');
  private readonly formula = element('div', 'nnplay-microscope-formula');
  private readonly table = element('table', 'nnplay-microscope-table');
  private readonly details = element('details', 'nnplay-microscope-numbers');
  private readonly back = element('button', 'nnplay-button', 'Back');
  private readonly next = element('button', 'nnplay-button', 'Next');
  private readonly labels: NetworkLabels;
  private readonly tool: MapTool;
  private readonly stopListening: (() => void)[];
  private trainPoints: Float32Array = new Float32Array();
  private example: number | null = null;
  private traced: { trace: StepTrace; network: NetworkWeights } | null = null;
  private steps: Step[] = [];
  private at = 0;
  /** Whether the map has the microscope's overlay. */
  private overlaid = false;

  constructor(
    parent: HTMLElement,
    private readonly context: PartContext,
    private readonly announcements: Announcements,
  ) {
    this.button.type = 'button';
    this.button.setAttribute('aria-expanded', 'false');
    this.button.addEventListener('click', () => (this.panel.hidden ? this.open() : this.close()));
    this.panel.hidden = true;
    this.panel.tabIndex = -1;
    this.panel.setAttribute('aria-label', 'One step under the microscope');
    const heading = element('h2', 'nnplay-microscope-heading', 'One step under the microscope');
    const close = element('button', 'nnplay-button', 'Close');
    for (const control of [this.back, this.next, close]) control.type = 'button';
    this.back.addEventListener('click', () => this.go(this.at - 1));
    this.next.addEventListener('click', () => this.go(this.at + 1));
    close.addEventListener('click', () => this.close());
    this.panel.addEventListener('keydown', (event) => {
      if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
        if (event.target instanceof HTMLInputElement || event.target instanceof HTMLSelectElement) return;
        event.preventDefault();
        this.go(this.at + (event.key === 'ArrowRight' ? 1 : -1));
      }
    });
    const summary = element('summary', '', 'All the numbers of this step');
    this.details.append(summary, this.table);
    const navigation = element('div', 'nnplay-microscope-nav');
    navigation.append(this.back, this.next, close);
    this.panel.append(heading, this.instructions, this.title, this.formula, navigation, this.details);
    parent.append(this.button, this.panel);
    this.labels = new NetworkLabels(parent);
    this.tool = { label: PICK_LABEL, cursor: 'crosshair', down: (at) => this.pick(at), ended: () => this.toolEnded() };
    this.stopListening = [
      context.engine.onPoints(({ train }) => {
        this.trainPoints = train;
        this.drawOverlay();
      }),
      context.engine.on('trace', ({ example, trace, network }) => {
        if (example !== this.example || this.panel.hidden) return;
        this.traced = { trace, network };
        this.steps = stepsOf(trace, network, { ...context.settings.get() });
        this.go(Math.min(this.at, this.steps.length - 1), this.title.textContent === '');
      }),
    ];
    this.render();
  }

  show(_state: Readonly<PlaygroundState>, locks: Locks): void {
    applyLock(this.button, 'microscope', locks);
    if (this.button.hidden || this.button.disabled) this.close();
  }

  /** A changed network (a step, a reset, an edited weight) while paused: the same example again. */
  receive(_frame: Frame): void {
    if (this.example !== null && !this.panel.hidden && !this.context.training.playing) this.trace();
  }

  /** New data or a new network: the example chosen may be another one, or gone. */
  run(event: RunEvent): void {
    if (event === 'rebuild' || event === 'regenerate') {
      this.example = null;
      this.forget();
    }
  }

  draw(): void {
    // The diagram may have been rebuilt under the labels.
    if (this.steps.length > 0) this.labels.show(this.steps[this.at]!.shown, this.traced!.network.features);
  }

  destroy(): void {
    this.stopListening.forEach((stop) => stop());
    this.close();
    this.labels.destroy();
  }

  private open(): void {
    this.pause();
    this.panel.hidden = false;
    this.button.setAttribute('aria-expanded', 'true');
    this.context.map.use(this.tool);
    this.panel.focus();
    if (this.example !== null) this.trace();
    else this.announcements.sayNow(`${PICK_LABEL} on the Output map.`);
  }

  private close(): void {
    if (this.panel.hidden) return;
    this.panel.hidden = true;
    this.button.setAttribute('aria-expanded', 'false');
    this.context.map.release(this.tool);
    this.example = null;
    this.forget();
  }

  private toolEnded(): void {
    // Another tool took the map (drawing data, say): the microscope closes with it.
    if (!this.panel.hidden) this.close();
  }

  private pick(at: MapPoint): void {
    const example = nearestPoint(this.trainPoints, at);
    if (example < 0) return;
    this.pause();
    this.example = example;
    this.at = 0;
    this.forget();
    this.trace();
    // The keys step from here on: the click on the map took the focus away.
    this.panel.focus({ preventScroll: true });
  }

  private pause(): void {
    if (this.context.training.playing) this.context.training.pause();
  }

  private trace(): void {
    if (this.example !== null) this.context.engine.send({ type: 'trace', example: this.example });
  }

  private forget(): void {
    this.traced = null;
    this.steps = [];
    this.at = 0;
    this.title.textContent = '';
    this.render();
  }

  /** Shows step `at` (kept in range); `say`: announce it (a step the learner moved to). */
  private go(at: number, say = true): void {
    if (this.steps.length === 0) return;
    const moved = at !== this.at;
    this.at = Math.max(0, Math.min(this.steps.length - 1, at));
    this.render();
    if (say || moved) {
      const step = this.steps[this.at]!;
      this.announcements.sayNow(`Step ${this.at + 1} of ${this.steps.length}: ${step.title}. ${step.said}`);
    }
  }

  private render(): void {
    const step = this.steps[this.at];
    this.instructions.hidden = step !== undefined;
    this.title.hidden = this.formula.hidden = this.details.hidden = step === undefined;
    this.back.disabled = !step || this.at === 0;
    this.next.disabled = !step || this.at === this.steps.length - 1;
    this.drawOverlay();
    if (!step || !this.traced) {
      this.labels.show([], []);
      this.table.replaceChildren();
      return;
    }
    this.title.textContent = `Step ${this.at + 1} of ${this.steps.length}: ${step.title}`;
    typeset(this.formula, step.formula);
    this.labels.show(step.shown, this.traced.network.features);
    this.fillTable(step.shown, this.traced.network);
  }

  private fillTable(shown: readonly Shown[], network: NetworkWeights): void {
    const diagram = diagramOf(network, network.features);
    const where = (place: Place): string => {
      if (place.kind === 'link') return weightName(diagram.linked[place.layer]![place.from]!, diagram.linked[place.layer + 1]![place.to]!);
      if (place.kind === 'bias') return biasName(diagram.linked[place.layer + 1]![place.unit]!);
      return diagram.linked[place.layer + 1]![place.unit]!.name;
    };
    const head = element('tr', '');
    for (const text of ['Where', 'Number']) head.append(element('th', '', text));
    const rows = shown.map((item) => {
      const row = element('tr', '');
      row.dataset.place = JSON.stringify(item.place);
      row.dataset.symbol = item.symbol;
      row.dataset.value = String(item.value);
      if (item.before !== undefined) row.dataset.before = String(item.before);
      row.append(element('td', '', where(item.place)), element('td', '', shownText(item)));
      return row;
    });
    this.table.replaceChildren(element('thead', ''), element('tbody', ''));
    this.table.tHead!.append(head);
    this.table.tBodies[0]!.append(...rows);
  }

  /** A ring around the example; in the minibatch's step, a smaller one around each of the others. */
  private drawOverlay(): void {
    const example = this.example;
    if (example === null || this.panel.hidden) {
      if (this.overlaid) this.context.map.setOverlay(OVERLAY, null);
      this.overlaid = false;
      return;
    }
    this.overlaid = true;
    const points = this.trainPoints;
    const minibatch = this.at === this.steps.length - 1 && this.traced ? this.traced.trace.minibatch.examples.slice(1) : [];
    const overlay: MapOverlay = (ctx, toCanvas, ratio) => {
      const ring = (index: number, radius: number, width: number): void => {
        if (index * 3 + 1 >= points.length) return;
        const [x, y] = toCanvas({ x: points[index * 3]!, y: points[index * 3 + 1]! });
        ctx.beginPath();
        ctx.arc(x, y, radius * ratio, 0, 2 * Math.PI);
        ctx.lineWidth = width * ratio;
        ctx.strokeStyle = '#000';
        ctx.stroke();
      };
      minibatch.forEach((index) => ring(index, 5, 1));
      ring(example, 8, 2.5);
    };
    this.context.map.setOverlay(OVERLAY, overlay);
  }
}

