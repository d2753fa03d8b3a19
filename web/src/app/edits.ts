// The network edits the diagram offers, as rules on the settings: a change of shape within the
// Playground's limits, a feature turned on or off (never the last one).
import { FEATURES, LIMITS, type Feature, type PlaygroundState } from '../state';

/** The Playground adds a hidden layer of two neurons. */
export const NEW_LAYER_NEURONS = 2;

/** The patch that applies `edit` to the network shape, or null if that leaves the Playground's limits. */
export function reshaped(state: Readonly<PlaygroundState>, edit: (shape: readonly number[]) => number[]): Partial<PlaygroundState> | null {
  const networkShape = edit(state.networkShape);
  const [minNeurons, maxNeurons] = LIMITS.neurons;
  if (networkShape.length > LIMITS.hiddenLayers[1] || networkShape.some((n) => n < minNeurons || n > maxNeurons)) return null;
  return { networkShape };
}

/** The patch that turns `feature` on or off, or the reason it cannot be. */
export function toggledFeature(state: Readonly<PlaygroundState>, feature: Feature): Partial<PlaygroundState> | string {
  const on = state.features.includes(feature);
  if (on && state.features.length === 1) return 'The network needs at least one feature: turn another one on first.';
  return { features: FEATURES.filter((f) => (f === feature ? !on : state.features.includes(f))) };
}
