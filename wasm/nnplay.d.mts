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
 * Numbers passed to the module are checked as they enter: counts and indices (epochs, batch size,
 * layer, neuron, resolution, seed) must be whole numbers (NaN, 2.5 or 2³² are refused, never
 * rounded or wrapped around), and values (weights, biases, rates, trace inputs and label) finite as
 * a 32-bit float (|x| ≤ 3.4e38; 1e39 is refused, not stored as infinity).
 *
 * What the module throws: a plain Error with a `name` and a `kind` to branch on (never the message):
 * - kind "bad-input": a bad configuration, model, argument or request (name "NnplayError");
 * - kind "divergence": training diverged, the weights are those of the last good epoch (name "DivergenceError");
 * - kind "out-of-memory": the engine ran out of memory; the message says while doing what (name "NnplayError");
 * - kind "internal": anything else, a bug in nnplay (name "NnplayError").
 * A failed call leaks nothing and leaves the Session as it was.
 */
export interface NnplayError extends Error {
  name: 'NnplayError' | 'DivergenceError';
  kind: 'bad-input' | 'divergence' | 'out-of-memory' | 'internal';
}

/** What the page needs to know of the engine, read from it instead of copied. */
export interface EngineFacts {
  gridExtent: number;
  features: { name: string; formula: string }[];
  activations: string[];
}

/**
 * One experiment: a dataset split into train and test, a network, an optimiser.
 * Created from the JSON configuration documented in docs/config.md. Free it with delete().
 * Every method may throw an NnplayError.
 */
export interface Session {
  /**
   * Trains `epochs` epochs and returns the stats after the last one. On divergence throws an Error
   * of kind "divergence" (name "DivergenceError") whose message says why.
   */
  train(epochs: number): EpochStats;
  /** The current losses and accuracies, without training. */
  evaluate(): EpochStats;
  epoch(): number;
  /** Back to the same initial weights, epoch 0; the loss history is freed. */
  reset(): void;
  /** New data from the same generator with another seed; the network and its training go on (the Playground's Regenerate). */
  regenerateData(seed: number): void;
  /**
   * Replaces the data with the JSON text of a `dataset` object (docs/config.md), such as
   * `{"csv": "x1,x2,label\n…", "testCsv": …}`; the network, its training and the epoch go on. The new
   * data must have as many inputs and classes (or be regression data too); else an error, and nothing changes.
   */
  setData(datasetJson: string): void;
  setLearningRate(rate: number): void;
  setRegularization(kind: string, rate: number): void;
  /** 1 to 100000, the limit of the configuration's batchSize. */
  setBatchSize(size: number): void;
  /**
   * The network's output over a resolution × resolution grid of [-gridExtent, gridExtent]²,
   * row-major, row 0 at the top (y = +gridExtent), column 0 at x = −gridExtent. Two classes: a value
   * in [-1, 1] (positive class near 1, whatever the head); more classes: the index of the most
   * likely class; regression: the prediction.
   *
   * Grid budget: one grid call may use at most 256 MB. A call at resolution r over a network of n
   * neurons (inputs and every unit) needs about r² × (2 + 3n) × 4 bytes; a request beyond that is
   * refused (kind "bad-input", naming the largest resolution this network allows) before anything
   * is freed or allocated. The page's 100² output and 36² neuron grids are far below it. After any
   * failed call, grids and the Session work as before.
   */
  outputGrid(resolution: number): Float32Array;
  /**
   * Every neuron's activation over the same grid, [neuron][row][col]. Neurons in this order: the
   * network inputs first (the features, after standardisation if any), then each layer's units
   * from the first hidden layer to the output layer. One forward pass serves this and outputGrid
   * at the same resolution until the weights change.
   */
  neuronGrids(resolution: number): Float32Array;
  /**
   * outputGrid and neuronGrids written into `target`, a Float32Array of exactly the grid's length
   * (resolution² for the output, neurons × resolution² for the neurons) that the caller keeps
   * between calls: one copy out of the engine and no allocation, for grids drawn every frame. A
   * target of another length or type is refused (kind "bad-input") and left as it was.
   */
  outputGridInto(resolution: number, target: Float32Array): void;
  neuronGridsInto(resolution: number, target: Float32Array): void;
  /** Neuron `neuron` (numbered as in neuronGrids) alone: only what it depends on is computed. [row][col] */
  neuronGrid(neuron: number, resolution: number): Float32Array;
  /**
   * Each class's probability over the same grid, [class][row][col], for a softmax output (one
   * unit per class) or a sigmoid one (two classes: 1 − p, then p); any other output is refused
   * (kind "bad-input"). Class k is `networkJson().classes[k]`.
   */
  classGrids(resolution: number): Float32Array;
  /** Raw 2-D points as x, y, label triples: label ±1 for two classes, class index for more, value for regression. */
  points(which: 'train' | 'test'): Float32Array;
  /**
   * The network as JSON: {"inputs", "features", "layers": [{"activation", "weights": [to][from], "biases", "names"?}],
   * "classes": [class names, index = class number; [] for regression]}
   */
  networkJson(): string;
  setWeight(layer: number, to: number, from: number, value: number): void;
  setBias(layer: number, unit: number, value: number): void;
  /**
   * {"loss", "accuracy", "classAccuracy": [per true class], "confusion": [true][predicted],
   * "predicted": [per example, in the order of points(which)], "rmse", "r2"} as JSON; null where a
   * metric does not apply, empty lists for regression.
   */
  metricsJson(which: 'train' | 'test'): string;
  /** The model file (docs/model-format.md) as JSON text; `new Session(JSON.stringify({model}))` starts from it. */
  modelJson(): string;
  /**
   * One gradient-descent step on one example (raw inputs, label a class index or a value), with
   * every number, as JSON: {inputs, target, z[layer][unit], a, delta, loss,
   * weightGradients[layer][to][from], biasGradients, weightChanges (what the step would add, with
   * the optimiser's present state), biasChanges}. Changes nothing.
   */
  traceJson(inputs: ArrayLike<number> | Float32Array, label: number): string;
  /**
   * Every weight and bias as they are now, layer by layer from the first hidden layer to the
   * output: each layer's weights column by column (W[0][0], W[1][0], …, W[0][1], …), then its
   * biases. Kept, it lets the network of this epoch be looked at again later (restore).
   */
  snapshot(): Float32Array;
  /**
   * Puts a snapshot of this network back: the weights and biases only. The optimiser's state, the
   * epoch and the loss history stay, so restoring the newest snapshot after looking at an older one
   * leaves training exactly where it was. Refused (kind "bad-input", nothing changed) when the
   * length is not this network's or a value is not finite.
   */
  restore(parameters: ArrayLike<number> | Float32Array): void;
  /**
   * What training carries between epochs besides the weights and the epoch: the optimiser's step
   * count, moments and dead weights, the gradients of a partial batch carried over, the shuffle's
   * generator. A new session of the same configuration given a snapshot, this and the epoch trains
   * on exactly as this one would.
   */
  trainingState(): Float32Array;
  /**
   * Puts a training state of this network back. Refused (kind "bad-input", nothing changed) when it
   * was not written for this network, or a number in it is out of place.
   */
  restoreTrainingState(state: ArrayLike<number> | Float32Array): void;
  /**
   * traceJson of training example `index` (the order of `points('train')`), with `example`, `label`
   * and `minibatch`: {examples (training indices: this one and the next batch size − 1, wrapping
   * round), loss (their mean), weightGradients, biasGradients (mean), weightChanges, biasChanges
   * (what one step on that minibatch would add)}. Changes nothing.
   */
  traceExampleJson(index: number): string;
  delete(): void;
}

