// The workloads of issue 13, as nnplay configurations (docs/config.md, the shapes of bench/bench.cpp),
// and the problem every contender is handed: the same points, the same inputs, the same initial
// weights, all read from an nnplay Session so no contender generates data of its own.
const SPIRAL_FEATURES = ['x', 'y', 'xSquared', 'ySquared', 'xTimesY', 'sinX', 'sinY'];

/** TensorFlow Playground's default: circle, 250 training points, x and y, [4, 2] tanh, batch 10, lr 0.03. */
const playgroundDefault = {
  dataset: { name: 'circle', noise: 0, trainPercent: 50, seed: 1 },
  features: ['x', 'y'],
  network: { hidden: [4, 2], activation: 'tanh', output: 'tanh' },
  loss: 'squared',
  optimizer: { name: 'sgd', learningRate: 0.03, regularization: 'none', regularizationRate: 0 },
  batchSize: 10,
  shuffle: false,
  init: 'playground',
  weightSeed: 1,
};

/** Spiral, all 7 features, 6 layers of 8 ReLU, L2 0.001. */
const deepSpiral = {
  ...playgroundDefault,
  dataset: { ...playgroundDefault.dataset, name: 'spiral' },
  features: SPIRAL_FEATURES,
  network: { hidden: [8, 8, 8, 8, 8, 8], activation: 'relu', output: 'tanh' },
  optimizer: { name: 'sgd', learningRate: 0.03, regularization: 'L2', regularizationRate: 0.001 },
};

/** Three spiral arms (300 training points), x and y, [16, 16] tanh, softmax, Adam. */
const threeSpirals = {
  ...playgroundDefault,
  dataset: { name: 'spirals', classes: 3, noise: 0, trainPercent: 50, seed: 1 },
  network: { hidden: [16, 16], activation: 'tanh', output: 'softmax' },
  loss: 'cross_entropy',
  optimizer: { name: 'adam', learningRate: 0.01, regularization: 'none', regularizationRate: 0 },
};

/**
 * kind "training": examples per second of training; "grids": ms per evaluation of every neuron and
 * the output over the grid; "frame": ms per playground frame (the epochs of one frame, train and test
 * loss, the neuron grids and the output grid at the page's resolutions).
 * learnEpochs and minAccuracy: the check that a contender learns the task before it is timed.
 * pinEpochs: the grids are timed on a network trained this long from the shared initial weights.
 */
export const WORKLOADS = [
  { id: 'W1', title: 'train, Playground default', kind: 'training', unit: 'examples/s', config: playgroundDefault, learnEpochs: 100, minAccuracy: 0.9 },
  { id: 'W2', title: 'train, spiral 7 features 6×8 ReLU', kind: 'training', unit: 'examples/s', config: deepSpiral, learnEpochs: 100, minAccuracy: 0.9 },
  { id: 'W3', title: 'every neuron of W2 on a 100×100 grid', kind: 'grids', unit: 'ms', config: deepSpiral, pinEpochs: 50, resolution: 100 },
  { id: 'W4', title: 'one playground frame of W2', kind: 'frame', unit: 'ms', config: deepSpiral, frameEpochs: 20, neuronResolution: 36, outputResolution: 100 },
  { id: 'W5', title: 'train, 3 spirals [16,16] tanh softmax Adam', kind: 'training', unit: 'examples/s', config: threeSpirals, learnEpochs: 300, minAccuracy: 0.85 },
];

/** A network is started again from its initial weights after this many epochs, as bench/bench.cpp does. */
const EPOCHS_BEFORE_RESET = 2000;

/**
 * What a contender needs to build the workload's network: layers [{weights [to][from], biases,
 * activation}] with nnplay's initial weights; train and test examples {inputs: Float32Array of the
 * network's inputs (features computed by the engine), label: ±1 for two classes, else the class index};
 * gridInputs(resolution): the grid's network inputs, one row of `inputs` per cell (row 0 at the top).
 */
