// The Advanced settings as rules on the settings: which they are, whether a link set any of them
// (the part then opens), and "New weights", which draws a new network for the same data. Pure.
import { DEFAULT_STATE, dataSeedOf, type PlaygroundState } from '../state';

/** The settings of the Advanced part, and the layers' own activations that it offers in the network's headers. */
export const ADVANCED_SETTINGS = [
  'optimizer',
  'momentum',
  'beta1',
  'beta2',
  'loss',
  'outputActivation',
  'init',
  'standardize',
  'layerActivations',
] as const satisfies readonly (keyof PlaygroundState)[];

/**
 * Whether any Advanced setting of `state` is not the Playground's (a link chose it). The
 * Playground's own initZero is not: its links open the Playground's screen.
 */
export function hasAdvancedSettings(state: Readonly<PlaygroundState>): boolean {
  const own = (key: (typeof ADVANCED_SETTINGS)[number]): boolean => key !== 'init' || state.init !== 'zeros';
  return ADVANCED_SETTINGS.some((key) => own(key) && JSON.stringify(state[key]) !== JSON.stringify(DEFAULT_STATE[key]));
}

/** New initial weights from `seed`, on the same data: the data keeps its seed in `dataSeed`. */
export function newWeights(state: Readonly<PlaygroundState>, seed: string): Partial<PlaygroundState> {
  return { seed, dataSeed: dataSeedOf(state) };
}
