// Keeps the experiment on screen (settings, own data, weights, epoch, loss chart) so that nothing is
// lost: in memory, for a worker restarted after it died (restarted()), and, for the full playground,
// in IndexedDB, so that a reload, a crash or a closed tab brings it back, with a note and a
// "Start fresh" button. The engine's numbers are kept as the frames brought them; a restore gives the
// worker the weights and the epoch back (protocol.ts Resume) and the chart its points.
import type { Part, PartContext } from '../app/part';
import type { RunEvent } from '../app/training';
import type { StoredData } from '../data/storedData';
import { ErrorBox } from '../errorBox';
import type { LossSeries } from '../lossSeries';
import type { Frame, Resume } from '../protocol';
import type { PlaygroundState } from '../state';
import { historyOf, readSaved, restartedNote, restoredNote, sameExperiment, saveOf, savedState, type SavedExperiment } from './saved';
import { SaveSchedule } from './saveSchedule';
import type { SaveStore } from './saveStore';

/** Where a playground's save is kept, and the address it was opened at (to compare with the save). */
export interface SavePlace {
  store: SaveStore;
  key: string;
  hash: string;
}

export class Autosave implements Part {
  private readonly note: ErrorBox;
  private readonly schedule = new SaveSchedule();
  /** Where the training is, as the last frame of the network now showed it; null since a rebuild. */
  private resume: Resume | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Nothing is saved until the save there was has been read and restored or declined. */
  private restoring = true;
  /** Resolves on the first frame: a restore comes after it, so that frame does not replace the restored chart. */
  private firstFrame: () => void = () => {};
  private readonly stopListening: () => void;

  constructor(
    parent: HTMLElement,
    private readonly context: PartContext,
    private readonly series: LossSeries,
    private readonly texts: StoredData,
    /** null: kept in memory only (an embed or a lesson, see docs/beyond-the-playground.md). */
    private readonly place: SavePlace | null,
  ) {
    this.note = new ErrorBox(parent, 'status');
    this.stopListening = context.settings.subscribe((_state, _before, effect) => {
      if (effect === 'rebuild') this.resume = null;
      this.saveNow();
    });
    addEventListener('pagehide', this.saveNow);
    document.addEventListener('visibilitychange', this.hidden);
    const shown = new Promise<void>((resolve) => (this.firstFrame = resolve));
    const saved = place ? place.store.read(place.key).then(readSaved) : Promise.resolve(null);
    void Promise.all([saved, shown])
      .then(([save]) => this.restore(save))
      .catch(() => {})
      .finally(() => {
        // From now on the experiment on screen is the one kept: restored, or what a link opened.
        this.restoring = false;
        this.saveNow();
      });
  }

  receive(frame: Frame): void {
    this.firstFrame();
    if (frame.timeline.shown !== null) return;
    this.resume = { epoch: frame.stats.epoch, network: frame.network, ...(frame.training ? { training: frame.training } : {}) };
    if (!this.context.training.playing) this.saveNow();
    else if (this.timer === undefined) this.timer = setTimeout(this.saveNow, this.schedule.delay(performance.now()));
  }

  run(event: RunEvent): void {
    if (event === 'play' || event === 'reset' || event === 'rebuild') this.note.hide();
    if (event === 'pause') this.saveNow();
  }

  /**
   * The worker was replaced by a new, empty one: it gets the experiment back where the last frame
   * left it, and the page says so.
   */
  restarted(): void {
    const resume = this.resume;
    this.context.training.start(resume ?? undefined);
    this.note.show(restartedNote(resume?.epoch ?? 0));
  }

  destroy(): void {
    clearTimeout(this.timer);
    this.stopListening();
    removeEventListener('pagehide', this.saveNow);
    document.removeEventListener('visibilitychange', this.hidden);
  }

  private readonly hidden = (): void => {
    if (document.visibilityState === 'hidden') this.saveNow();
  };

  private readonly saveNow = (): void => {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (!this.place || this.restoring) return;
    const now = performance.now();
    this.schedule.saved(now);
    const state = this.context.settings.get();
    const save = saveOf(state, this.resume, this.series, this.textsOf(state), Date.now());
    void this.place.store.write(this.place.key, save).catch(() => {});
  };

  /** The texts the settings name, as this browser keeps them. */
  private textsOf(state: Readonly<PlaygroundState>): Record<string, string> {
    const texts: Record<string, string> = {};
    for (const key of [state.customData, state.model]) {
      const text = key ? this.texts.get(key) : null;
      if (text !== null) texts[key] = text;
    }
    return texts;
  }

  /** Brings `saved` back if it is of this address and has trained, unless the learner has started already. */
  private restore(saved: SavedExperiment | null): void {
    const resume = saved?.resume;
    if (!saved || !resume || resume.epoch === 0 || !sameExperiment(this.place!.hash, saved)) return;
    if ((this.resume?.epoch ?? 0) > 0 || this.context.training.playing) return;
    this.series.append(historyOf(saved.losses));
    this.context.training.restore(this.withTexts(savedState(saved), saved.texts), resume);
    this.resume = resume;
    this.note.show(restoredNote(saved.savedAt), { label: 'Start fresh', action: () => this.startFresh() });
  }

  /** `state` with the texts its keys name put back in this browser (under their keys now). */
  private withTexts(state: PlaygroundState, texts: Record<string, string>): PlaygroundState {
    const put = (key: string): string => {
      const text = texts[key];
      if (!key || this.texts.get(key) !== null || text === undefined) return key;
      try {
        return this.texts.put(text, key.split('-')[0]);
      } catch {
        // The browser keeps nothing more: the experiment says the data is missing, as a link from elsewhere would.
        return key;
      }
    };
    return { ...state, customData: put(state.customData), model: put(state.model) };
  }

  /** Forgets the save and goes back to epoch 0 of the experiment the address describes. */
  private startFresh(): void {
    this.note.hide();
    void this.place?.store.remove(this.place.key).catch(() => {});
    this.context.training.reset();
  }
}
