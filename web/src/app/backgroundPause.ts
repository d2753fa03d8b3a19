// A tab in the background draws nothing (the browser holds back its animation frames), and after a
// while it stops training too, so that a forgotten tab does not keep a laptop's fan running. Back in
// front, the page says why the training paused and offers to go on.
import { ErrorBox } from '../errorBox';
import type { Part } from './part';
import type { RunEvent } from './training';

/** How long a tab may train in the background before it pauses. */
export const BACKGROUND_PAUSE_MS = 5 * 60_000;

/** The parts of a Document this uses (a fake in tests). */
export interface Visibility {
  readonly visibilityState: DocumentVisibilityState;
  addEventListener(type: 'visibilitychange', listener: () => void): void;
  removeEventListener(type: 'visibilitychange', listener: () => void): void;
}

export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(id: unknown): void;
}

export interface Pausable {
  readonly playing: boolean;
  play(): void;
  pause(): void;
}

export const backgroundNote = (ms: number): string =>
  `Training paused: the tab was in the background for ${Math.round(ms / 60_000)} minutes.`;

/**
 * Pauses `training` once the page has been hidden for `delayMs` while it trains, and then calls
 * `paused`. Returns what stops watching.
 */
export function pauseInBackground(
  page: Visibility,
  training: Pausable,
  paused: () => void,
  delayMs = BACKGROUND_PAUSE_MS,
  timers: Timers = globalThis,
): () => void {
  let timer: unknown = null;
  const cancel = (): void => {
    if (timer !== null) timers.clearTimeout(timer);
    timer = null;
  };
  const changed = (): void => {
    cancel();
    if (page.visibilityState !== 'hidden') return;
    timer = timers.setTimeout(() => {
      timer = null;
      if (!training.playing) return;
      training.pause();
      paused();
    }, delayMs);
  };
  page.addEventListener('visibilitychange', changed);
  return () => {
    cancel();
    page.removeEventListener('visibilitychange', changed);
  };
}

/** The page's side: the pause, and a note with a "Go on" button, hidden by the next run event. */
export class BackgroundPause implements Part {
  private readonly note: ErrorBox;
  private readonly stop: () => void;

  constructor(parent: HTMLElement, training: Pausable, delayMs = BACKGROUND_PAUSE_MS) {
    this.note = new ErrorBox(parent, 'status');
    this.stop = pauseInBackground(document, training, () =>
      this.note.show(backgroundNote(delayMs), { label: 'Go on', action: () => training.play() }),
    );
  }

  run(event: RunEvent): void {
    if (event === 'play' || event === 'step' || event === 'reset' || event === 'rebuild') this.note.hide();
  }

  destroy(): void {
    this.stop();
  }
}
