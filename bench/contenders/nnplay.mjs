// nnplay's WebAssembly module through its JS API (wasm/nnplay.d.mts), as the page's worker drives it.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { neuronCount } from '../workloads.mjs';

const wasmDir = new URL('../../build-wasm/wasm/', import.meta.url);

/** The module built by `bash scripts/build.sh module`. */
export async function loadNnplay() {
  // The Emscripten 3.1.6 glue built for Node uses CommonJS `require` and `__dirname`, and cannot fetch() a file path.
  globalThis.require = createRequire(wasmDir);
  globalThis.__dirname = fileURLToPath(wasmDir);
  const { default: createNnplay } = await import(new URL('nnplay.mjs', wasmDir).href);
  return createNnplay({ wasmBinary: await readFile(new URL('nnplay.wasm', wasmDir)) });
}

export default {
  name: 'nnplay WASM',
  packages: [],
  footnotes: [
    'nnplay WASM: train(n) also evaluates the train and test loss after its last epoch (the contenders do not); W3 calls neuronGridsInto(100) then outputGridInto(100), into Float32Arrays it keeps, after a setBias that marks the weights changed.',
  ],
  async load(nnplay) {
    return { create: (problem) => sessionNetwork(nnplay, problem) };
  },
};

function sessionNetwork(nnplay, problem) {
  const session = new nnplay.Session(JSON.stringify(problem.config));
  let stats = null; // what the last train() returned, while the weights are still those it left
  let firstBias = null;
  const kept = { neurons: new Float32Array(0), output: new Float32Array(0) }; // the grids' buffers, reused while their size holds
  const neurons = neuronCount(problem);
  const changed = () => {
    stats = null;
    firstBias = null;
  };
  return {
    epochsPerCall: 20,
    train(epochs) {
      changed();
      stats = session.train(epochs);
    },
    evaluate() {
      stats ??= session.evaluate();
      return { trainLoss: stats.trainLoss, testLoss: stats.testLoss, trainAccuracy: stats.trainAccuracy, testAccuracy: stats.testAccuracy };
    },
    grids(neuronResolution, outputResolution) {
      if (kept.neurons.length !== neurons * neuronResolution ** 2) kept.neurons = new Float32Array(neurons * neuronResolution ** 2);
      if (kept.output.length !== outputResolution ** 2) kept.output = new Float32Array(outputResolution ** 2);
      session.neuronGridsInto(neuronResolution, kept.neurons);
      session.outputGridInto(outputResolution, kept.output);
      return kept;
    },
    // Setting a bias to its own value marks the weights changed, so the grids are computed anew.
    markWeightsChanged() {
      firstBias ??= JSON.parse(session.networkJson()).layers[0].biases[0];
      session.setBias(0, 0, firstBias);
      stats = null;
    },
    reset() {
      changed();
      session.reset();
    },
    dispose() {
      session.delete();
    },
  };
}
