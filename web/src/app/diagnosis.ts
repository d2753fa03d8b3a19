// What the page tells about a network in trouble, and the one-click fix it offers: a training that
// diverged, a hidden layer whose neurons all output 0 everywhere (dead ReLUs), a classifier whose
// output is saturated at one class everywhere. Pure: frames and settings in, text out.
import { neuronIndex, shapeOf, type NetworkShape } from '../neurons';
import type { Frame } from '../protocol';
import { LEARNING_RATES, lowerLearningRate, type PlaygroundState } from '../state';

export interface Notice {
  text: string;
  /** The learning rate to set (with a reset) as the fix; null when there is no lower one to offer. */
  fixRate: number | null;
}

/** How close to ±1 a tanh output must be to count as saturated. */
const SATURATED = 0.999;

/** The fix button's label. */
export const fixLabel = (rate: number): string => `Lower the learning rate to ${rate} and reset`;

/**
 * The message of a training that diverged, in plain words: what happened, and what to do. The
 * engine's message ("training diverged in epoch 2: the loss became NaN. … kept as they were after
 * epoch 1.") gives the facts kept here: the epoch it failed in and the epoch whose weights are shown.
 */
export function divergence(message: string, state: Readonly<PlaygroundState>): Notice {
  const failed = /\bin epoch (\d+)/.exec(message)?.[1];
  const kept = /\bafter epoch (\d+)/.exec(message)?.[1];
  const when = failed === undefined ? '' : ` in epoch ${failed}`;
  const shown = kept === undefined ? '' : ` The network is shown as it was after epoch ${kept}.`;
  return {
    text:
      `Training stopped${when}: the network’s numbers grew too large to compute, because each step ` +
      `changed the weights too much.${shown} Lower the learning rate (now ${state.learningRate}) and reset to start again.`,
    fixRate: lowerLearningRate(state.learningRate),
  };
}

/**
 * The notice for a network that cannot learn any more, or null. `cells` is the number of values per
 * neuron grid; nothing is said at epoch 0, for a network started at zero, or once training `stopped`.
 */
export function diagnose(
  frame: Pick<Frame, 'stats' | 'neuronGrids' | 'network'>,
  state: Readonly<PlaygroundState>,
  cells: number,
  stopped: boolean,
): Notice | null {
  if (frame.stats.epoch === 0 || state.initZero || stopped) return null;
  const dead = deadLayer(frame.neuronGrids, shapeOf(frame.network), cells);
  const saturated = dead === null && state.problem === 'classification' ? saturatedOutput(frame.neuronGrids, cells) : null;
  if (dead === null && saturated === null) return null;
  const why = state.activation === 'relu' ? ' (dead ReLUs)' : '';
  const cause =
    dead !== null
      ? `All neurons of hidden layer ${dead + 1} output 0 for every input${why}, so the network cannot learn any more.`
      : `The output is ${saturated} for every input: the network predicts the ${saturated === 1 ? 'positive' : 'negative'} class everywhere and is saturated, so it learns next to nothing.`;
  const { learningRate } = state;
  return {
    text: `${cause} The learning rate (${learningRate}) is probably too high.`,
    fixRate: learningRate > LEARNING_RATES[0] ? lowerLearningRate(learningRate) : null,
  };
}

/**
 * The index (from 0) of the first hidden layer all of whose neurons output exactly 0 in every cell
 * of their grids (`cells` values per neuron, neurons.ts's order), or null. The output layer is not checked.
 */
export function deadLayer(grids: ArrayLike<number>, shape: NetworkShape, cells: number): number | null {
  for (let layer = 0; layer < shape.layerSizes.length - 1; layer++) {
    const first = neuronIndex(shape, layer, 0) * cells;
    const end = first + shape.layerSizes[layer]! * cells;
    if (end > grids.length) return null;
    let dead = shape.layerSizes[layer]! > 0;
    for (let i = first; dead && i < end; i++) dead = grids[i] === 0;
    if (dead) return layer;
  }
  return null;
}

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
