// Messages between the page (app/engineClient.ts) and the training worker (worker/).
import type { EngineFacts, EpochStats, NnplayError } from '@engine/nnplay.mjs';

export type { EngineFacts } from '@engine/nnplay.mjs';
import type { SessionConfig } from './config';
import type { Speed } from './state';

/** Cells per side of the grids the worker computes over the input square. */
export interface Resolutions {
  /** The big output view (and a neuron shown in it). */
  output: number;
  /** Every neuron's thumbnail. */
  neuron: number;
}

/** How the engine failed: a bad setting, a training that diverged, memory, or a bug. */
export type ErrorKind = NnplayError['kind'];

/** Questions the page asks with `EngineClient.request()`, and the type of each answer. */
export interface Requests {
  /** The model file (docs/model-format.md) of the network as it is now. */
  modelJson: string;
  /** The engine's `csvPreview`: JSON {"columns", "rows", "totalRows"} of a CSV text. */
  csvPreview: string;
  /** The engine's `planeCsv`: a CSV's chosen columns as 2-D points "x1,x2,label". */
  planeCsv: string;
  /** The engine would build this configuration (a model file to load): true, or refused with the engine's error. Changes nothing. */
  checkSession: true;
  /** Answered at once: the worker is alive (app/watchdog.ts asks). */
  alive: true;
}
export type RequestName = keyof Requests;
/** What each request is asked with. */
export interface RequestArgs {
  modelJson: [];
  csvPreview: [text: string, rows: number];
  planeCsv: [text: string, x: string, y: string, label: string, labels: 'auto' | 'classes' | 'values'];
  checkSession: [config: SessionConfig];
  alive: [];
}

/**
 * A saved moment of training to go on from (autosave/): the weights as a frame showed them and the
 * epoch they were reached at. The optimiser's state (Adam's moments, say) is not saved: the engine
 * does not expose it, so training after a restore starts it afresh.
 */
export interface Resume {
  epoch: number;
  network: NetworkWeights;
  /** The session's trainingState() at that epoch; without it, training goes on with a fresh optimiser. */
  training?: Float32Array;
}

export type Command =
  /** The engine's facts, with every feature's grid at `resolution`; answered by `facts`. */
  | { type: 'facts'; resolution: number }
  /**
   * Replaces the session and pauses; answered by `points` then a `frame`, or, when the engine
   * refuses the configuration, by an `error` naming this `id` (the worker keeps the session it had).
   * With `resume`, the new session goes on from a saved moment of the same experiment.
   */
  | { type: 'init'; id: number; session: SessionConfig; resolutions: Resolutions; resume?: Resume }
  /** Trains until `pause`, one frame of epochs for each frame the page has drawn. */
  | { type: 'play' }
  | { type: 'pause' }
  /** Pauses, trains one epoch, answers one `frame`. */
  | { type: 'step' }
  /** Pauses, restores the initial weights, answers one `frame`. */
  | { type: 'reset' }
  /** New data with another seed, the network unchanged; answered by `points` then a `frame`. */
  | { type: 'regenerate'; seed: number }
  /** New data (the JSON of a config.ts OwnDataset) of the same shape, the network and its training unchanged; answered as regenerate. */
  | { type: 'data'; dataset: string }
  /** Epochs per frame while playing. */
  | { type: 'speed'; speed: Speed }
  /** Takes effect from the next minibatch, without a reset. */
  | { type: 'hyper'; learningRate: number; regularization: string; regularizationRate: number; batchSize: number }
  /** Sets one weight (into unit `to` of `layer` from unit `from` of the layer below) or bias; answered by a `frame`. */
  | { type: 'weight'; layer: number; to: number; from: number; value: number }
  | { type: 'bias'; layer: number; unit: number; value: number }
  /**
   * Pauses and shows the network as it was at `epoch`, one of the timeline's (null, or one no longer
   * kept: as it is now), without touching the training; answered by a `frame` whose timeline's
   * `answered` is `id`. Play, Step, Reset and edits go back to now.
   */
  | { type: 'timeline'; id: number; epoch: number | null }
  /** Which neuron (index into the neuron grids) the output view shows instead of the output; answered by a `frame`. */
  | { type: 'inspect'; neuron: number | null }
  /** The page has drawn `frames` frames: the worker may train that many more. */
  | { type: 'drawn'; frames: number }
  /** One gradient-descent step on training example `example`, traced; answered by `trace`. */
  | { type: 'trace'; example: number }
  /**
   * Example points of each named dataset (noise 0) for its thumbnail, of `classes` classes when
   * given (for the datasets that have a class count); answered by `samples`.
   */
  | { type: 'samples'; datasets: string[]; classes?: number }
  /** Whether frames carry `metrics` (the Metrics panel is open); on: answered by a `frame` while paused. */
  | { type: 'metrics'; on: boolean };

