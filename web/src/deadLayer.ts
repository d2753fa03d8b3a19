// Signs that a network can learn no more: a hidden layer whose neurons all output exactly 0
// everywhere (dead ReLUs), or a classifier whose output is saturated at one class everywhere.
// Pure, no imports (tests/web/deadLayer.test.mjs loads this file alone).

/**
 * The index (from 0) of the first hidden layer all of whose neurons output exactly 0 in every cell
 * of their grids, or null. `grids` holds `cells` values per neuron in the engine's neuron order:
 * the `features` inputs, then each layer's units; `layerSizes` counts each layer's units, the output
 * layer last (it is not checked).
 */
export function deadLayer(grids: ArrayLike<number>, features: number, layerSizes: readonly number[], cells: number): number | null {
  let first = features * cells;
  for (let layer = 0; layer < layerSizes.length - 1; layer++) {
    const end = first + layerSizes[layer]! * cells;
    if (end > grids.length) return null;
    let dead = layerSizes[layer]! > 0;
    for (let i = first; dead && i < end; i++) dead = grids[i] === 0;
    if (dead) return layer;
    first = end;
  }
  return null;
}

/** How close to ±1 a tanh output must be to count as saturated. */
const SATURATED = 0.999;

/**
 * +1 or −1 when the output neuron's grid (the last `cells` values of `grids`) is saturated at that
 * value in every cell — the classifier predicts one class everywhere, and its gradients vanish —
 * else null.
 */
export function saturatedOutput(grids: ArrayLike<number>, cells: number): 1 | -1 | null {
  if (grids.length < cells || cells === 0) return null;
  const sign = grids[grids.length - 1]! > 0 ? 1 : -1;
  for (let i = grids.length - cells; i < grids.length; i++) {
    if (grids[i]! * sign < SATURATED) return null;
  }
  return sign;
}