export function problemFor(nnplay, config) {
  const session = new nnplay.Session(JSON.stringify(config));
  try {
    const network = JSON.parse(session.networkJson());
    const examples = (which) => {
      const points = session.points(which);
      return Array.from({ length: points.length / 3 }, (_, i) => ({
        inputs: Float32Array.from(JSON.parse(session.traceJson([points[3 * i], points[3 * i + 1]], 0)).inputs),
        label: points[3 * i + 2],
      }));
    };
    const engineFeatures = nnplay.engineFacts().features.map((feature) => feature.name);
    const columns = network.features.map((name) => engineFeatures.indexOf(name));
    const gridInputs = new Map();
    return {
      config,
      inputs: network.inputs,
      classes: Math.max(2, network.classes.length),
      layers: network.layers.map(({ weights, biases, activation }) => ({ weights, biases, activation })),
      loss: config.loss,
      optimizer: {
        name: config.optimizer.name,
        learningRate: config.optimizer.learningRate,
        l2: config.optimizer.regularization === 'L2' ? config.optimizer.regularizationRate : 0,
      },
      batchSize: config.batchSize,
      train: examples('train'),
      test: examples('test'),
      gridInputs(resolution) {
        if (gridInputs.has(resolution)) return gridInputs.get(resolution);
        const features = nnplay.featureGrids(resolution); // [feature][cell]
        const cells = resolution * resolution;
        const rows = new Float32Array(cells * columns.length); // [cell][input]
        for (let cell = 0; cell < cells; cell++) {
          columns.forEach((feature, input) => (rows[cell * columns.length + input] = features[feature * cells + cell]));
        }
        gridInputs.set(resolution, rows);
        return rows;
      },
    };
  } finally {
    session.delete();
  }
}

/** Inputs, then every unit of every layer: the neurons of nnplay's neuronGrids. */
export function neuronCount(problem) {
  return problem.inputs + problem.layers.reduce((count, layer) => count + layer.biases.length, 0);
}

/**
 * Loss and accuracy of a network's outputs on examples, by nnplay's definitions: squared ½(o − t)²
 * against ±1 and a positive output meaning class +1; cross_entropy −log p(correct class) and the
 * most likely class. `loss` null: the contender's head is not nnplay's, only the accuracy compares.
 */
export function score(outputs, examples, loss) {
  let total = 0;
  let correct = 0;
  examples.forEach(({ label }, i) => {
    const output = outputs[i];
    if (output.length === 1) {
      total += 0.5 * (output[0] - label) ** 2;
      correct += output[0] > 0 === label > 0 ? 1 : 0;
    } else {
      total -= Math.log(Math.max(output[label], 1e-30));
      correct += output.indexOf(Math.max(...output)) === label ? 1 : 0;
    }
  });
  return { loss: loss === null ? NaN : total / examples.length, accuracy: correct / examples.length };
}

/**
 * One timed call of `workload` on `network` (a contender's network built for its problem) and what
 * one call counts: examples trained, or one grid or frame.
 */
export function timedWork(workload, network, trainCount) {
  let epochs = 0;
  const trainEpochs = async (count) => {
    if (epochs >= EPOCHS_BEFORE_RESET) {
      await network.reset();
      epochs = 0;
    }
    await network.train(count);
    epochs += count;
  };
  switch (workload.kind) {
    case 'training':
      return { work: () => trainEpochs(network.epochsPerCall), count: trainCount * network.epochsPerCall };
    case 'grids':
      return {
        work: () => {
          network.markWeightsChanged();
          return network.grids(workload.resolution, workload.resolution);
        },
        count: 1,
      };
    case 'frame':
      return {
        work: async () => {
          await trainEpochs(workload.frameEpochs);
          await network.evaluate();
          await network.grids(workload.neuronResolution, workload.outputResolution);
        },
        count: 1,
      };
    default:
      throw new Error(`unknown workload kind ${workload.kind}`);
  }
}

/** The workload's figure from seconds per call: examples per second, or milliseconds. */
export function figure(workload, secondsPerCall, count) {
  return workload.unit === 'ms' ? secondsPerCall * 1000 : count / secondsPerCall;
}
