// The descent widget's loss model (web/src/learn/widgets/descentModel.ts) on the engine under Node,
// against numbers worked out by hand for ŷ = w·x + b and L = mean of ½(ŷ − y)².
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { load } from '../web/load.mjs';
import { nnplay } from './load.mjs';

const { LossSurface } = await load('learn/widgets/descentModel.ts');
const { descentOptions } = await load('learn/widgets/descentOptions.ts');

const close = (actual, expected, tolerance, what) => assert.ok(Math.abs(actual - expected) <= tolerance, `${what}: ${actual}, expected ${expected}`);

function withSurface(spec, use) {
  const surface = new LossSurface(nnplay, descentOptions({ kind: 'descent', label: 'test', stepSizes: { 'about right': 0.35 }, ...spec }));
  try {
    return use(surface);
  } finally {
    surface.delete();
  }
}

// x = −2, −1, 0, 1, 2; y = −3.2, −1.3, 0.4, 1.2, 2.9 (Σy = 0): the bottom is w* = Σxy / Σx² = 14.7 / 10 = 1.47,
// the lowest loss (0.26² + 0.17² + 0.4² + 0.27² + 0.04²) / 10 = 0.331 / 10 = 0.0331, L(w) = 0.0331 + (w − 1.47)²
// and ∂L/∂w = 2(w − 1.47).
const centred = { points: [[-2, -3.2], [-1, -1.3], [0, 0.4], [1, 1.2], [2, 2.9]], start: { w: -1, b: 0 } };

test('one weight: the slope at the start, one step w ← w − η ∂L/∂w, and the lowest loss', () => {
  withSurface(centred, (surface) => {
    const start = surface.position();
    close(start.loss, 0.0331 + 2.47 ** 2, 1e-4, 'loss at w = −1'); // 6.134
    close(start.slope.w, 2 * (-1 - 1.47), 1e-4, 'slope at w = −1'); // −4.94
    const step = surface.step(0.35);
    assert.equal(step.kind, 'moved');
    close(step.position.w, -1 - 0.35 * -4.94, 1e-5, 'w after one step'); // 0.729
    close(step.position.loss, 0.0331 + 0.741 ** 2, 1e-4, 'loss after one step'); // 0.5822
    const lowest = surface.minimum();
    close(lowest.w, 1.47, 1e-3, 'the bottom');
    close(lowest.loss, 0.0331, 1e-5, 'the lowest loss');
    assert.equal(surface.position().w, step.position.w, 'minimum() leaves the model where it was');
  });
});

test('w and b: both slopes, both move; with only w learning, b stays where it started', () => {
  // x = −1, 0, 1, 2, 3; y = −0.4, 1.2, 2.3, 4.1, 5.4; at w = −1, b = −2 the errors ŷ − y are −0.6, −3.2, −5.3,
  // −8.1, −10.4: ∂L/∂b = their mean = −27.6 / 5 = −5.52, ∂L/∂w = mean of error·x = (0.6 − 5.3 − 16.2 − 31.2) / 5
  // = −10.42, L = (0.36 + 10.24 + 28.09 + 65.61 + 108.16) / 10 = 21.246.
  const uncentred = { points: [[-1, -0.4], [0, 1.2], [1, 2.3], [2, 4.1], [3, 5.4]], start: { w: -1, b: -2 } };
  withSurface({ ...uncentred, learn: 'w and b' }, (surface) => {
    const start = surface.position();
    close(start.loss, 21.246, 1e-3, 'loss');
    close(start.slope.w, -10.42, 1e-4, '∂L/∂w');
    close(start.slope.b, -5.52, 1e-4, '∂L/∂b');
    const { position } = surface.step(0.1);
    close(position.w, -1 + 1.042, 1e-5, 'w after a step of η = 0.1');
    close(position.b, -2 + 0.552, 1e-5, 'b after a step of η = 0.1');
  });
  withSurface({ ...uncentred, learn: 'w' }, (surface) => {
    const { position } = surface.step(0.1);
    close(position.w, -1 + 1.042, 1e-5, 'w after a step of η = 0.1');
    assert.equal(position.b, -2);
  });
});

test('the curve and the grid are the loss at their points; a step past float range is reported as infinite', () => {
  withSurface(centred, (surface) => {
    const { w, loss } = surface.curve([-1, 3], 5);
    assert.deepEqual(w, [-1, 0, 1, 2, 3]);
    w.forEach((value, i) => close(loss[i], 0.0331 + (value - 1.47) ** 2, 1e-4, `L(${value})`));
    // Row 0 is the highest b: at w = −1, b = 1 the errors are 6.2, 3.3, 0.6, −1.2, −3.9, so
    // L = (38.44 + 10.89 + 0.36 + 1.44 + 15.21) / 10 = 6.634.
    const grid = surface.grid({ w: [-1, 3], b: [-1, 1] }, 3);
    close(grid[0], 6.634, 1e-4, 'the grid at w = −1, b = 1');
    close(grid[4], 0.0331 + 0.47 ** 2, 1e-4, 'the grid at w = 1, b = 0');
    // η = 100 multiplies w − w* by 1 − 200 = −199 a step and the loss by 39601: past 3.4e38 within 10 steps.
    const results = Array.from({ length: 10 }, () => surface.step(100).kind);
    assert.equal(results.at(-1), 'infinite');
  });
});
