// convnetjs: per-neuron JavaScript in double precision, the same design as TensorFlow Playground's nn.ts.
import convnetjs from 'convnetjs';
import { evaluateOf, gridsOf } from './oneByOne.mjs';

export default {
  name: 'convnetjs',
  packages: ['convnetjs'],
  footnotes: [
    'convnetjs: float64; L2 as its l2_decay = rate × batch size (it divides the decay by the batch), which is the Playground\'s step; W5: convnetjs 0.3.0 has no Adam, so Adagrad (its nearest adaptive method) at rate 0.3, the rate at which it learns the task (at Adam\'s 0.01 it does not in 300 epochs).',
  ],
  async load() {
    return { create: (problem) => convnetjsNetwork(problem) };
  },
};

const ADAGRAD_RATE = 0.3;

function convnetjsNetwork(problem) {
  const net = new convnetjs.Net();
  const layers = problem.layers;
  const output = layers.at(-1);
  const defs = [{ type: 'input', out_sx: 1, out_sy: 1, out_depth: problem.inputs }];
  for (const layer of layers.slice(0, -1)) defs.push({ type: 'fc', num_neurons: layer.biases.length, activation: layer.activation });
  // A softmax layer brings its own fully connected layer; a tanh output is a tanh layer before a squared loss.
  defs.push(output.activation === 'softmax' ? { type: 'softmax', num_classes: output.biases.length } : { type: 'fc', num_neurons: 1, activation: output.activation });
  net.makeLayers(defs);
  if (output.activation !== 'softmax') net.layers.push(new convnetjs.RegressionLayer({ in_sx: 1, in_sy: 1, in_depth: 1 }));
  const connected = net.layers.filter((layer) => layer.layer_type === 'fc');
  // The layer after each fully connected one holds its activations (tanh, relu or softmax).
  const activations = connected.map((layer) => net.layers[net.layers.indexOf(layer) + 1]);

  let trainer;
  const start = () => {
    connected.forEach((layer, l) => {
      layer.filters.forEach((filter, to) => filter.w.set(layers[l].weights[to]));
      layer.biases.w.set(layers[l].biases);
    });
    const { name, learningRate, l2 } = problem.optimizer;
    trainer = new convnetjs.Trainer(net, {
      method: name === 'adam' ? 'adagrad' : 'sgd',
      learning_rate: name === 'adam' ? ADAGRAD_RATE : learningRate,
      momentum: 0,
      batch_size: problem.batchSize,
      l2_decay: l2 * problem.batchSize,
    });
  };
  start();

  const volume = (inputs) => {
    const vol = new convnetjs.Vol(1, 1, problem.inputs, 0);
    vol.w.set(inputs);
    return vol;
  };
  const examples = problem.train.map(({ inputs, label }) => ({
    vol: volume(inputs),
    target: output.activation === 'softmax' ? label : [label],
  }));
  const cell = volume(new Float32Array(problem.inputs));
  const forward = (inputs) => {
    cell.w.set(inputs);
    net.forward(cell);
    return activations.map((layer) => layer.out_act.w);
  };

  return {
    epochsPerCall: 20,
    train(epochs) {
      for (let epoch = 0; epoch < epochs; epoch++) {
        for (const { vol, target } of examples) trainer.train(vol, target);
      }
    },
    evaluate: () => evaluateOf(problem, (inputs) => forward(inputs).at(-1).slice()),
    grids: (neuronResolution, outputResolution) => gridsOf(problem, neuronResolution, outputResolution, forward),
    markWeightsChanged() {},
    reset: start,
    dispose() {},
  };
}
