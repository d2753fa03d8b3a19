// Lesson 3, "Layers: the driving-test network": the article's Person A and Person B computed by the
// engine and shown on every neuron, checked against arithmetic by hand; a changed weight moves the
// numbers; a field that holds no number is refused; the bias of pass set to 0 meets the goal, which
// a reload keeps.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PHONE, openLesson, screenshot } from './site.mjs';

const GOAL = 'Change the weights so that Person A passes with at least 50%';
const goalItem = (page) => page.getByRole('region', { name: 'Goal' }).getByRole('listitem');
const widgetOf = (page) => page.getByRole('group', { name: /^The driving-test network/ });
/** The network diagram once its text alternative says all of `parts` (regular expressions' sources). */
const diagramSaying = (widget, ...parts) => widget.getByRole('img', { name: new RegExp(parts.map((part) => `(?=.*${part})`).join('')) });

test('Person A and Person B get the article\'s chances from the engine, weights move them, and a bias of 0 for pass meets the goal', async () => {
  const { page, close } = await openLesson(3);
  const widget = widgetOf(page);
  assert.equal(await goalItem(page).textContent(), `${GOAL} (not met yet)`);

  // Person A (20, male = 0, 10 lessons): parking = ReLU(4·20 + 0.5·0 + 3·10 − 110) = ReLU(0) = 0,
  // road driving = ReLU(4·20 − 0.5·0 + 6·10 − 140) = ReLU(0) = 0, pass: z = 0.01·0 + 0.025·0 − 3 = −3,
  // σ(−3) = 1 / (1 + e³) = 1 / 21.0855 = 0.047426 → 4.74%.
  await widget.getByRole('button', { name: 'Person A', exact: true }).click();
  await diagramSaying(widget, 'age 20, sex male, lessons 10', 'parking: .*sum 0, ReLU output 0\\.', 'road driving: .*sum 0, ReLU output 0\\.', 'pass: .*sum −3, sigmoid output 4\\.74%').waitFor();
  await widget.getByText('sigmoid → 4.74%', { exact: true }).waitFor();
  // 20 lessons instead of 10: parking = 80 + 3·20 − 110 = 30, road driving = 80 + 6·20 − 140 = 60,
  // z = 0.01·30 + 0.025·60 − 3 = 0.3 + 1.5 − 3 = −1.2, σ(−1.2) = 1 / (1 + e^1.2) = 1 / 4.320117 = 0.231475 → 23.15%.
  await widget.getByLabel('Lessons', { exact: true }).fill('20');
  await diagramSaying(widget, 'lessons 20', 'parking: .*sum 30, ReLU output 30\.', 'road driving: .*sum 60, ReLU output 60\.', 'pass: .*sum −1\.2, sigmoid output 23\.15%').waitFor();

  // Person B (50, female = 1, 20 lessons): parking = 4·50 + 0.5·1 + 3·20 − 110 = 200 + 0.5 + 60 − 110 = 150.5,
  // road driving = 4·50 − 0.5·1 + 6·20 − 140 = 200 − 0.5 + 120 − 140 = 179.5, pass: z = 0.01·150.5 +
  // 0.025·179.5 − 3 = 1.505 + 4.4875 − 3 = 2.9925, σ(2.9925) = 1 / (1 + e^−2.9925) = 1 / 1.050162 = 0.952234 → 95.22%.
  await widget.getByRole('button', { name: 'Person B', exact: true }).click();
  await diagramSaying(widget, 'age 50, sex female, lessons 20', 'parking: .*sum 150\\.5, ReLU output 150\\.5\\.', 'road driving: .*sum 179\\.5, ReLU output 179\\.5\\.', 'pass: .*sum 2\\.9925, sigmoid output 95\\.22%').waitFor();
  await widget.getByText('sigmoid → 95.22%', { exact: true }).waitFor();
  await widget.getByText('Person A (age 20, male, 10 lessons): 4.74%', { exact: true }).waitFor();

  // Weight from road driving to pass 0.025 → 0.02: z = 1.505 + 0.02·179.5 − 3 = 1.505 + 3.59 − 3 = 2.095,
  // σ(2.095) = 1 / (1 + e^−2.095) = 1 / 1.123070 = 0.890416 → 89.04%. Person A's sums are 0: still 4.74%.
  await widget.getByLabel('Weight from road driving to pass', { exact: true }).fill('0.02');
  await diagramSaying(widget, 'pass: weights 0\\.01 from parking, 0\\.02 from road driving, .*sum 2\\.095, sigmoid output 89\\.04%').waitFor();
  await widget.getByText('Person A (age 20, male, 10 lessons): 4.74%', { exact: true }).waitFor();

  // An empty field is no number: a message, and the bias stays −3 (Person B: still 89.04%).
  const bias = widget.getByLabel('Bias of pass', { exact: true });
  await bias.fill('');
  await widget.getByText('Type a number here. Bias of pass stays −3.', { exact: true }).waitFor();
  assert.equal(await bias.getAttribute('aria-invalid'), 'true');
  await bias.blur();
  assert.equal(await bias.inputValue(), '-3');
  await diagramSaying(widget, 'pass: .*bias −3; sum 2\\.095, sigmoid output 89\\.04%').waitFor();
  assert.equal(await goalItem(page).textContent(), `${GOAL} (not met yet)`);

  // A number beyond a 32-bit float the engine refuses, saying why; the weight stays 4.
  const ageToParking = widget.getByLabel('Weight from age to parking', { exact: true });
  await ageToParking.fill('1e39');
  await widget.getByText(/^A weight must be .*\. Weight from age to parking stays 4\.$/).waitFor();
  await ageToParking.blur();
  assert.equal(await ageToParking.inputValue(), '4');
  await diagramSaying(widget, 'parking: weights 4 from age, .*sum 150\.5').waitFor();

  // Bias of pass 0: Person A's z = 0·… + 0 = 0, σ(0) = 1 / (1 + 1) = 0.5 → 50.00%, at least 50%: the goal.
  await bias.fill('0');
  await widget.getByText('Person A (age 20, male, 10 lessons): 50.00%', { exact: true }).waitFor();
  await goalItem(page).filter({ hasText: `✓ ${GOAL} (met)` }).waitFor();

  await widget.getByRole('button', { name: "Restore the article's weights", exact: true }).click();
  await diagramSaying(widget, 'pass: weights 0\\.01 from parking, 0\\.025 from road driving, bias −3; sum 2\\.9925, sigmoid output 95\\.22%').waitFor();
  assert.equal(await bias.inputValue(), '-3');

  await page.reload();
  await page.getByRole('heading', { level: 1, name: '3. Layers: the driving-test network' }).waitFor();
  await goalItem(page).filter({ hasText: `✓ ${GOAL} (met)` }).waitFor();
  await diagramSaying(widgetOf(page), 'pass: .*sigmoid output 4\\.74%').waitFor();
  await screenshot(page, 'lesson03-desktop');
  await close();
});

test('on a phone the network fits the width and still shows Person B\'s numbers', async () => {
  const { page, close } = await openLesson(3, { viewport: PHONE });
  const widget = widgetOf(page);
  await widget.getByRole('button', { name: 'Person B', exact: true }).click();
  await widget.getByText('sigmoid → 95.22%', { exact: true }).waitFor();
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth), 'the page scrolls sideways');
  await screenshot(page, 'lesson03-phone');
  await close();
});
