// web/src/worker/facts.ts against the built module: the engine facts the worker sends the page (the
// input square's extent, the features' grids) and the kind of a thrown error.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { load } from '../web/load.mjs';

const wasmDir = new URL('../../build-wasm/wasm/', import.meta.url);
// The Emscripten 3.1.6 glue built for Node uses CommonJS `require` and `__dirname`, and cannot fetch() a file path.
globalThis.require = createRequire(wasmDir);
globalThis.__dirname = fileURLToPath(wasmDir);
const { default: createNnplay } = await import(new URL('nnplay.mjs', wasmDir).href);
const engine = await createNnplay({ wasmBinary: await readFile(new URL('nnplay.wasm', wasmDir)) });
const { engineFacts, errorKind, featureGrids } = await load('worker/facts.ts');

test('the grids cover [-6, 6]², and every feature of the page is one the engine computes', () => {
  const facts = engineFacts(engine);
  assert.equal(facts.gridExtent, 6);
  assert.deepEqual(
    facts.features.map((feature) => feature.name),
    ['x', 'y', 'xSquared', 'ySquared', 'xTimesY', 'sinX', 'sinY'],
  );
});

test('the feature grids at resolution 2: the corners of the square, row 0 at y = +6', () => {
  const grids = featureGrids(engine, 2);
  // Cells (x, y): (-6, 6), (6, 6), (-6, -6), (6, -6).
  const expected = [
    [-6, 6, -6, 6], // x
    [6, 6, -6, -6], // y
    [36, 36, 36, 36], // x²
    [36, 36, 36, 36], // y²
    [-36, 36, 36, -36], // xy
    [-Math.sin(6), Math.sin(6), -Math.sin(6), Math.sin(6)], // sin x
    [Math.sin(6), Math.sin(6), -Math.sin(6), -Math.sin(6)], // sin y
  ].flat();
  assert.equal(grids.length, expected.length);
  grids.forEach((value, i) => assert.ok(Math.abs(value - expected[i]) < 1e-5, `cell ${i}: ${value}, not ${expected[i]}`));
});

test('a bad configuration is bad input', () => {
  assert.throws(
    () => new engine.Session('{"bogus": 1}'),
    (error) => errorKind(error) === 'bad-input',
  );
});
