// "Your own data", under the dataset picker and collapsed at first: "Draw data" (data/drawPanel.ts),
// "Upload CSV" (a file picked or dropped on the data column; data/uploadPanel.ts) and "Download
// data". Own data is kept in this browser (data/storedData.ts) under the key `state.customData`:
// new points of the same shape reach the running network as new data ('data'), anything else
// rebuilds the experiment.
import type { Locks } from '../app/locks';
import type { Part, PartContext } from '../app/part';
import { saveFile } from '../figure/saveFile';
import type { ErrorMessage } from '../parts/messages';
import type { OwnDataset } from '../config';
import type { PlaygroundState } from '../state';
import { applyLock, button, element, uniqueId } from '../widgets';
import { DrawPanel } from './drawPanel';
import { dataIdentity, downloadCsv, OWN_DATA_NOTE, ownDataset, pointsOfTriples, shapeOf, shapeOfState, type OwnPoint } from './ownData';
import { storedData } from './storedData';
import { UploadPanel } from './uploadPanel';

export class OwnDataPart implements Part {
  private readonly toggle: HTMLButtonElement;
  private readonly panel = element('div', 'nnplay-own-data');
  private readonly drawButton: HTMLButtonElement;
  private readonly uploadButton: HTMLButtonElement;
  private readonly downloadButton: HTMLButtonElement;
  private readonly file = element('input', 'nnplay-own-data-file');
  private readonly note = element('p', 'nnplay-own-data-note');
  private readonly drawing: DrawPanel;
  private readonly upload: UploadPanel;
  private readonly stopListening: () => void;
  private points: { train: Float32Array; test: Float32Array } = { train: new Float32Array(), test: new Float32Array() };
  /** Keys this page stored for drawn points: each is given up once newer points replace it. */
  private readonly drawnKeys = new Set<string>();
  /** The data the drawing started from or last gave the engine (dataIdentity): another means the data changed elsewhere. */
  private drawnData = '';
  private toldMissing = '';
  private locks: Locks | null = null;
  /** This part is changing the data itself: not a change made elsewhere. */
  private committing = false;

  constructor(parent: HTMLElement, private readonly context: PartContext, private readonly errors: ErrorMessage) {
    const { engine, map } = context;
    this.toggle = button(parent, 'Your own data', () => this.expand(this.panel.hidden === true));
    this.toggle.classList.add('nnplay-own-data-toggle');
    this.panel.id = uniqueId('own-data');
    this.toggle.setAttribute('aria-controls', this.panel.id);
    this.expand(false);
    const actions = element('div', 'nnplay-own-data-actions');
    this.drawButton = button(actions, 'Draw data', () => (this.drawing.active ? map.release(this.drawing.tool) : this.startDrawing()));
    this.uploadButton = button(actions, 'Upload CSV', () => this.file.click());
    this.downloadButton = button(actions, 'Download data', () => this.download());
    this.file.type = 'file';
    this.file.accept = '.csv,text/csv,text/plain';
    this.file.hidden = true;
    this.file.addEventListener('change', () => {
      const chosen = this.file.files?.[0];
      if (chosen) void this.upload.open(chosen);
      this.file.value = '';
    });
    this.drawing = new DrawPanel(map, (points) => this.drawn(points), () => this.drawButton.setAttribute('aria-pressed', 'false'), context.announce);
    this.drawButton.setAttribute('aria-pressed', 'false');
    this.upload = new UploadPanel(engine, (csv) => this.uploaded(csv));
    this.panel.append(actions, this.file, this.drawing.box, this.upload.box, this.note);
    parent.append(this.panel);
    this.acceptDrops(parent);
    this.stopListening = engine.onPoints(({ train, test }) => {
      this.points = { train, test };
    });
  }

  show(state: Readonly<PlaygroundState>, locks: Locks): void {
    this.locks = locks;
    applyLock(this.drawButton, 'drawData', locks);
    applyLock(this.uploadButton, 'uploadCsv', locks);
    applyLock(this.downloadButton, 'downloadData', locks);
    const keys = ['drawData', 'uploadCsv', 'downloadData'];
    this.toggle.hidden = keys.every((key) => locks.hidden.has(key));
    if (this.toggle.hidden) this.expand(false);
    if (this.drawing.active && !this.committing && (this.drawButton.disabled || this.drawButton.hidden || dataIdentity(state) !== this.drawnData)) {
      this.context.map.release(this.drawing.tool);
    }
    const stored = storedData.get(state.customData);
    this.note.hidden = !state.customData || stored === null;
    this.note.textContent = OWN_DATA_NOTE;
    if (state.customData && stored === null && this.toldMissing !== state.customData) {
      this.toldMissing = state.customData;
      this.errors.tell(
        'This link names data kept in the browser that made it, and this browser does not have it: the page shows generated data instead.',
      );
    }
  }

