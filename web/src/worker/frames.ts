// A frame for the page: the stats, the losses since the last frame, the output view's grid (and
// each class's probabilities, for more than two classes), every neuron's grid, the weights and the
// training state (what a new session needs to go on from them), with the buffers to transfer.
// Pure, no imports of values.
import type { EpochStats } from '@engine/nnplay.mjs';
import type { Frame, LossHistory, NetworkWeights, Resolutions, TimelineView } from '../protocol';

/** What a frame reads from a session. */
export interface FrameSource {
  networkJson(): string;
  outputGrid(resolution: number): Float32Array;
  neuronGrids(resolution: number): Float32Array;
  classGrids(resolution: number): Float32Array;
  trainingState(): Float32Array;
}

/** The network's weights, parsed from `networkJson()` only after they may have changed. */
export class NetworkCache {
  private network: NetworkWeights | undefined;

  /** The weights changed (training, an edit, a reset, a new session). */
  invalidate(): void {
    this.network = undefined;
  }

  get(session: FrameSource): NetworkWeights {
    this.network ??= readNetwork(session);
    return this.network;
  }
}

/** The session's weights now, parsed. */
export function readNetwork(session: FrameSource): NetworkWeights {
  const { features, layers, classes } = JSON.parse(session.networkJson()) as NetworkWeights;
  return { features, layers, classes };
}

export function lossHistory(epochs: readonly EpochStats[]): LossHistory {
  return {
    epochs: Int32Array.from(epochs, (e) => e.epoch),
    train: Float32Array.from(epochs, (e) => e.trainLoss),
    test: Float32Array.from(epochs, (e) => e.testLoss),
  };
}

/**
 * The frame of the network as the session has it, with `epochs`' losses for the chart (the last is
 * the network's); a frame of the past (`timeline.shown` not null) has none.
 * The output view shows neuron `inspected` (from `neuronGrid`) or, when it is null or no longer
 * exists, the output.
 */
export function buildFrame(
  session: FrameSource,
  epochs: readonly EpochStats[],
  resolutions: Resolutions,
  inspected: number | null,
  network: NetworkWeights,
  timeline: TimelineView,
  neuronGrid: (neuron: number, resolution: number) => Float32Array,
): { frame: Frame; transfer: Transferable[] } {
  const history = lossHistory(timeline.shown === null ? epochs : []);
  const neuronGrids = session.neuronGrids(resolutions.neuron);
  const neurons = neuronGrids.length / resolutions.neuron ** 2;
  const shown = inspected !== null && inspected < neurons ? inspected : null;
  const grid = shown === null ? session.outputGrid(resolutions.output) : neuronGrid(shown, resolutions.output);
  const classGrids = shown === null && network.classes.length > 2 ? session.classGrids(resolutions.output) : null;
  const training = timeline.shown === null ? session.trainingState() : null;
  const frame: Frame = { type: 'frame', stats: epochs[epochs.length - 1]!, history, grid, inspected: shown, classGrids, neuronGrids, network, training, timeline };
  const transfer = [history.epochs.buffer, history.train.buffer, history.test.buffer, grid.buffer, neuronGrids.buffer];
  for (const extra of [classGrids, training]) if (extra) transfer.push(extra.buffer);
  return { frame, transfer };
}
