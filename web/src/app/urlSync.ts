// Keeps a playground's settings in the page's URL hash: every change is written back, and a link
// pasted into the address bar (or the back button) becomes the settings. Installed only when asked.
import { DEFAULT_STATE, readHash, serialiseHash, type PlaygroundState, type Refusal } from '../state';
import type { Settings } from './settings';
import { withKnownColours } from './settings';

/**
 * The settings `hash` holds over the defaults (keeping `current`'s seeds when it names no seed) and
 * the values not taken, or null when it is the hash of `current` (the change was our own).
 */
export function stateFromHash(hash: string, current: Readonly<PlaygroundState>): { state: PlaygroundState; refused: Refusal[] } | null {
  if (hash.replace(/^#/, '') === serialiseHash(current)) return null;
  const seeds = /(^|[#&])seed=/.test(hash) ? { seed: current.seed } : { seed: current.seed, dataSeed: current.dataSeed };
  const { state, refused } = readHash(hash, { ...DEFAULT_STATE, ...seeds });
  return { state: withKnownColours(state), refused };
}

/** The window parts urlSync uses. */
export interface HashWindow {
  location: { hash: string };
  history: { state: unknown; replaceState(data: unknown, unused: string, url: string): void };
  addEventListener(type: 'hashchange', listener: () => void): void;
  removeEventListener(type: 'hashchange', listener: () => void): void;
}

/**
 * Writes the settings to the hash now and after every change, and reads hash changes, telling
 * `refused` the values of a pasted link that were not taken; returns the uninstaller.
 */
export function installUrlSync(settings: Settings, window: HashWindow, refused: (values: Refusal[]) => void = () => {}): () => void {
  const write = (state: Readonly<PlaygroundState>): void =>
    window.history.replaceState(window.history.state, '', `#${serialiseHash(state)}`);
  const hashChanged = (): void => {
    const next = stateFromHash(window.location.hash, settings.get());
    if (!next) return;
    settings.update(next.state);
    refused(next.refused);
  };
  write(settings.get());
  const unsubscribe = settings.subscribe(write);
  window.addEventListener('hashchange', hashChanged);
  return () => {
    unsubscribe();
    window.removeEventListener('hashchange', hashChanged);
  };
}
