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

/**
 * Asserts that `run`, repeated `times` times, leaves the C++ heap as it was. dlmalloc does not split
 * off a free remainder smaller than its 16-byte minimum chunk, so the same live allocations can take
 * a few bytes more or less depending on where they landed: the heap may differ by less than one
 * minimum chunk per live allocation (64 bytes here), while a leak of even one allocation per call
 * grows it by at least 16 bytes × `times`.
 */
export function assertHeapKept(run, times) {
  run(); // the first call may allocate lasting runtime state
  const before = nnplay.heapInUse();
  for (let i = 0; i < times; i++) run();
  const change = nnplay.heapInUse() - before;
  if (Math.abs(change) >= 64) throw new Error(`the heap changed by ${change} bytes over ${times} runs`);
}
