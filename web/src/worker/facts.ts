// Everything the worker reads from the module that the module is about to say itself: the engine's
// facts (extent, features, activations), the features' grids, one neuron's grid, and what kind of
// error a thrown Error is. Once the module has engineFacts(), featureGrids(), Session.neuronGrid()
// and Error.kind, each function here becomes the direct call.
import type { NnplayModule, Session } from '@engine/nnplay.mjs';
import type { EngineError, EngineFacts, ErrorKind } from '../protocol';
import { ACTIVATIONS, FEATURES } from '../state';

/** A session whose network reads every feature and has no hidden layer: its input grids are the features. */
function featureSession(engine: NnplayModule): Session {
  return new engine.Session(JSON.stringify({ features: [...FEATURES], network: { hidden: [] } }));
}

/** The engine's facts; the extent is read from the grid of feature x (its right column is x = +extent). */
export function engineFacts(engine: NnplayModule): EngineFacts {
  const session = featureSession(engine);
  try {
    const gridExtent = session.neuronGrids(2)[1]!;
    return { gridExtent, features: FEATURES.map((name) => ({ name, formula: name })), activations: [...ACTIVATIONS] };
  } finally {
    session.delete();
  }
}

/** Every feature's grid at `resolution`: [feature][resolution²] in engineFacts().features order. */
export function featureGrids(engine: NnplayModule, resolution: number): Float32Array {
  const session = featureSession(engine);
  try {
    return session.neuronGrids(resolution).slice(0, FEATURES.length * resolution * resolution);
  } finally {
    session.delete();
  }
}

/** Neuron `neuron`'s grid alone (neurons.ts's order). */
export function neuronGrid(session: Session, neuron: number, resolution: number): Float32Array {
  const cells = resolution * resolution;
  return session.neuronGrids(resolution).slice(neuron * cells, (neuron + 1) * cells);
}

/** A thrown value as it crosses to the page: its message and kind. */
export function engineError(error: unknown): EngineError {
  return { message: error instanceof Error ? error.message : String(error), kind: errorKind(error) };
}

/** What kind of failure `error` is: the module's `kind`, else told by its name. */
export function errorKind(error: unknown): ErrorKind {
  if (!(error instanceof Error)) return 'internal';
  const { kind } = error as Error & { kind?: ErrorKind };
  if (kind) return kind;
  if (error.name === 'DivergenceError') return 'divergence';
  return error.name === 'NnplayError' ? 'bad-input' : 'internal';
}
