// web/src/learn/widgets/housesFormula.ts: a linear neuron on standardised inputs as a formula in
// the data's units and back, as core/model.cpp's linear_formula folds it, checked by hand.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { load } from './load.mjs';

const { formulaOf, neuronOf, inTargetUnits, scalingOf, withinTolerance, formulaTex, priceText, coefficientText } = await load(
  'learn/widgets/housesFormula.ts',
);

// Two inputs: μ = (100, 2), σ = (50, 1); the target m = 120,000, s = 20,000.
const scaling = { inputMean: [100, 2], inputScale: [50, 1], targetMean: 120000, targetScale: 20000 };

test('a standardised neuron is read as a formula in the data units', () => {
  // c₁ = s·w₁/σ₁ = 20000·0.25/50 = 100; c₂ = 20000·0.05/1 = 1000;
  // intercept = m + s·(b − w₁μ₁/σ₁ − w₂μ₂/σ₂) = 120000 + 20000·(0.5 − 0.5 − 0.1) = 118,000.
  const formula = formulaOf({ weights: [0.25, 0.05], bias: 0.5 }, scaling);
  assert.deepEqual(formula.coefficients, [100, 1000]);
  assert.ok(Math.abs(formula.intercept - 118000) < 1e-9);
  // The same house both ways: 118000 + 100·150 + 1000·3 = 136,000; the network's output for it is
  // b + w₁(150 − 100)/50 + w₂(3 − 2)/1 = 0.5 + 0.25 + 0.05 = 0.8, and m + s·0.8 = 136,000.
  assert.equal(inTargetUnits(0.8, scaling), 136000);
});

test('a formula goes back to the same neuron', () => {
  const neuron = neuronOf({ intercept: 118000, coefficients: [100, 1000] }, scaling);
  neuron.weights.forEach((weight, i) => assert.ok(Math.abs(weight - [0.25, 0.05][i]) < 1e-12));
  assert.ok(Math.abs(neuron.bias - 0.5) < 1e-12);
});

test('a model file gives its scaling; without standardisation inputs and target are unscaled', () => {
  const layers = [{ activation: 'linear', weights: [[0, 0]], biases: [0] }];
  const model = {
    inputs: { names: ['a', 'b'], features: [], standardization: { mean: [100, 2], scale: [50, 1] } },
    output: { classes: [], target: { mean: 120000, scale: 20000 } },
    layers,
  };
  assert.deepEqual(scalingOf(model), scaling);
  const plain = { inputs: { names: ['a', 'b'], features: [], standardization: null }, output: { classes: [], target: null }, layers };
  assert.deepEqual(scalingOf(plain), { inputMean: [0, 0], inputScale: [1, 1], targetMean: 0, targetScale: 1 });
  assert.throws(() => scalingOf({ ...plain, layers: [...layers, ...layers] }), /one linear neuron/);
});

test('within 1% of each target, relative to the target', () => {
  // 1% of 90.3 is 0.903, of 1006.2 is 10.062, of −40.5 is 0.405.
  assert.ok(withinTolerance([91.2, 996.2, -40.1], [90.3, 1006.2, -40.5], 0.01));
  assert.ok(!withinTolerance([91.3, 1006.2, -40.5], [90.3, 1006.2, -40.5], 0.01));
  assert.ok(!withinTolerance([90.3, 1006.2, -40.0], [90.3, 1006.2, -40.5], 0.01));
});

test('the formula is written with the page numbers: two decimals at most, thousands separated, minus signs', () => {
  assert.equal(priceText(140792.4), '140,792');
  assert.equal(priceText(-7.6), '−8');
  assert.equal(coefficientText(-40.4951), '−40.5');
  assert.deepEqual(
    formulaTex({ intercept: 150002, coefficients: [90.243, 1006.314, -40.4951] }, ['size', 'stories', 'distance']),
    ['\\text{price} = 150{,}002', '{} + 90.24 \\cdot \\text{size}', '{} + 1006.31 \\cdot \\text{stories}', '{} - 40.5 \\cdot \\text{distance}'],
  );
});
