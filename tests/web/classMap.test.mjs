// web/src/classMap.ts and classColours.ts: the colours of more than two classes, from the engine's
// probabilities and most likely classes.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { load } from './load.mjs';

const { blendedRgb, classRampRgb, paintClasses, pixelWord } = await load('classMap.ts');
const { CLASS_COLOURS, labelColour } = await load('classColours.ts');

// Okabe–Ito: orange (230, 159, 0), blue (0, 114, 178), bluish green (0, 158, 115).
const word = ([r, g, b]) => ((255 << 24) | (b << 16) | (g << 8) | r) >>> 0;
// The background's lightening: 255 + (c − 255) · 160/255.
const light = (rgb) => rgb.map((c) => Math.round(255 + ((c - 255) * 160) / 255));

test('the palette is Okabe and Ito’s eight colours, orange and blue first as in the Playground', () => {
  assert.equal(CLASS_COLOURS.length, 8);
  assert.deepEqual(CLASS_COLOURS.slice(0, 3), [[230, 159, 0], [0, 114, 178], [0, 158, 115]]);
  assert.equal(new Set(CLASS_COLOURS.map(String)).size, 8, 'eight different colours');
});

test('a blend is Σ p·colour: all of one class is its colour, half and half the mean', () => {
  // Two cells, three classes, [class][cell]: cell 0 is (1, 0, 0), cell 1 is (0.5, 0.5, 0).
  const probabilities = Float32Array.from([1, 0.5, 0, 0.5, 0, 0]);
  assert.deepEqual(blendedRgb(probabilities, 2, 0), [230, 159, 0]);
  // ((230 + 0) / 2, (159 + 114) / 2, (0 + 178) / 2) = (115, 136.5, 89), rounded
  assert.deepEqual(blendedRgb(probabilities, 2, 1), [115, 137, 89]);
});

test('one class alone runs from white at p = 0 to its colour at p = 1', () => {
  assert.deepEqual(classRampRgb(1, 0), [255, 255, 255]);
  assert.deepEqual(classRampRgb(1, 1), [0, 114, 178]);
  // 255 + (c − 255)/2: (127.5, 184.5, 216.5), rounded
  assert.deepEqual(classRampRgb(1, 0.5), [128, 185, 217]);
  assert.deepEqual(classRampRgb(1, -0.2), [255, 255, 255], 'clamped');
});

test('painting: blended, discretized by the engine’s most likely class, or one class, all lightened', () => {
  const probabilities = Float32Array.from([0.2, 1, 0.1, 0, 0.7, 0]); // cell 0: (0.2, 0.1, 0.7), cell 1: (1, 0, 0)
  const best = Float32Array.from([2, 0]);
  const pixels = new Uint32Array(2);
  paintClasses(pixels, probabilities, best, { shown: null, discretize: true });
  // lightened bluish green: (255 − 255·160/255, 255 − 97·160/255, 255 − 140·160/255) = (95, 194.1, 167.2)
  assert.deepEqual([...pixels], [word([95, 194, 167]), word(light([230, 159, 0]))]);
  paintClasses(pixels, probabilities, best, { shown: 0, discretize: true });
  assert.deepEqual([...pixels], [word([255, 255, 255]), word(light([230, 159, 0]))], 'class 0 only where it is the most likely');
  paintClasses(pixels, probabilities, best, { shown: null, discretize: false });
  // cell 0: 0.2·orange + 0.1·blue + 0.7·green = (46, 31.8 + 11.4 + 110.6, 17.8 + 80.5) = (46, 153.8, 98.3)
  assert.deepEqual([...pixels], [word(light([46, 154, 98])), word(light([230, 159, 0]))]);
  paintClasses(pixels, probabilities, best, { shown: 2, discretize: false });
  // class 2 at 0.7: 255 + (c − 255)·0.7 = (76.5, 187.1, 156.8) → (77, 187, 157); at 0: white
  assert.deepEqual([...pixels], [word(light([77, 187, 157])), word([255, 255, 255])]);
  assert.equal(pixelWord([1, 2, 3]), word([1, 2, 3]));
});

test('points: class indices in the palette for more than two classes, the scheme’s ±1 for two', () => {
  const scheme = { name: 'test', label: 'test', rgb: (value) => [value, value, value] };
  assert.deepEqual(labelColour(scheme, 3)(2), [0, 158, 115]);
  assert.deepEqual(labelColour(scheme, 2)(-1), [-1, -1, -1]);
  assert.deepEqual(labelColour(scheme, 0)(0.5), [0.5, 0.5, 0.5], 'regression values through the scheme');
});
