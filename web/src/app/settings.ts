// The store of one playground's settings, and the settings it starts from.
import { colourScheme } from '../colours';
import type { PlaygroundConfig } from '../config';
import { changeEffect, DEFAULT_STATE, readHash, type ChangeEffect, type PlaygroundState, type Refusal } from '../state';
import { Store } from './store';

/**
 * What a change means (state.ts), or 'regenerate': a new seed that keeps the network and its
 * training, or 'data': new own data of the same shape (data/ownData.ts), which keeps them too.
 */
export type SettingsEffect = ChangeEffect | 'regenerate' | 'data';
export type Settings = Store<PlaygroundState, SettingsEffect>;

export function createSettings(initial: PlaygroundState): Settings {
  return new Store<PlaygroundState, SettingsEffect>(initial, changeEffect);
}

/** The Playground's seed text for a random seed: "0.12345". */
export const randomSeed = (random: () => number = Math.random): string => random().toFixed(5);

/**
 * The defaults, then `seed`, then `config.state`, then `hash` (when given); colours name a real
 * scheme. `refused`: the hash's values that were not taken.
 */
export function initialState(config: PlaygroundConfig, seed: string, hash = ''): { state: PlaygroundState; refused: Refusal[] } {
  const { state, refused } = readHash(hash, { ...DEFAULT_STATE, seed, ...config.state });
  return { state: withKnownColours(state), refused };
}

/** `state` with its colours replaced by the scheme they fall back to when unknown. */
export function withKnownColours(state: PlaygroundState): PlaygroundState {
  return { ...state, colours: colourScheme(state.colours).name };
}
