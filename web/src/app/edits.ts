// The network edits the diagram offers, as rules on the settings: a change of shape within the
// Playground's limits, a feature turned on or off (never the last one).
import { FEATURES, LIMITS, type Activation, type Feature, type PlaygroundState } from '../state';

/** The Playground adds a hidden layer of two neurons. */
export const NEW_LAYER_NEURONS = 2;

/**
 * The patch that applies `edit` to the network shape, or null if that leaves nnplay's limits. The
 * layers' own activations follow: a removed layer's goes with it, a new layer has the hidden activation.
 */
export function reshaped(state: Readonly<PlaygroundState>, edit: (shape: readonly number[]) => number[]): Partial<PlaygroundState> | null {
  const networkShape = edit(state.networkShape);
  const [minNeurons, maxNeurons] = LIMITS.neurons;
  if (networkShape.length > LIMITS.hiddenLayers[1] || networkShape.some((n) => n < minNeurons || n > maxNeurons)) return null;
  const layerActivations = trimmed(state.layerActivations.slice(0, networkShape.length));
  return layerActivations.join() === state.layerActivations.join() ? { networkShape } : { networkShape, layerActivations };
}

/** The patch that gives hidden layer `layer` (0 for the first) `activation`; the hidden activation is stored as ''. */
export function layerActivation(state: Readonly<PlaygroundState>, layer: number, activation: Activation): Partial<PlaygroundState> {
  const layers = Array.from({ length: state.networkShape.length }, (_, l) => state.layerActivations[l] ?? '');
  layers[layer] = activation === state.activation ? '' : activation;
  return { layerActivations: trimmed(layers) };
}

/** `layers` without the empty entries at its end: ['relu', ''] and ['relu'] say the same. */
const trimmed = (layers: readonly string[]): string[] => {
  let end = layers.length;
  while (end > 0 && !layers[end - 1]) end -= 1;
  return layers.slice(0, end);
};

/** The patch that turns `feature` on or off, or the reason it cannot be. */
export function toggledFeature(state: Readonly<PlaygroundState>, feature: Feature): Partial<PlaygroundState> | string {
  const on = state.features.includes(feature);
  if (on && state.features.length === 1) return 'The network needs at least one feature: turn another one on first.';
  return { features: FEATURES.filter((f) => (f === feature ? !on : state.features.includes(f))) };
}
