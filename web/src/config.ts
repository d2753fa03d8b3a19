// What mount() takes, and the engine configuration the worker hands to `new Session(json)`.
import type { Feature, PlaygroundState } from './state';

/** The JSON that the engine's `new Session(json)` takes; docs/config.md documents each field. */
export interface SessionConfig {
  dataset: { name: string; noise: number; trainPercent: number; seed: number };
  features: Feature[];
  network: { hidden: number[]; activation: string; output: string };
  loss: string;
  optimizer: { name: string; learningRate: number; regularization: string; regularizationRate: number };
  batchSize: number;
  shuffle: boolean;
  init: string;
  weightSeed: number;
}

/** How to mount a playground. */
export interface PlaygroundConfig {
  /** The settings to start from; those left out are TensorFlow Playground's defaults (with a random seed). */
  state?: Partial<PlaygroundState>;
  /**
   * Keep the settings in the page's URL hash: read them from it at start (over `state`) and
   * whenever it changes, and write every change back, so a link opens the same experiment.
   */
  urlHash?: boolean;
  /** Keys of controls shown but disabled (a setting's name, or "regenerate"), for a lesson's fixed settings. */
  locked?: string[];
}
