// What autosave keeps of a playground, checked as it is read back, and when a save may be restored:
// the same experiment as the address describes. Pure, no DOM.
import type { LossHistory, NetworkWeights, Resume } from '../protocol';
import { DEFAULT_STATE, readHash, serialiseHash, type PlaygroundState } from '../state';
import type { Losses } from '../lossSeries';

export interface SavedExperiment {
  /** When it was saved, ms since 1970. */
  savedAt: number;
  /** The settings, as the address bar holds them (state.ts serialiseHash). */
  hash: string;
  /** Where the training was; null when it has not trained since it was built (the settings say it all). */
  resume: Resume | null;
  /** The loss chart's points. */
  losses: Losses;
  /** The texts the settings' keys name (own data, a loaded model), in case this browser gave them up. */
  texts: Record<string, string>;
}

/** The save of `state` with the training where `resume` says. */
export function saveOf(state: Readonly<PlaygroundState>, resume: Resume | null, losses: Losses, texts: Record<string, string>, savedAt: number): SavedExperiment {
  const copy = { epochs: [...losses.epochs], train: [...losses.train], test: [...losses.test] };
  return { savedAt, hash: serialiseHash(state), resume, losses: copy, texts };
}

/** The settings a save holds (read as a link is, so a damaged one gets the defaults where it is wrong). */
export function savedState(saved: SavedExperiment): PlaygroundState {
  return readHash(saved.hash, DEFAULT_STATE).state;
}

/**
 * Whether opening `hash` should bring `saved` back: a bare address, or one describing the same
 * experiment (a link that names no seed takes the saved ones). A link to another experiment opens
 * what it says.
 */
export function sameExperiment(hash: string, saved: SavedExperiment): boolean {
  if (hash.replace(/^#/, '') === '') return true;
  const before = savedState(saved);
  const { state } = readHash(hash, { ...DEFAULT_STATE, seed: before.seed, dataSeed: before.dataSeed });
  return serialiseHash(state) === serialiseHash(before);
}

/** The chart's saved points as a frame's loss history (a missing loss is NaN, as the engine reports it). */
export function historyOf(losses: Losses): LossHistory {
  const loss = (value: number | null): number => value ?? NaN;
  return { epochs: Int32Array.from(losses.epochs), train: Float32Array.from(losses.train, loss), test: Float32Array.from(losses.test, loss) };
}

export const restoredNote = (savedAt: number): string => `Restored your experiment from ${new Date(savedAt).toLocaleString()}.`;

export const restartedNote = (epoch: number): string =>
  `The training engine stopped and was restarted; your experiment was restored at epoch ${epoch.toLocaleString('en-US')}.`;

/** `value` read back from storage as a save, or null when it is not one (another version, damaged). */
export function readSaved(value: unknown): SavedExperiment | null {
  if (!isRecord(value)) return null;
  const { savedAt, hash, resume, losses, texts } = value;
  if (typeof savedAt !== 'number' || typeof hash !== 'string') return null;
  if (!isRecord(texts) || !Object.values(texts).every((text) => typeof text === 'string')) return null;
  if (!isLosses(losses) || !(resume === null || isResume(resume))) return null;
  return { savedAt, hash, resume, losses, texts: texts as Record<string, string> };
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isNumbers = (value: unknown): value is number[] => Array.isArray(value) && value.every((x) => typeof x === 'number');
const isLossList = (value: unknown): value is (number | null)[] => Array.isArray(value) && value.every((x) => x === null || typeof x === 'number');

function isLosses(value: unknown): value is Losses {
  if (!isRecord(value) || !isNumbers(value.epochs) || !isLossList(value.train) || !isLossList(value.test)) return false;
  return value.train.length === value.epochs.length && value.test.length === value.epochs.length;
}

function isResume(value: unknown): value is Resume {
  if (!isRecord(value) || !Number.isSafeInteger(value.epoch) || (value.epoch as number) < 0 || !isRecord(value.network)) return false;
  const { features, layers, classes } = value.network as Partial<NetworkWeights>;
  if (value.training !== undefined && !(value.training instanceof Float32Array)) return false;
  const isLayer = (layer: unknown): boolean =>
    isRecord(layer) && typeof layer.activation === 'string' && Array.isArray(layer.weights) && layer.weights.every(isNumbers) && isNumbers(layer.biases);
  return Array.isArray(features) && Array.isArray(classes) && Array.isArray(layers) && layers.every(isLayer);
}
