// nnplay's WebAssembly module through its JS API (wasm/nnplay.d.mts), as the page's worker drives it.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

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
    'nnplay WASM: train(n) also evaluates the train and test loss after its last epoch (the contenders do not); W3 calls neuronGrids(100) then outputGrid(100) after a setBias that marks the weights changed.',
  ],
  async load(nnplay) {
    return { create: (problem) => sessionNetwork(nnplay, problem) };
  },
};

function sessionNetwork(nnplay, problem) {
  const session = new nnplay.Session(JSON.stringify(problem.config));
  let stats = null; // what the last train() returned, while the weights are still those it left
  let firstBias = null;
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
      return { neurons: session.neuronGrids(neuronResolution), output: session.outputGrid(outputResolution) };
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
