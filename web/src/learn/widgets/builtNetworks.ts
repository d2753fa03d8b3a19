// What the learner last had in each lesson's playground, kept in this browser (localStorage key
// `nnplay-learn-built`) so that lesson 9 can open the full playground with what they built. Pure:
// no DOM, no engine; the storage is passed in. Storage that fails (private mode, full) keeps nothing.
import { featureLabel } from '../../network/features';
import { DEFAULT_STATE, parseHash, serialiseHash, type PlaygroundState } from '../../state';

export const BUILT_KEY = 'nnplay-learn-built';

type Store = Pick<Storage, 'getItem' | 'setItem'>;

/** A lesson's playground as the learner left it: the full playground's URL hash, and when (ms since 1970). */
export interface Built {
  lesson: number;
  hash: string;
  savedAt: number;
}

/**
 * The full playground's URL hash of `state`, every control shown: a lesson hides what it is not
 * about, the full playground is for trying everything.
 */
export const fullPlaygroundHash = (state: Readonly<PlaygroundState>): string =>
  serialiseHash({ ...state, hidden: [], hideText: false });

function readAll(storage: Store | null): Built[] {
  try {
    const value: unknown = JSON.parse(storage?.getItem(BUILT_KEY) ?? '{}');
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return [];
    return Object.entries(value).flatMap(([lesson, entry]) => {
      const { hash, savedAt } = (entry ?? {}) as Partial<Built>;
      const number = Number(lesson);
      return Number.isInteger(number) && typeof hash === 'string' && typeof savedAt === 'number' ? [{ lesson: number, hash, savedAt }] : [];
    });
  } catch {
    return [];
  }
}

/** Keeps `hash` as what the learner built in `lesson`, replacing what that lesson had. */
export function rememberBuilt(storage: Store | null, built: Built): void {
  const all = Object.fromEntries(readAll(storage).map(({ lesson, ...entry }) => [lesson, entry]));
  all[built.lesson] = { hash: built.hash, savedAt: built.savedAt };
  try {
    storage?.setItem(BUILT_KEY, JSON.stringify(all));
  } catch {
    // Kept nowhere: lesson 9 then offers the full playground as it starts.
  }
}

/** The playground the learner touched last, in whichever lesson; null when none was kept. */
export function latestBuilt(storage: Store | null): Built | null {
  return readAll(storage).reduce<Built | null>((latest, entry) => (latest === null || entry.savedAt > latest.savedAt ? entry : latest), null);
}

/** What a kept hash holds, in words: "circle data · inputs X₁, X₂ · 3 hidden layers (4, 4, 4) · tanh activation". */
export function describeBuilt(hash: string): string {
  const state = parseHash(hash, DEFAULT_STATE);
  const data = state.problem === 'regression' ? state.regDataset : state.dataset;
  const layers = state.networkShape.length;
  return [
    `${data} data`,
    `inputs ${state.features.map(featureLabel).join(', ') || 'none'}`,
    layers === 0 ? 'no hidden layer' : `${layers} hidden layer${layers === 1 ? '' : 's'} (${state.networkShape.join(', ')})`,
    `${state.activation} activation`,
  ].join(' · ');
}
