// TensorFlow.js: the Layers API's Sequential model trained with fit(), on its plain-JavaScript cpu
// backend or on its WebAssembly backend (@tensorflow/tfjs-backend-wasm). One module, two contenders.
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { score } from '../workloads.mjs';

// As a deployed page runs it: no debug checks, no console advice.
tf.enableProdMode();

const FOOTNOTE =
  'TensorFlow.js: model.fit() with batch 10 and no shuffling, float32, production mode; the loss ½ mean (o − t)² as the Playground\'s, L2 as kernelRegularizer l2(rate / 2) (the same step); it trains 2 epochs per timed call (fit\'s set-up included, as a page would call it).';

export const tfjsCpu = tfjsContender('cpu', 'TF.js cpu', ['@tensorflow/tfjs']);
export const tfjsWasm = tfjsContender('wasm', 'TF.js wasm', ['@tensorflow/tfjs', '@tensorflow/tfjs-backend-wasm']);

function tfjsContender(backend, name, packages) {
  return {
    name,
    packages,
    footnotes: [FOOTNOTE],
    async load() {
      await onBackend(backend);
      const facts =
        backend === 'wasm'
          ? { simd: await tf.env().getAsync('WASM_HAS_SIMD_SUPPORT'), threads: await tf.env().getAsync('WASM_HAS_MULTITHREAD_SUPPORT') }
          : {};
      return { facts, create: (problem) => tfjsNetwork(backend, problem) };
    },
  };
}

/** tf's active backend; tensors stay on the backend they were made on, so each call first selects its own. */
async function onBackend(backend) {
  if (tf.getBackend() !== backend) await tf.setBackend(backend);
}

async function tfjsNetwork(backend, problem) {
  await onBackend(backend);
  const { name, learningRate, l2 } = problem.optimizer;
  const model = tf.sequential();
  problem.layers.forEach((layer, l) =>
    model.add(
      tf.layers.dense({
        units: layer.biases.length,
        activation: layer.activation,
        inputShape: l === 0 ? [problem.inputs] : undefined,
        kernelRegularizer: l2 > 0 ? tf.regularizers.l2({ l2: l2 / 2 }) : undefined,
      }),
    ),
  );
  // Dense kernels are [from, to]; nnplay's weights [to][from].
  const initial = problem.layers.flatMap((layer) => [
    tf.tensor2d(layer.weights[0].map((_, from) => layer.weights.map((row) => row[from]))),
    tf.tensor1d(layer.biases),
  ]);
  const halfSquared = (targets, outputs) => tf.mul(0.5, tf.losses.meanSquaredError(targets, outputs));
  const start = () => {
    model.setWeights(initial);
    model.compile({
      optimizer: name === 'adam' ? tf.train.adam(learningRate, 0.9, 0.999, 1e-8) : tf.train.sgd(learningRate),
      loss: problem.loss === 'cross_entropy' ? 'categoricalCrossentropy' : halfSquared,
    });
  };
  start();

  const inputsOf = (examples) => tf.tensor2d(examples.flatMap((e) => Array.from(e.inputs)), [examples.length, problem.inputs]);
  const trainInputs = inputsOf(problem.train);
  const testInputs = inputsOf(problem.test);
  const labels = problem.train.map((e) => e.label);
  const trainTargets = problem.classes > 2 ? tf.oneHot(tf.tensor1d(labels, 'int32'), problem.classes).toFloat() : tf.tensor2d(labels, [labels.length, 1]);
  const everyLayer = tf.model({ inputs: model.inputs, outputs: model.layers.map((layer) => layer.output) });
  const gridTensors = new Map();
  const gridTensor = (resolution) => {
    if (!gridTensors.has(resolution)) gridTensors.set(resolution, tf.tensor2d(problem.gridInputs(resolution), [resolution * resolution, problem.inputs]));
    return gridTensors.get(resolution);
  };
  const rows = async (tensor, width) => {
    const values = await tensor.data();
    tensor.dispose();
    return Array.from({ length: values.length / width }, (_, i) => values.subarray(i * width, (i + 1) * width));
  };
  const outputWidth = problem.layers.at(-1).biases.length;
  const scoreOn = async (inputs, examples) => {
    return score(await rows(tf.tidy(() => model.predict(inputs)), outputWidth), examples, problem.loss);
  };

  return {
    epochsPerCall: 2,
    async train(epochs) {
      await onBackend(backend);
      await model.fit(trainInputs, trainTargets, { batchSize: problem.batchSize, epochs, shuffle: false, verbose: 0 });
    },
    async evaluate() {
      await onBackend(backend);
      const train = await scoreOn(trainInputs, problem.train);
      const test = await scoreOn(testInputs, problem.test);
      return { trainLoss: train.loss, testLoss: test.loss, trainAccuracy: train.accuracy, testAccuracy: test.accuracy };
    },
    // Every neuron, [neuron][cell] as nnplay's neuronGrids: the inputs and each layer's outputs, transposed on the backend.
    async grids(neuronResolution, outputResolution) {
      await onBackend(backend);
      const grid = gridTensor(neuronResolution);
      const stacked = tf.tidy(() => tf.concat([grid.transpose(), ...[everyLayer.predict(grid)].flat().map((out) => out.transpose())], 0));
      const neurons = await stacked.data();
      stacked.dispose();
      const cells = neuronResolution * neuronResolution;
      if (neuronResolution === outputResolution) return { neurons, output: neurons.slice(neurons.length - cells) };
      const outputGrid = gridTensor(outputResolution); // made outside tidy(), which would dispose it
      const outputs = tf.tidy(() => model.predict(outputGrid).transpose());
      const output = await outputs.data();
      outputs.dispose();
      return { neurons, output };
    },
    markWeightsChanged() {},
    reset: start,
    dispose() {
      model.dispose();
      tf.dispose([...initial, trainInputs, testInputs, trainTargets, ...gridTensors.values()]);
    },
  };
}
