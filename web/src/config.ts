export type DatasetName = 'circle' | 'xor' | 'gauss' | 'spiral' | 'plane' | 'multigauss';
export type Feature = 'x' | 'y' | 'xSquared' | 'ySquared' | 'xTimesY' | 'sinX' | 'sinY';

/** The JSON that the engine's `new Session(json)` takes; docs/config.md documents each field. */
export interface SessionConfig {
  dataset: { name: DatasetName; noise: number; trainPercent: number; seed: number };
  features: Feature[];
  network: { hidden: number[]; activation: string; output: string };
  loss: string;
  optimizer: { name: string; learningRate: number; regularization: string; regularizationRate: number };
  batchSize: number;
  init: string;
  weightSeed: number;
}

/** What `mount` needs: the experiment, and how the page shows it. */
export interface PlaygroundConfig {
  session: SessionConfig;
  /** Cells per side of the decision-boundary grid over the input square [-6, 6]². */
  resolution: number;
  /** Epochs trained between two frames while playing. */
  epochsPerFrame: number;
}

/** A 2-4-2-1 tanh network on the circle dataset, as TensorFlow Playground opens. */
export const circleDemo: PlaygroundConfig = {
  session: {
    dataset: { name: 'circle', noise: 0, trainPercent: 50, seed: 1 },
    features: ['x', 'y'],
    network: { hidden: [4, 2], activation: 'tanh', output: 'tanh' },
    loss: 'squared',
    optimizer: { name: 'sgd', learningRate: 0.03, regularization: 'none', regularizationRate: 0 },
    batchSize: 10,
    init: 'playground',
    weightSeed: 1,
  },
  resolution: 100,
  epochsPerFrame: 2,
};
