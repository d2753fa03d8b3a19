// brain.js (1.x, its last release without native WebGL): per-neuron JavaScript, one update per example.
import brain from 'brain.js';
import { evaluateOf, gridsOf } from './oneByOne.mjs';

export default {
  name: 'brain.js',
  packages: ['brain.js'],
  footnotes: [
    'brain.js: updates after every example (no minibatches), so it does 10× the updates per epoch; no L2; every layer, the output too, has the hidden activation: W2 has a ReLU output trained towards 0/1 (read as 2o − 1), W5 three tanh outputs towards one-hot targets (no softmax) with its own Adam at rate 0.003, at which it learns (per example, not per 10); only accuracy compares there. Momentum set to 0 (plain SGD).',
  ],
  async load() {
    return { create: (problem) => brainNetwork(problem) };
  },
};

const ADAM_RATE = 0.003;

function brainNetwork(problem) {
  const layers = problem.layers;
  const activation = layers[0].activation;
  const classes = problem.classes > 2 ? problem.classes : 0;
  const reluHead = activation === 'relu';
  const net = new brain.NeuralNetwork({
    hiddenLayers: layers.slice(0, -1).map((layer) => layer.biases.length),
    activation,
    learningRate: problem.optimizer.name === 'adam' ? ADAM_RATE : problem.optimizer.learningRate,
    praxis: problem.optimizer.name === 'adam' ? 'adam' : null,
  });
  net.trainOpts.momentum = 0;
  net.sizes = [problem.inputs, ...layers.map((layer) => layer.biases.length)];
  net.initialize();

  const start = () => {
    layers.forEach((layer, l) => {
      layer.weights.forEach((row, to) => row.forEach((weight, from) => (net.weights[l + 1][to][from] = weight)));
      layer.biases.forEach((bias, to) => (net.biases[l + 1][to] = bias));
      net.changes[l + 1].forEach((row) => row.fill(0));
    });
    if (net.trainOpts.praxis === 'adam') net._setupAdam();
  };
  start();

  const target = (label) => {
    if (classes) return Array.from({ length: classes }, (_, k) => (k === label ? 1 : 0));
    return [reluHead ? (label > 0 ? 1 : 0) : label];
  };
  const patterns = problem.train.map(({ inputs, label }) => ({ input: Array.from(inputs), output: target(label) }));
  const forward = (inputs) => {
    net.runInput(inputs);
    return net.outputs.slice(1);
  };
  const output = (inputs) => {
    const values = Array.from(forward(inputs).at(-1));
    return reluHead ? values.map((o) => 2 * o - 1) : values;
  };

  return {
    epochsPerCall: 20,
    train(epochs) {
      for (let epoch = 0; epoch < epochs; epoch++) {
        for (const pattern of patterns) net.trainPattern(pattern);
      }
    },
    evaluate: () => evaluateOf(problem, output, reluHead || classes ? null : problem.loss),
    grids: (neuronResolution, outputResolution) => gridsOf(problem, neuronResolution, outputResolution, forward),
    markWeightsChanged() {},
    reset: start,
    dispose() {},
  };
}
