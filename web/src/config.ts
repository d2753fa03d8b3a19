// What mount() takes, and the engine configuration the worker hands to `new Session(json)`.
import type { Feature, PlaygroundState } from './state';

/** The JSON that the engine's `new Session(json)` takes; docs/config.md documents each field. */
export interface SessionConfig {
  dataset: GeneratedDataset | OwnDataset;
  /** The features, network and standardisation, absent with a `model`, which fixes them. */
  features?: Feature[];
  /** A hidden layer is its number of neurons, or that and its own activation. */
  network?: { hidden: (number | { units: number; activation: string })[]; activation: string; output?: string };
  /** A model file (docs/model-format.md) to start from: its architecture, inputs and weights. */
  model?: object;
  loss?: string;
  optimizer: {
    name: string;
    learningRate: number;
    regularization: string;
    regularizationRate: number;
    momentum?: number;
    beta1?: number;
    beta2?: number;
  };
  standardize?: boolean;
  batchSize: number;
  shuffle: boolean;
  init: string;
  weightSeed: number;
}

/** A dataset the engine draws: `name` with its parameters. */
export interface GeneratedDataset {
  name: string;
  noise: number;
  trainPercent: number;
  seed: number;
  classes?: number;
  points?: number;
  /** The curve y = f(x) of the `function` dataset. */
  function?: string;
}

/**
 * The learner's own 2-D data (data/ownData.ts), as stored in the browser: CSV text "x1,x2,label",
 * its first `trainPercent` percent of rows for training (the page's setting when absent).
 */
export interface OwnDataset {
  csv: string;
  labels: 'classes' | 'values';
  trainPercent?: number;
}

/** What a goal watches: a loss or an accuracy (0–1) of the train or test data, or the epoch. */
export type GoalMetric = 'trainLoss' | 'testLoss' | 'trainAccuracy' | 'testAccuracy' | 'epoch';

/** A condition a learner is asked to reach, such as "test loss ≤ 0.05 within 300 epochs". */
export interface Goal {
  metric: GoalMetric;
  /** Met when the metric is at most this value (a loss). */
  atMost?: number;
  /** Met when the metric is at least this value (an accuracy, an epoch). */
  atLeast?: number;
  /** The goal must be met by this epoch; after it, it can no longer be met until Reset. */
  withinEpochs?: number;
  /** Said when the goal is met. */
  message?: string;
}

/**
 * How to mount a playground: the one configuration schema (docs/embedding.md, version 1) of the
 * page, the embed page, the custom element, the host-page API and the lessons.
 */
export interface PlaygroundConfig {
  /** The schema's version; 1 when absent. */
  version?: 1;
  /**
   * The settings to start from (the preset); those left out are TensorFlow Playground's defaults
   * (with a random seed). `state.hidden` and `state.hideText` hide controls and text.
   */
  state?: Partial<PlaygroundState>;
  /**
   * Keep the settings in the page's URL hash: read them from it at start (over `state`) and
   * whenever it changes, and write every change back, so a link opens the same experiment.
   */
  urlHash?: boolean;
  /** Keys of controls (embed/controlKeys.ts) shown but disabled, for a lesson's fixed settings. */
  locked?: string[];
  /** Conditions the widget shows, checks live and announces when met. */
  goals?: Goal[];
}
