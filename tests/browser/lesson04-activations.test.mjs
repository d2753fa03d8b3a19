// Lesson 4 (learn/#4): three hidden layers with every activation linear cannot solve the circle,
// however long they train; the same network with tanh can. The quiz's right answer is the collapse
// formula. Both goals are kept after a reload.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openLesson, shown, waitForNumber } from './site.mjs';

const CIRCLE_GOAL = 'Make the test loss of the circle 0.1 or less';
const QUIZ_GOAL = 'Say why the all-linear network draws a straight line however deep it is';

/** The lesson's Goal list item of `text`, and whether it says it is met. */
const goal = (page, text) => page.getByRole('region', { name: 'Goal' }).getByRole('listitem').filter({ hasText: text });
const met = async (page, text) => (await goal(page, text).textContent()).endsWith('(met)');
/** The text of the option a select shows. */
const chosen = (select) => select.evaluate((element) => element.selectedOptions[0].textContent);

test('lesson 4: the all-linear network cannot meet the circle goal, tanh meets it; the quiz answer meets the second goal; a reload keeps both', { timeout: 60_000 }, async () => {
  const { page, close } = await openLesson(4);
  const playground = page.getByRole('group', { name: 'A playground with three hidden layers of four neurons on the circle data' });
  await shown(playground);
  assert.equal(await met(page, CIRCLE_GOAL), false, 'the circle goal is not met at the start');
  assert.equal(await met(page, QUIZ_GOAL), false, 'the quiz goal is not met at the start');
  assert.equal(await chosen(playground.getByLabel('Activation', { exact: true })), 'Linear');
  assert.equal(await chosen(playground.getByLabel('Speed', { exact: true })), 'Fastest');

  // Linear: W₃(W₂(W₁x + b₁) + b₂) + b₃ is one linear function of (X₁, X₂), whose boundary is a line.
  // Every line leaves blue (+1) and orange (−1) points on both sides of the ring, so the best such
  // network predicts about 0 everywhere: a squared loss of ½·(±1 − 0)² = 0.5, far above 0.1.
  await playground.getByRole('button', { name: 'Play', exact: true }).click();
  await waitForNumber(playground, 'Epoch', (epoch) => epoch >= 300);
  await playground.getByRole('button', { name: 'Pause', exact: true }).click();
  const linearLoss = await waitForNumber(playground, 'Test loss', (loss) => loss > 0);
  assert.ok(linearLoss > 0.3, `the all-linear test loss is ${linearLoss} after 300 epochs`);
  assert.equal(await met(page, CIRCLE_GOAL), false, 'the all-linear network did not meet the circle goal');

  // Tanh: the learner's one change, then Play.
  await playground.getByLabel('Activation', { exact: true }).selectOption({ label: 'Tanh' });
  await waitForNumber(playground, 'Epoch', (epoch) => epoch === 0);
  await playground.getByRole('button', { name: 'Play', exact: true }).click();
  await goal(page, CIRCLE_GOAL).filter({ hasText: '(met)' }).waitFor();
  assert.ok((await waitForNumber(playground, 'Test loss', (loss) => loss <= 0.1)) <= 0.1);
  await playground.getByRole('button', { name: 'Pause', exact: true }).click();

  const quiz = page.getByRole('group', { name: 'A question on why the all-linear network stays straight' });
  await quiz.getByRole('radio', { name: /It has not trained long enough/ }).check();
  await quiz.getByRole('button', { name: 'Check my answer' }).click();
  await quiz.getByText(/^Not this one\./).waitFor();
  assert.equal(await met(page, QUIZ_GOAL), false, 'a wrong answer meets nothing');
  await quiz.getByRole('radio', { name: /Its layers multiply out into one/ }).check();
  await quiz.getByRole('button', { name: 'Check my answer' }).click();
  await quiz.getByText(/^Right\. /).waitFor();
  await goal(page, QUIZ_GOAL).filter({ hasText: '(met)' }).waitFor();

  await page.reload();
  await page.getByRole('heading', { level: 1, name: '4. Why activations matter' }).waitFor();
  assert.equal(await met(page, CIRCLE_GOAL), true, 'the circle goal is still met after a reload');
  assert.equal(await met(page, QUIZ_GOAL), true, 'the quiz goal is still met after a reload');
  await close();
});
