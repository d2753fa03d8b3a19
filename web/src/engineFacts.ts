// The engine's facts on the page: the input square's extent and the features' grids, as the worker
// sent them in its `facts` message (the module's engineFacts() and featureGrids()). Every playground on
// a page runs the same engine, so one copy serves them all. Pure, no imports of values.
import type { EngineFacts, FromWorker } from './protocol';

let known: Extract<FromWorker, { type: 'facts' }> | undefined;

export function setEngineFacts(message: Extract<FromWorker, { type: 'facts' }>): void {
  known = message;
}


function facts(): EngineFacts {
  if (!known) throw new Error('The engine facts have not arrived yet.');
  return known.facts;
}

/** Half the side of the input square [-extent, extent]² that the grids and the points cover. */
export function gridExtent(): number {
  return facts().gridExtent;
}

/**
 * Feature `name` over the resolution² grid (row 0 at y = +extent, column 0 at x = −extent), unscaled
 * as the engine computes it; 0 everywhere for a feature or resolution the engine did not send.
 */
export function featureGrid(name: string, resolution: number): Float32Array {
  const cells = resolution * resolution;
  const index = facts().features.findIndex((feature) => feature.name === name);
  if (index < 0 || resolution !== known!.resolution) return new Float32Array(cells);
  return known!.featureGrids.slice(index * cells, (index + 1) * cells);
}
