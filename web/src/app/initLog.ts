// The experiments the page asked the worker for (each `init` with its id), so that when the engine
// refuses one the settings go back to the session the worker kept, and never name a session the
// worker does not have.
import { DEFAULT_STATE, LIVE_KEYS, REBUILD_KEYS, type PlaygroundState } from '../state';

/** Inits remembered; older ones are forgotten (a page never has this many in flight). */
const REMEMBERED = 8;
/** What the engine is built from: what a refused init takes back. */
const ENGINE_KEYS = [...REBUILD_KEYS, ...LIVE_KEYS];

/** How the settings go back after a refused init. */
export interface Fallback {
  /** The engine settings of the session the worker kept, or the defaults. */
  patch: Partial<PlaygroundState>;
  /** The worker kept a session (no new init needed); false: it has none, build the defaults. */
  kept: boolean;
}

export class InitLog {
  /** The inits sent and not refused, oldest first. */
  private readonly inits: { id: number; state: PlaygroundState }[] = [];
  private lastId = 0;

  /** An init of `state` is being sent: its id. */
  sent(state: Readonly<PlaygroundState>): number {
    this.inits.push({ id: ++this.lastId, state: { ...state } });
    this.inits.splice(0, this.inits.length - REMEMBERED);
    return this.lastId;
  }

  /** New data for whatever session the worker has (Regenerate): every session it may keep has it. */
  regenerated(dataSeed: string): void {
    for (const init of this.inits) init.state.dataSeed = dataSeed;
  }

  /** New own data for the session the worker has (Draw data): as regenerated. */
  newData(customData: string): void {
    for (const init of this.inits) init.state.customData = customData;
  }

  /**
   * Init `id` was refused and the worker kept the session it had. The worker answers in order, so
   * every init before it has been answered and the one logged before it is the session kept. Null
   * when a newer init was sent since (that one decides), or when the defaults themselves were refused.
   */
  failed(id: number): Fallback | null {
    const at = this.inits.findIndex((init) => init.id === id);
    if (at < 0) return null;
    const [refused] = this.inits.splice(at, 1);
    if (at < this.inits.length) return null;
    const kept = this.inits.at(-1);
    if (kept) return { patch: pick(kept.state, ENGINE_KEYS), kept: true };
    // No session at all: the defaults, with the seeds of the refused settings (any seed works).
    const defaults = pick(DEFAULT_STATE, ENGINE_KEYS.filter((key) => key !== 'seed' && key !== 'dataSeed'));
    const already = Object.entries(defaults).every(([key, value]) => same(value, refused!.state[key as keyof PlaygroundState]));
    return already ? null : { patch: defaults, kept: false };
  }
}

function pick(state: Readonly<PlaygroundState>, keys: readonly (keyof PlaygroundState)[]): Partial<PlaygroundState> {
  return Object.fromEntries(keys.map((key) => [key, state[key]])) as Partial<PlaygroundState>;
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);
