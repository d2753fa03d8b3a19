// web/src/share/goalForm.ts: the Share / Embed dialog's goal fields, as configuration goals.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { load } from './load.mjs';

const { goalsOf, newGoalFields, withMetric, fieldsOfGoal, reworded } = await load('share/goalForm.ts');

test('a new goal is "test loss at most 0.05 within 300 epochs"; another metric starts from its own bound and value', () => {
  assert.deepEqual(goalsOf([newGoalFields()]), { goals: [{ metric: 'testLoss', atMost: 0.05, withinEpochs: 300 }], errors: [] });
  const accuracy = withMetric(newGoalFields(), 'testAccuracy');
  assert.deepEqual(goalsOf([accuracy]).goals, [{ metric: 'testAccuracy', atLeast: 0.95, withinEpochs: 300 }]);
  const epoch = { ...withMetric(newGoalFields(), 'epoch'), withinEpochs: '', message: '  Keep going.  ' };
  assert.deepEqual(goalsOf([epoch]).goals, [{ metric: 'epoch', atLeast: 100, message: 'Keep going.' }]);
  assert.deepEqual(goalsOf([]), { goals: [], errors: [] });
});

test('a goal of the configuration fills the fields and comes back the same', () => {
  const goals = [
    { metric: 'trainLoss', atMost: 0.1, withinEpochs: 50, message: 'Yes' },
    { metric: 'testAccuracy', atLeast: 0.9 },
  ];
  const fields = goals.map(fieldsOfGoal);
  assert.deepEqual(fields[1], { metric: 'testAccuracy', bound: 'atLeast', value: '0.9', withinEpochs: '', message: '' });
  assert.deepEqual(goalsOf(fields).goals, goals);
});

test("what is wrong is said in the dialog's words, goal by goal, by the configuration's own validator", () => {
  const fine = newGoalFields();
  const { goals, errors } = goalsOf([
    { ...fine, value: 'abc' },
    { ...fine, withinEpochs: '2.5' },
    { ...withMetric(fine, 'trainAccuracy'), value: '1.5' },
  ]);
  assert.deepEqual(goals, []);
  assert.deepEqual(errors, [
    `Goal 1's value must be a number of at least 0, not "abc"`,
    'Goal 2\'s “within epochs” must be a whole number of at least 1, not 2.5',
    "Goal 3's value must be at most 1, not 1.5",
  ]);
  assert.equal(reworded('config.goals[11] must have exactly one of atMost, atLeast'), 'Goal 12 must have exactly one of atMost, atLeast');
  assert.equal(reworded('config.locked[0] must be …'), 'config.locked[0] must be …');
});
