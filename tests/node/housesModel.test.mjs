// Lesson 1's engine side (web/src/learn/widgets/housesModel.ts) on the real module: a formula in the
// data's units goes into the standardised network and comes back, prices and the average error come
// from the engine, and gradient descent finds the rule the `houses` data is drawn from.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { load } from '../web/load.mjs';
import { assertHeapKept, nnplay } from './load.mjs';

const { HousesModel } = await load('learn/widgets/housesModel.ts');
// core/generators.cpp: price = 150000 + 90.3·size + 1006.2·stories − 40.5·distance + 10000·noise·N(0, 1).
const RULE = { intercept: 150000, coefficients: [90.3, 1006.2, -40.5] };

function withModel(learningRate, use) {
  const model = new HousesModel(nnplay, learningRate);
  try {
    return use(model);
  } finally {
    model.delete();
  }
}

test('the formula set in the data units is the one read back, and prices the houses as the rule does', () => {
  withModel(null, (model) => {
    model.setFormula(RULE);
    const back = model.formula();
    assert.ok(Math.abs(back.intercept - 150000) < 0.5, `intercept ${back.intercept}`);
    back.coefficients.forEach((c, i) => assert.ok(Math.abs(c - RULE.coefficients[i]) < 1e-4 * Math.abs(RULE.coefficients[i]), `coefficient ${i}: ${c}`));
    // 150000 + 90.3·100 + 1006.2·2 − 40.5·500 = 140,792.4; 150000 + 90.3·60 + 1006.2·1 − 40.5·1500 = 95,674.2.
    const [first, second] = model.prices([{ inputs: [100, 2, 500], price: 140800 }, { inputs: [60, 1, 1500], price: 95700 }]);
    assert.ok(Math.abs(first - 140792.4) < 0.5, `house 1 at ${first}`);
    assert.ok(Math.abs(second - 95674.2) < 0.5, `house 2 at ${second}`);
    // With the rule's own numbers, what is left is the noise: the preset's 0.01 gives a deviation of
    // 0.01·10000 = 100, and the root mean square of 400 such draws is 100 within a few percent.
    const error = model.averageError();
    assert.ok(error > 85 && error < 115, `average error ${error}`);
  });
});

test('every blank at 0 prices each house at the base price; gradient descent at rate 0.1 finds the rule within 1% in 150 epochs', () => {
  withModel(0.1, (model) => {
    model.setFormula({ intercept: 150000, coefficients: [0, 0, 0] });
    assert.ok(Math.abs(model.prices([{ inputs: [100, 2, 500], price: 140800 }])[0] - 150000) < 0.5);
    const start = model.averageError();
    for (let epoch = 1; epoch <= 150; epoch++) assert.equal(model.trainEpoch(), epoch);
    model.formula().coefficients.forEach((c, i) => {
      const rule = RULE.coefficients[i];
      assert.ok(Math.abs(c - rule) <= 0.01 * Math.abs(rule), `coefficient ${i}: ${c}, not within 1% of ${rule}`);
    });
    assert.ok(model.averageError() < start / 100);
    model.reset();
    assert.equal(model.epoch(), 0);
  });
});

test('a houses model frees everything it takes', () => {
  assertHeapKept(() => withModel(0.1, (model) => model.setFormula(RULE)), 50);
});
