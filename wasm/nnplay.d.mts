// Types of the ES module Emscripten builds from wasm/bindings.cpp (3.1.6 cannot emit them).

/** Losses and metrics of one moment of training. Accuracies are NaN for regression. */
export interface EpochStats {
  epoch: number;
  trainLoss: number;
  testLoss: number;
  trainAccuracy: number;
  testAccuracy: number;
}

/**
 * One experiment: a dataset split into train and test, a network, an optimiser.
 * Created from the JSON configuration documented in docs/config.md. Free it with delete().
 */
export interface Session {
  /**
   * Trains `epochs` epochs and returns the stats after the last one. On divergence throws an Error
   * named "DivergenceError" whose message says why; the weights stay at the last good epoch.
   */
  train(epochs: number): EpochStats;
  /** The current losses and accuracies, without training. */
  evaluate(): EpochStats;
  epoch(): number;
  /** Back to the same initial weights, epoch 0. */
  reset(): void;
  /** New data from the same generator with another seed; the network and its training go on (the Playground's Regenerate). */
  regenerateData(seed: number): void;
  setLearningRate(rate: number): void;
  setRegularization(kind: string, rate: number): void;
  setBatchSize(size: number): void;
  /**
   * The network's output over a resolution × resolution grid of [-6, 6]², row-major, row 0 at the
   * top (y = 6). Two classes: a value in [-1, 1] (positive class near 1, whatever the head); more
   * classes: the index of the most likely class; regression: the prediction.
   */
  outputGrid(resolution: number): Float32Array;
  /** Every neuron's activation over the same grid: [neuron][row][col], neurons layer by layer (inputs features first). */
  neuronGrids(resolution: number): Float32Array;
  /** Raw 2-D points as x, y, label triples: label ±1 for two classes, class index for more, value for regression. */
  points(which: "train" | "test"): Float32Array;
  /** The network as JSON: {"layers":[{"weights":[[...]], "biases":[...], "activation":"tanh"}], "features":[...]} */
  networkJson(): string;
  setWeight(layer: number, to: number, from: number, value: number): void;
  setBias(layer: number, unit: number, value: number): void;
  /** {"loss", "accuracy", "classAccuracy": [...], "confusion": [[...]], "rmse", "r2"} as JSON; null where a metric does not apply. */
  metricsJson(which: "train" | "test"): string;
  /** The model file (docs/model-format.md) as JSON text; a Session can start from it via config.model. */
  modelJson(): string;
  /**
   * One gradient-descent step on one example, with every number, as JSON:
   * {inputs, target, z[layer][unit], a, delta, loss, weightGradients[layer][to][from], biasGradients,
   *  weightChanges (what the step would add), biasChanges}. Changes nothing.
   */
  traceJson(inputsJson: string, label: number): string;
  delete(): void;
}

/** Errors thrown by the engine are plain Errors with name "NnplayError" (bad input) or "DivergenceError". */
export interface NnplayModule {
  Session: new (configJson: string) => Session;
  /** The configuration JSON of one of the article's presets: "houses" or "driving". */
  presetConfig(name: string): string;
  /** Bytes the C++ heap has in use (for leak tests). */
  heapInUse(): number;
}

export default function createNnplay(options?: {
  wasmBinary?: ArrayBuffer | Uint8Array;
  locateFile?: (path: string, prefix: string) => string;
}): Promise<NnplayModule>;