export interface NnplayModule {
  /** Refused: text that is not a JSON object, or nested more than 64 objects and lists deep. */
  Session: new (configJson: string) => Session;
  /** The configuration JSON of one of the article's presets: "houses" or "driving". */
  presetConfig(name: string): string;
  /** A CSV's header and first `rows` rows as text, split as the engine reads them: JSON {"columns", "rows", "totalRows"}. */
  csvPreview(text: string, rows: number): string;
  /**
   * A CSV's columns `x`, `y` and `label` as 2-D points CSV "x1,x2,label" in the map's square (core/plane_data.h:
   * shuffled, inputs beyond ±6 scaled to ±5, targets beyond ±1 to ±1, classes as 0, 1, …); `labels` "auto",
   * "classes" or "values". Errors name the line and column.
   */
  planeCsv(text: string, x: string, y: string, label: string, labels: string): string;
  /** The grid extent, the input features (in the engine's order) with their formulas, the activations. */
  engineFacts(): EngineFacts;
  /**
   * Every feature of engineFacts().features, in that order, over the resolution² grid of
   * [−gridExtent, gridExtent]² (row 0 at y = +gridExtent, column 0 at x = −gridExtent):
   * [feature][row][col], unscaled.
   */
  featureGrids(resolution: number): Float32Array;
  /** Bytes the C++ heap has in use (for leak tests). */
  heapInUse(): number;
}

export default function createNnplay(options?: {
  wasmBinary?: ArrayBuffer | Uint8Array;
  locateFile?: (path: string, prefix: string) => string;
}): Promise<NnplayModule>;
