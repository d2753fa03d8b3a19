// What a playground tells the code that mounted it (the host-page API, the custom element's DOM
// events, a lesson): typed events with their details, and the throttle of the `epoch` event.
import type { EngineError } from '../protocol';
import type { EpochStats } from '@engine/nnplay.mjs';
import type { Goal } from '../config';

export interface PlaygroundEvents {
  /** The first frame is on screen: the playground answers every method. */
  ready: EpochStats;
  /** The training moved on: at most one every EPOCH_EVENT_MS while playing, and after every step, reset or rebuild. */
  epoch: EpochStats;
  /** Goal `index` of the configuration was met at `stats.epoch`. */
  goalReached: { index: number; goal: Goal; stats: EpochStats };
  /** The training diverged and paused; the weights are those of the last good epoch. */
  diverged: EngineError;
  /** A setting the engine refused, or a failure of the engine or its worker. */
  error: EngineError;
}
export type PlaygroundEvent = keyof PlaygroundEvents;

export const EPOCH_EVENT_MS = 250;

export class Events {
  private readonly listeners = new Map<PlaygroundEvent, Set<(detail: never) => void>>();

  /** Calls `listener` with the detail of every `event`; returns what stops that. */
  on<E extends PlaygroundEvent>(event: E, listener: (detail: PlaygroundEvents[E]) => void): () => void {
    const set = this.listeners.get(event) ?? new Set();
    this.listeners.set(event, set);
    set.add(listener as (detail: never) => void);
    return () => set.delete(listener as (detail: never) => void);
  }

  emit<E extends PlaygroundEvent>(event: E, detail: PlaygroundEvents[E]): void {
    for (const listener of [...(this.listeners.get(event) ?? [])]) (listener as (detail: PlaygroundEvents[E]) => void)(detail);
  }
}

/**
 * Whether a frame's stats become an `epoch` event: the first, any frame while not playing (a step,
 * a reset, a rebuild), and while playing at most one per EPOCH_EVENT_MS of `now`.
 */
export class EpochThrottle {
  private last = -Infinity;

  take(now: number, playing: boolean): boolean {
    if (playing && now - this.last < EPOCH_EVENT_MS) return false;
    this.last = now;
    return true;
  }
}
