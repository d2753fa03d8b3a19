// Lesson 7, Backpropagation: the backprop widget walks one gradient-descent step of the lesson's
// 2–2–1 network (tanh hidden layer, sigmoid output, −log p loss) with the engine's numbers, and its
// goal is met by predicting the sign of every asked gradient of one example right.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openLesson, PHONE, screenshot } from './site.mjs';

/** The numbers the diagram's text alternative gives, symbol → value: "δ = −0.4903" → {δ: -0.4903}. */
async function shownNumbers(widget) {
  const label = await widget.getByRole('img').getAttribute('aria-label');
  const pairs = [...label.matchAll(/(\S+) = (−?[\d.e+-]+)/g)].map(([, symbol, value]) => [symbol, Number(value.replace('−', '-'))]);
  return Object.fromEntries(pairs);
}

/** Clicks Next until the widget asks a sign question (true) or reaches its last stage (false). */
async function nextQuestion(widget) {
  const next = widget.getByRole('button', { name: 'Next', exact: true });
  const asking = widget.getByRole('button', { name: 'Positive', exact: true });
  for (;;) {
    if ((await asking.isVisible()) && (await asking.isEnabled())) return true;
    if (!(await next.isEnabled())) return false;
    await next.click();
  }
}

/**
 * Answers the question on screen: right, with the sign of δ times the activation the weight carries
 * (the two numbers the question stage shows, ∂L/∂w = δ·a), or wrong, with the other one.
 */
async function answer(widget, { right }) {
  const numbers = await shownNumbers(widget);
  const carried = numbers.a ?? numbers.x;
  const sign = Math.sign(numbers['δ'] * carried);
  const positive = right ? sign > 0 : sign < 0;
  await widget.getByRole('button', { name: positive ? 'Positive' : 'Negative', exact: true }).click();
  await widget.getByText(right ? /^Right: ∂L\/∂w = / : /^Not quite: ∂L\/∂w = /).waitFor();
}

const goalState = (page) => page.getByRole('region', { name: 'Goal' }).getByRole('listitem').first().textContent();

test('lesson 7 shows the engine numbers of a step, and predicting the three signs of one example meets its goal', async () => {
  const { page, close } = await openLesson(7);
  const widget = page.getByRole('group', { name: /^One gradient-descent step of a 2–2–1 network/ });
  await widget.getByText('Example 1 of 3: x₁ = 1, x₂ = 0.5, label y = 1.').waitFor();
  assert.match(await goalState(page), /\(not met yet\)$/);

  // Stage 3, the output's forward pass. By hand, with the lesson's weights and x = (1, 0.5):
  // z₁ = 0.5·1 − 0.4·0.5 + 0.1 = 0.4, a₁ = tanh 0.4 = 0.379949; z₂ = 0.3·1 + 0.8·0.5 − 0.2 = 0.5,
  // a₂ = tanh 0.5 = 0.462117; z = 0.7·0.379949 − 0.6·0.462117 + 0.05 = 0.038694,
  // a = 1 / (1 + e^−0.038694) = 0.509672.
  await widget.getByRole('button', { name: 'Next', exact: true }).click();
  await widget.getByRole('button', { name: 'Next', exact: true }).click();
  await widget.getByRole('heading', { name: 'Stage 3 of 12: Forward: the output' }).waitFor();
  assert.match(await widget.getByRole('img').getAttribute('aria-label'), /the output: z = 0\.03869, a = 0\.5097/);

  // The first question, on the weight from h₁ to the output, answered wrong: δ = a − y = 0.509672 − 1
  // = −0.490328, and ∂L/∂w = δ·a₁ = −0.490328 · 0.379949 = −0.186300.
  assert.equal(await nextQuestion(widget), true);
  await answer(widget, { right: false });
  await widget.getByText(/^Not quite: ∂L\/∂w = −0\.1863, negative\./).waitFor();
  while (await nextQuestion(widget)) await answer(widget, { right: true });
  await widget.getByText('On this example: 2 of 3 signs predicted right, 1 wrong.').waitFor();
  assert.match(await goalState(page), /\(not met yet\)$/, 'a wrong prediction does not meet the goal');

  await widget.getByRole('button', { name: 'Another example', exact: true }).click();
  await widget.getByText('Example 2 of 3: x₁ = −1, x₂ = 2, label y = 0.').waitFor();
  await widget.getByRole('heading', { name: /^Stage 1 of 12/ }).waitFor();
  while (await nextQuestion(widget)) await answer(widget, { right: true });
  await widget.getByText('On this example: all 3 signs predicted right.').waitFor();
  assert.match(await goalState(page), /^✓ .*\(met\)$/);

  await page.reload();
  await widget.getByText('Example 1 of 3', { exact: false }).waitFor();
  assert.match(await goalState(page), /^✓ .*\(met\)$/, 'the met goal survives a reload');
  await close();
});

test('lesson 7 fits a phone without sideways scrolling', async () => {
  const { page, close } = await openLesson(7, { viewport: PHONE });
  await page.getByText('Example 1 of 3', { exact: false }).waitFor();
  await screenshot(page, 'lesson07-phone');
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth), true);
  await close();
});
