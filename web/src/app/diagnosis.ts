// What the page tells about a network in trouble, and the one-click fix it offers: a training that
// diverged, a hidden layer whose neurons all output 0 everywhere (dead ReLUs), a classifier whose
// output is saturated at one class everywhere, a training loss that stays high without falling
// (oscillating or flat). Pure: frames, loss histories and settings in, text out.
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
 * neuron grid; `stalled` is LossTrend's: the mean training loss of a window without progress, or
 * null. Nothing is said at epoch 0, for a network started at zero, or once training `stopped`.
 */
export function diagnose(
  frame: Pick<Frame, 'stats' | 'neuronGrids' | 'network'>,
  state: Readonly<PlaygroundState>,
  cells: number,
  stopped: boolean,
  stalled: number | null = null,
): Notice | null {
  if (frame.stats.epoch === 0 || state.init === 'zeros' || stopped) return null;
  const dead = deadLayer(frame.neuronGrids, shapeOf(frame.network), cells);
  // A loss stalled over a whole window outranks an output saturated in this one frame, which an
  // oscillating training reaches and leaves again: the notice stays put instead of flickering.
  if (dead === null && stalled !== null) return noProgress(stalled, state);
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

/** Epochs without progress after which a high training loss gets a notice. */
export const PROGRESS_WINDOW = 200;
/** A training loss at least this high is not a network that has learned: half the loss of an output of 0 everywhere (½·1² for labels ±1). */
export const HIGH_LOSS = 0.25;
/** A new lowest loss counts as progress only if it is this much lower (relative). */
const PROGRESS = 0.001;

/**
 * Whether every hidden layer is linear (or there is none): then the whole network is one linear
 * function of its input features, however deep, and no learning rate changes what it can draw.
 */
export function linearNetwork({ networkShape, activation, layerActivations }: Readonly<PlaygroundState>): boolean {
  return networkShape.every((_, layer) => (layerActivations[layer] || activation) === 'linear');
}

/** The notice of a training loss that stays high without falling (`mean`: its mean over the window). */
export function noProgress(mean: number, state: Readonly<PlaygroundState>): Notice {
  const { learningRate } = state;
  const stalled = `The training loss has not fallen for ${PROGRESS_WINDOW} epochs and stays high (about ${mean.toFixed(2)})`;
  if (linearNetwork(state)) {
    return {
      text:
        `${stalled}: every layer of this network is linear, so the whole network is one linear function of its inputs, ` +
        'however deep, and draws a straight boundary. Choose another activation, or add features such as X₁².',
      fixRate: null,
    };
  }
  return {
    text: `${stalled}: the network is not learning. The learning rate (${learningRate}) is probably too high.`,
    fixRate: learningRate > LEARNING_RATES[0] ? lowerLearningRate(learningRate) : null,
  };
}

/**
 * The training loss over the last PROGRESS_WINDOW epochs, and the lowest one before them. It has
 * stalled when no loss of the window is lower (by PROGRESS) than that lowest one and the window's
 * mean is at least HIGH_LOSS: a loss that oscillates or stays flat. A falling loss sets a new lowest
 * in every window, so it is never stalled; a low one (a network that has learned) is not either.
 */
export class LossTrend {
  /** [epoch, loss] of the window, oldest first. */
  private window: [number, number][] = [];
  /** The lowest loss before the window; Infinity until PROGRESS_WINDOW epochs have passed. */
  private lowestBefore = Infinity;

  /**
   * Adds a frame's losses (epochs in order). The last epoch again (an edit while paused) replaces
   * its loss; an earlier epoch (a reset, a new network) starts afresh.
   */
  add(epochs: ArrayLike<number>, losses: ArrayLike<number>): void {
    for (let i = 0; i < epochs.length; i++) {
      const epoch = epochs[i]!;
      const last = this.window.at(-1)?.[0] ?? -Infinity;
      if (epoch < last) this.clear();
      else if (epoch === last) this.window.pop();
      if (!Number.isFinite(losses[i]!)) continue;
      this.window.push([epoch, losses[i]!]);
      while (this.window[0]![0] <= epoch - PROGRESS_WINDOW) this.lowestBefore = Math.min(this.lowestBefore, this.window.shift()![1]);
    }
  }

  clear(): void {
    this.window = [];
    this.lowestBefore = Infinity;
  }

  /** The window's mean loss if the training has stalled, else null. */
  get stalled(): number | null {
    if (this.window.length === 0 || this.lowestBefore === Infinity) return null;
    const losses = this.window.map(([, loss]) => loss);
    const mean = losses.reduce((sum, loss) => sum + loss, 0) / losses.length;
    return Math.min(...losses) >= this.lowestBefore * (1 - PROGRESS) && mean >= HIGH_LOSS ? mean : null;
  }
}