  destroy(): void {
    this.stopListening();
    this.context.map.release(this.drawing.tool);
  }

  private expand(open: boolean): void {
    this.panel.hidden = !open;
    this.toggle.setAttribute('aria-expanded', String(open));
  }

  private startDrawing(): void {
    const state = this.context.settings.get();
    const shape = shapeOfState(state, storedData.get(state.customData));
    const points = pointsOfTriples(this.points.train, this.points.test, shape.labels, shape.classes);
    this.drawnData = dataIdentity(state);
    this.drawing.start(points, state.percTrainData, { ...shape, colours: state.colours });
    this.drawButton.setAttribute('aria-pressed', 'true');
    // Every other drawn point is for testing: show those too while drawing.
    if (!state.showTestData) this.context.settings.update({ showTestData: true });
  }

  /** Points drawn: to the engine once it can take them (as new data when they fit the network). */
  private drawn(points: readonly OwnPoint[]): void {
    const state = this.context.settings.get();
    const shape = shapeOfState(state, storedData.get(state.customData));
    const dataset = ownDataset(points, shape.labels);
    if (typeof dataset === 'string') {
      this.drawing.say(dataset);
      return;
    }
    const previous = state.customData;
    const refused = this.keep(dataset, shapeOf(points, shape.labels) === shape.classes);
    if (refused === null && previous !== state.customData && this.drawnKeys.has(previous)) storedData.remove(previous);
    if (refused === null) this.drawnKeys.add(this.context.settings.get().customData);
    this.drawnData = dataIdentity(this.context.settings.get());
    this.drawing.say(refused);
  }

  private uploaded(csv: string): string | null {
    this.context.map.release(this.drawing.tool);
    const labels = csv.slice(0, csv.indexOf('\n')).endsWith(',value') ? 'values' : 'classes';
    return this.keep({ csv, labels }, false);
  }

  /** Stores `dataset` and makes it the experiment's data; a text: why the browser could not keep it. */
  private keep(dataset: OwnDataset, fits: boolean): string | null {
    let key: string;
    try {
      key = storedData.put(JSON.stringify(dataset));
    } catch (error) {
      return (error as Error).message;
    }
    const problem = dataset.labels === 'values' ? 'regression' : 'classification';
    const same = fits && this.context.settings.get().problem === problem;
    this.committing = true;
    try {
      this.context.settings.update({ customData: key, problem }, same ? 'data' : undefined);
    } finally {
      this.committing = false;
    }
    return null;
  }

  private download(): void {
    const state = this.context.settings.get();
    const { labels, classes } = shapeOfState(state, storedData.get(state.customData));
    const csv = downloadCsv(pointsOfTriples(this.points.train, this.points.test, labels, classes), labels);
    saveFile(new Blob([csv], { type: 'text/csv' }), 'nnplay-data.csv');
  }

  /** A CSV file dropped on the data column is uploaded, unless Upload CSV is hidden or locked. */
  private acceptDrops(zone: HTMLElement): void {
    const takes = (event: DragEvent): boolean =>
      !this.uploadButton.disabled && !this.uploadButton.hidden && this.locks !== null && (event.dataTransfer?.types.includes('Files') ?? false);
    zone.addEventListener('dragover', (event) => {
      if (!takes(event)) return;
      event.preventDefault();
      zone.classList.add('nnplay-own-data-drop');
    });
    zone.addEventListener('dragleave', () => zone.classList.remove('nnplay-own-data-drop'));
    zone.addEventListener('drop', (event) => {
      zone.classList.remove('nnplay-own-data-drop');
      const dropped = event.dataTransfer?.files[0];
      if (!takes(event) || !dropped) return;
      event.preventDefault();
      this.expand(true);
      void this.upload.open(dropped);
    });
  }
}
