// Play, Pause, Step, Reset and Regenerate, and what each change of settings asks of the engine: a
// new experiment, new hyper-parameters for the running one, a new speed. Tells the parts what
// happened as a RunEvent, so each can react (the run bar, the messages, the announcer).
import { sessionConfig, type StoredText } from '../sessionConfig';
import { seedNumber, type PlaygroundState } from '../state';
import type { Command, Resolutions, Resume } from '../protocol';
import { InitLog } from './initLog';
import { randomSeed, type Settings, type SettingsEffect } from './settings';

/** What happened to the training; `stop` is an error that paused it. */
export type RunEvent = 'play' | 'pause' | 'step' | 'reset' | 'rebuild' | 'regenerate' | 'stop';

export class Training {
  private running = false;
  private readonly inits = new InitLog();
  private preset: Readonly<PlaygroundState> | null = null;

  constructor(
    private readonly settings: Settings,
    private readonly send: (command: Command) => void,
    private readonly resolutions: Resolutions,
    private readonly tell: (event: RunEvent) => void,
    /** The texts the settings' keys name (a loaded model), as this browser stores them. */
    private readonly stored: StoredText = () => null,
  ) {}

  get playing(): boolean {
    return this.running;
  }

  /** Starts the worker on the current settings, going on from `resume` when given (a restored experiment). */
  start(resume?: Resume): void {
    this.send({ type: 'speed', speed: this.settings.get().speed });
    this.rebuild(resume);
  }

  /**
   * The settings become `state` and the worker goes on from `resume` (a restored experiment): one
   * init at the saved epoch, not a rebuild at epoch 0 first, whose frame would empty the chart.
   */
  restore(state: Readonly<PlaygroundState>, resume: Resume): void {
    this.settings.update(state, 'view');
    this.start(resume);
  }

  play(): void {
    this.running = true;
    this.send({ type: 'play' });
    this.tell('play');
  }

  pause(): void {
    this.running = false;
    this.send({ type: 'pause' });
    this.tell('pause');
  }

  step(): void {
    this.running = false;
    this.send({ type: 'step' });
    this.tell('step');
  }

  /**
   * Pauses and trains again from the initial weights; with a preset, from the preset's settings
   * (a change of data or network is a rebuild, which starts at epoch 0 by itself).
   */
  reset(): void {
    if (this.preset && this.settings.update(this.preset) === 'rebuild') return;
    this.running = false;
    this.send({ type: 'reset' });
    this.tell('reset');
  }

  /** The settings Reset goes back to (an embed's preset), or null: Reset keeps the settings (the site's page). */
  setPreset(preset: Readonly<PlaygroundState> | null): void {
    this.preset = preset;
  }

  /**
   * The Playground's Regenerate: new data, the same network. The new data seed goes into the
   * settings (`dataSeed`; `seed` stays the weights'), so a link rebuilds what is on screen.
   */
  regenerate(): void {
    this.settings.update({ dataSeed: randomSeed() }, 'regenerate');
  }

  /**
   * The engine refused init `id`: the settings go back to the session the worker kept (true), or
   * to the defaults, built anew (false); null when there is nothing to go back to (a newer init decides).
   */
  initFailed(id: number): boolean | null {
    const fallback = this.inits.failed(id);
    if (!fallback) return null;
    this.settings.update(fallback.patch, fallback.kept ? 'live' : 'rebuild');
    return fallback.kept;
  }

  /** The worker stopped on an error (it has paused itself). */
  stopped(): void {
    this.running = false;
    this.tell('stop');
  }

  /** Passes a change of settings on to the worker. */
  readonly changed = (state: Readonly<PlaygroundState>, before: Readonly<PlaygroundState>, effect: SettingsEffect): void => {
    if (state.speed !== before.speed) this.send({ type: 'speed', speed: state.speed });
    if (effect === 'rebuild') this.rebuild();
    else if (effect === 'live') {
      const { learningRate, regularization, regularizationRate, batchSize } = state;
      this.send({ type: 'hyper', learningRate, regularization, regularizationRate, batchSize });
    } else if (effect === 'regenerate') {
      this.inits.regenerated(state.dataSeed);
      this.send({ type: 'regenerate', seed: seedNumber(state.dataSeed) });
      this.tell('regenerate');
    } else if (effect === 'data') {
      this.inits.newData(state.customData);
      this.send({ type: 'data', dataset: JSON.stringify(sessionConfig(state, this.stored).dataset) });
      this.tell('regenerate');
    }
  };

  /** A new experiment from the settings, paused: at epoch 0, or at `resume`'s epoch with its weights. */
  private rebuild(resume?: Resume): void {
    this.running = false;
    const state = this.settings.get();
    const init: Command = { type: 'init', id: this.inits.sent(state), session: sessionConfig(state, this.stored), resolutions: this.resolutions };
    this.send(resume ? { ...init, resume } : init);
    this.tell('rebuild');
  }
}

/** The engine's configuration of `state`, with the own data this browser keeps under its key. */
