// Where each neuron sits in the engine's neuronGrids order: the network inputs first, then each
// layer's units, layer by layer up to the output layer. Pure, no imports of values.
import type { NetworkWeights } from './protocol';

export interface NetworkShape {
  /** Network inputs (the active features). */
  inputs: number;
  /** Units of each layer, the output layer last. */
  layerSizes: readonly number[];
}

/** A neuron: `layer` -1 is the network inputs (`unit` is the input's index), else an index into the layers. */
export interface NeuronPosition {
  layer: number;
  unit: number;
}

/** The shape of `network`: its inputs are what its first layer reads (its features if it has no layers). */
export function shapeOf(network: NetworkWeights): NetworkShape {
  return {
    inputs: network.layers[0]?.weights[0]?.length ?? network.features.length,
    layerSizes: network.layers.map((layer) => layer.biases.length),
  };
}

/** The neuronGrids index of unit `unit` of `layer` (-1 for an input). */
export function neuronIndex(shape: NetworkShape, layer: number, unit: number): number {
  let index = shape.inputs;
  for (let l = 0; l < layer; l++) index += shape.layerSizes[l]!;
  return layer < 0 ? unit : index + unit;
}

/** The neuron at neuronGrids index `index`, or null past the output layer. */
export function neuronAt(shape: NetworkShape, index: number): NeuronPosition | null {
  if (index < 0) return null;
  if (index < shape.inputs) return { layer: -1, unit: index };
  let first = shape.inputs;
  for (const [layer, units] of shape.layerSizes.entries()) {
    if (index < first + units) return { layer, unit: index - first };
    first += units;
  }
  return null;
}