export type ToWorker =
  | Command
  /** A question; answered by a `reply` with the same `id`. */
  | { type: 'request'; id: number; name: RequestName; args?: RequestArgs[RequestName] };

/** Losses at the given epochs, in order; the chart's earlier points stay as they were. */
export interface LossHistory {
  epochs: Int32Array;
  train: Float32Array;
  test: Float32Array;
}

/** The network's weights, as `session.networkJson()` reads them; weights are row-major W[to][from]. */
export interface NetworkWeights {
  features: string[];
  layers: { activation: string; weights: number[][]; biases: number[] }[];
  /** The class names, index = class number ([] for regression). */
  classes: string[];
}

/**
 * The engine's metrics of one set, `session.metricsJson(which)` parsed: null where a metric does not
 * apply (accuracies for regression, RMSE and R² for classification, a class with no example).
 */
export interface MetricsReport {
  /** null when not finite */
  loss: number | null;
  accuracy: number | null;
  /** [true class] */
  classAccuracy: (number | null)[];
  /** [true class][predicted class] counts */
  confusion: number[][];
  /** [example]: each example's predicted class, in the order of `points` */
  predicted: number[];
  rmse: number | null;
  r2: number | null;
}

/**
 * The training timeline: the epochs of the weights the worker keeps (worker/timeline.ts), oldest
 * first, the last one the network now; the epoch a frame shows, null for the network now; and the
 * id of the last `timeline` command the worker had handled (0 before any).
 */
export interface TimelineView {
  epochs: number[];
  shown: number | null;
  answered: number;
}

export interface Frame {
  type: 'frame';
  /** The network now, or at `timeline.shown`. */
  stats: EpochStats;
  /** The losses since the last frame (thinned when many epochs ran); none in a frame of the past. */
  history: LossHistory;
  /** What the output view shows, row 0 at the top: the network's output, or the inspected neuron's activation. */
  grid: Float32Array;
  /** The neuron `grid` shows, null for the output. */
  inspected: number | null;
  /**
   * With more than two classes, while `grid` shows the output (each cell's most likely class):
   * each class's probability over the same grid, [class][cell] (`session.classGrids`); else null.
   */
  classGrids: Float32Array | null;
  /** Every neuron's thumbnail grid, as `session.neuronGrids` orders them (see neurons.ts). */
  neuronGrids: Float32Array;
  network: NetworkWeights;
  /** The session's trainingState() with these weights; null in a frame of the past. */
  training: Float32Array | null;
  /** Train and test metrics of the network now, when asked for (at most a few times a second while playing). */
  metrics?: { train: MetricsReport; test: MetricsReport };
  timeline: TimelineView;
}

/** Per layer: [layer][to][from] for weights, [layer][unit] for units. */
export interface StepChanges {
  weightGradients: number[][][];
  biasGradients: number[][];
  weightChanges: number[][][];
  biasChanges: number[][];
  weightsAfter: number[][][];
  biasesAfter: number[][];
}

/** One example through one gradient-descent step, as the engine traces it: `session.traceJson` (wasm/nnplay.d.mts). */
export interface ExampleTrace extends StepChanges {
  /** The network inputs and the encoded target. */
  inputs: number[];
  target: number[];
  /** [layer][unit]. */
  z: number[][];
  a: number[][];
  delta: number[][];
  loss: number;
}

/** A training example's trace (`session.traceExampleJson`), and its minibatch's step. */
export interface StepTrace extends ExampleTrace {
  example: number;
  label: number;
  lossName: string;
  minibatch: StepChanges & { examples: number[]; loss: number };
}

/** A failure as it crosses to the page. */
export interface EngineError {
  message: string;
  kind: ErrorKind;
}

export type Reply =
  | { type: 'reply'; id: number; name: RequestName; value: Requests[RequestName] }
  | { type: 'reply'; id: number; name: RequestName; error: EngineError };

export type FromWorker =
  /** The answer to `facts`; `featureGrids` is [feature][resolution²] in `facts.features` order. */
  | { type: 'facts'; facts: EngineFacts; resolution: number; featureGrids: Float32Array }
  /** The dataset as x, y, label triples. */
  | { type: 'points'; train: Float32Array; test: Float32Array }
  | Frame
  /** Each dataset's example points, x, y, label triples. */
  | { type: 'samples'; samples: { dataset: string; points: Float32Array }[] }
  /**
   * A bad configuration or a diverged training; the worker has paused, keeping the last good weights.
   * `init`: the id of the init the engine refused; the worker kept its last good session, if any.
   */
  | ({ type: 'error'; init?: number } & EngineError)
  /** `session.traceExampleJson(example)` parsed (wasm/nnplay.d.mts), with the network it was traced on. */
  | { type: 'trace'; example: number; trace: StepTrace; network: NetworkWeights }
  | Reply;
