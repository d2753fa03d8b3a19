// Loads the WebAssembly module under Node once, for every test file of this folder.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const wasmDir = new URL('../../build-wasm/wasm/', import.meta.url);
// The Emscripten 3.1.6 glue built for Node uses CommonJS `require` and `__dirname`, and cannot fetch() a file path.
globalThis.require = createRequire(wasmDir);
globalThis.__dirname = fileURLToPath(wasmDir);
const { default: createNnplay } = await import(new URL('nnplay.mjs', wasmDir).href);

export const nnplay = await createNnplay({ wasmBinary: await readFile(new URL('nnplay.wasm', wasmDir)) });

/** Runs `use` on a new Session made from `config`, and deletes the Session whatever happens. */
export function withSession(config, use) {
  const session = new nnplay.Session(typeof config === 'string' ? config : JSON.stringify(config));
  try {
    return use(session);
  } finally {
    session.delete();
  }
}

/** The Playground's default experiment: circle data, 2-4-2-1 tanh. */
export const circle = {
  dataset: { name: 'circle', noise: 0, trainPercent: 50, seed: 1 },
  features: ['x', 'y'],
  network: { hidden: [4, 2], activation: 'tanh', output: 'tanh' },
  loss: 'squared',
  optimizer: { name: 'sgd', learningRate: 0.03, regularization: 'none', regularizationRate: 0 },
  batchSize: 10,
  init: 'playground',
  weightSeed: 1,
};
