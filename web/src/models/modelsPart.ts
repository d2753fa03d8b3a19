// Models in and out, under a "Model and files" button in the output options (collapsed, so the
// Playground's screen stays as it was): "Download model" (the engine's model file), "Load model"
// (a model file from the page or the CLI; the engine must take it on the page's data before
// anything changes, and the file is kept in this browser under the settings' `model` key),
// "Download loss history" (CSV) and "Download picture" (the output map as PNG).
import type { Locks } from '../app/locks';
import type { Part, PartContext } from '../app/part';
import type { StoredData } from '../data/storedData';
import { saveFile } from '../figure/saveFile';
import { checkFileSize, MAX_MODEL_FILE_BYTES } from '../fileSize';
import type { LossSeries } from '../lossSeries';
import type { ErrorMessage } from '../parts/messages';
import type { Frame } from '../protocol';
import { sessionConfig } from '../sessionConfig';
import type { PlaygroundState } from '../state';
import { applyLock, button, element, uniqueId } from '../widgets';
import { lossCsv } from './lossCsv';
import { mapPicture } from './mapPicture';
import { keepsModel, modelSettings, readModelFile } from './modelFile';
import './models.css';

/** The key a model being checked goes by, before the browser keeps it. */
const CHECKING = 'model-being-checked';

export class ModelsPart implements Part {
  private readonly box = element('div', 'nnplay-models');
  private readonly toggle: HTMLButtonElement;
  private readonly group = element('div', 'nnplay-models-buttons');
  private readonly picker = element('input', 'nnplay-models-picker');
  /** Each button with its control key; the downloads wait for a frame. */
  private readonly controls: { button: HTMLButtonElement; key: string; needsFrame: boolean }[];
  private frame: Frame | undefined;
  private locks: Locks | undefined;
  /** The missing model the learner was told about. */
  private toldMissing = '';
  private readonly stopWatching: () => void;

  constructor(
    parent: HTMLElement,
    /** The output view: its map's canvases make the picture. */
    private readonly map: HTMLElement,
    private readonly context: PartContext,
    private readonly errors: ErrorMessage,
    private readonly losses: LossSeries,
    private readonly stored: StoredData,
  ) {
    this.group.id = uniqueId('models');
    this.group.setAttribute('role', 'group');
    this.group.setAttribute('aria-label', 'Model and files');
    this.group.hidden = true;
    this.toggle = button(this.box, 'Model and files', () => this.expand(this.toggle.getAttribute('aria-expanded') !== 'true'));
    this.toggle.setAttribute('aria-expanded', 'false');
    this.toggle.setAttribute('aria-controls', this.group.id);
    this.controls = [
      { button: button(this.group, 'Download model', () => void this.downloadModel()), key: 'downloadModel', needsFrame: true },
      { button: button(this.group, 'Load model', () => this.picker.click()), key: 'loadModel', needsFrame: false },
      { button: button(this.group, 'Download loss history', () => this.downloadLosses()), key: 'downloadLossHistory', needsFrame: true },
      { button: button(this.group, 'Download picture', () => void this.downloadPicture()), key: 'downloadPicture', needsFrame: true },
    ];
    this.picker.type = 'file';
    this.picker.accept = '.json,application/json';
    this.picker.hidden = true;
    this.picker.addEventListener('change', () => {
      const file = this.picker.files?.[0];
      this.picker.value = '';
      if (file) void this.load(file);
    });
    this.box.append(this.group, this.picker);
    parent.append(this.box);
    // The settings subscribe before mount()'s own listeners: a change of network drops the model before it is rebuilt.
    this.stopWatching = context.settings.subscribe((state, before) => {
      if (state.model && state.model === before.model && !keepsModel(before, state)) context.settings.update({ model: '' });
    });
    this.enable();
  }

  show(_state: Readonly<PlaygroundState>, locks: Locks): void {
    this.locks = locks;
    for (const { button, key } of this.controls) applyLock(button, key, locks);
    this.box.hidden = this.controls.every(({ button }) => button.hidden);
    this.enable();
  }

  draw(frame: Frame, state: Readonly<PlaygroundState>): void {
    const first = !this.frame;
    this.frame = frame;
    if (first) this.enable();
    // Said with the frame of the network built instead (a rebuild clears the messages before it).
    if (state.model && state.model !== this.toldMissing && this.stored.get(state.model) === null) {
      this.toldMissing = state.model;
      this.errors.tell(
        'This link names a model loaded in another browser (a model file is kept only where it was loaded): the network starts from new weights. Load the model file to use it.',
      );
    }
  }

  destroy(): void {
    this.stopWatching();
  }

  private expand(open: boolean): void {
    this.group.hidden = !open;
    this.toggle.setAttribute('aria-expanded', String(open));
  }

  private enable(): void {
    for (const { button, key, needsFrame } of this.controls) {
      button.disabled = Boolean(this.locks?.locked.has(key)) || (needsFrame && !this.frame);
    }
  }

  /** The start of each file's name: nnplay, the dataset and the epoch. */
  private fileName(epoch: number): string {
    const state = this.context.settings.get();
    return `nnplay-${state.problem === 'classification' ? state.dataset : state.regDataset}-${epoch}-epochs`;
  }

  private async downloadModel(): Promise<void> {
    try {
      const model = await this.context.engine.request('modelJson');
      const epoch = (JSON.parse(model) as { training: { epoch: number } }).training.epoch;
      saveFile(new Blob([model], { type: 'application/json' }), `${this.fileName(epoch)}.model.json`);
    } catch (error) {
      this.errors.tell(`The model could not be saved: ${(error as Error).message}`);
    }
  }

  private downloadLosses(): void {
    if (!this.frame) return;
    const csv = lossCsv(this.losses.upTo(this.frame.stats.epoch));
    saveFile(new Blob([csv], { type: 'text/csv' }), `${this.fileName(this.frame.stats.epoch)}.loss-history.csv`);
  }

  private async downloadPicture(): Promise<void> {
    if (!this.frame) return;
    const name = `${this.fileName(this.frame.stats.epoch)}.png`;
    try {
      saveFile(await mapPicture([...this.map.querySelectorAll<HTMLCanvasElement>('.nnplay-heatmap-frame canvas')]), name);
    } catch (error) {
      this.errors.tell(`The picture could not be made: ${(error as Error).message}`);
    }
  }

  /**
   * Loads the model file `file`: the page reads it, the engine builds it on the page's data, and
   * only then do the settings change (to the model's network, kept under a new `model` key). On any
   * refusal the message says why and the experiment is as it was.
   */
  private async load(file: File): Promise<void> {
    const { settings, engine, training } = this.context;
    try {
      checkFileSize(file.size, MAX_MODEL_FILE_BYTES, 'a model file');
      const text = await file.text();
      const state = settings.get();
      const patch = modelSettings(readModelFile(text), state);
      const config = sessionConfig({ ...state, ...patch, model: CHECKING }, (key) => (key === CHECKING ? text : this.stored.get(key)));
      await engine.request('checkSession', config);
      // Loading the model on screen again starts it afresh: its weights are the session's initial ones.
      if (settings.update({ ...patch, model: this.stored.put(text, 'model') }) === undefined) training.reset();
    } catch (error) {
      this.errors.tell(`${file.name} was not loaded: ${(error as Error).message.replace(/\.?$/, '.')} The experiment is as it was.`);
    }
  }
}
