// Kind `loss`: the softmax loss −log p of examples whose true class a model gives probability p.
// Optional models to compare (the probability each gives the first example), then a table of the
// examples with a slider for each probability, its loss and, for a batch, the average loss; then
// the loss curve with every example marked. Every probability and loss shown is the engine's
// (lossBatch.ts). The goal is met when the (average) loss goes below the `below` option.
import { element, uniqueId } from '../../widgets';
import type { LessonWidget, WidgetContext } from '../widget';
import { LossBatch } from './lossBatch';
import { LossCurve } from './lossCurve';
import { PROBABILITY, lossOptions, type LossOptions } from './lossOptions';
import './loss.css';

const CURVE_POINTS = 99;

export function lossWidget(host: HTMLElement, context: WidgetContext): LessonWidget {
  const options = lossOptions(context.spec);
  const status = element('p', 'loss-status', 'Loading the engine…');
  host.append(status);
  let batch: LossBatch | null = null;
  let destroyed = false;
  context
    .engine()
    .then((nnplay) => {
      if (destroyed) return;
      batch = new LossBatch(nnplay, options.classes, options.examples);
      status.remove();
      build(host, context, options, batch);
    })
    .catch((error: unknown) => {
      status.textContent = `The engine could not compute the losses: ${error instanceof Error ? error.message : String(error)}`;
      console.error(error);
    });
  return {
    destroy() {
      destroyed = true;
      batch?.delete();
      batch = null;
    },
  };
}

function build(host: HTMLElement, context: WidgetContext, options: LossOptions, batch: LossBatch): void {
  const { examples } = options;
  const single = examples.length === 1;
  if (options.compare.length > 0) host.append(comparison(options, batch));
  const curve = new LossCurve(
    Array.from({ length: CURVE_POINTS }, (_, i) => batch.at(PROBABILITY.min + (i * (PROBABILITY.max - PROBABILITY.min)) / (CURVE_POINTS - 1))),
    single ? options.below : null,
  );
  const table = element('table', 'loss-table');
  const head = element('tr', '');
  for (const title of ['Example', 'True class', 'Probability given to it', 'Loss −log p']) head.append(element('th', '', title));
  table.append(element('thead', ''));
  table.tHead!.append(head);
  const body = element('tbody', '');
  const losses: HTMLOutputElement[] = [];
  const probabilities: HTMLOutputElement[] = [];
  const mean = element('output', 'loss-number');
  mean.setAttribute('aria-label', 'Average loss');
  const goalLine = element('p', 'loss-goal-line');
  const update = (): void => {
    const now = examples.map((_, i) => batch.example(i));
    now.forEach((example, i) => {
      probabilities[i]!.textContent = example.probability.toFixed(2);
      losses[i]!.textContent = example.loss.toFixed(3);
    });
    const average = batch.meanLoss();
    mean.textContent = average.toFixed(3);
    curve.show(now.map((example, i) => ({ ...example, tag: single ? '' : String(i + 1), name: examples[i]!.name })));
    const what = single ? 'The loss' : 'The average loss';
    const met = average < options.below;
    goalLine.textContent = `${what} is ${average.toFixed(3)}: ${met ? 'below' : 'not yet below'} ${options.below}.`;
    goalLine.classList.toggle('met', met);
    if (met) context.meetGoal();
  };
  examples.forEach((example, i) => {
    const slider = element('input', 'loss-slider');
    slider.type = 'range';
    slider.min = String(PROBABILITY.min);
    slider.max = String(PROBABILITY.max);
    slider.step = String(PROBABILITY.step);
    slider.value = String(example.probability);
    slider.id = uniqueId('loss-probability');
    const label = element('label', 'nnplay-visually-hidden', `${example.name}: probability of ${example.trueClass}`);
    label.htmlFor = slider.id;
    slider.addEventListener('input', () => {
      batch.setProbability(i, Number(slider.value));
      update();
    });
    const probability = element('output', 'loss-number');
    probability.setAttribute('aria-label', `${example.name}: probability given`);
    const loss = element('output', 'loss-number');
    loss.setAttribute('aria-label', `${example.name}: loss`);
    probabilities.push(probability);
    losses.push(loss);
    const row = element('tr', '');
    const sliderCell = element('td', 'loss-probability');
    sliderCell.append(label, slider, probability);
    const lossCell = element('td', '');
    lossCell.append(loss);
    row.append(element('th', '', example.name), element('td', '', example.trueClass), sliderCell, lossCell);
    body.append(row);
  });
  if (!single) {
    const row = element('tr', 'loss-mean');
    const cell = element('td', '');
    cell.append(mean);
    const title = element('th', '', `Average over the ${examples.length} examples`);
    title.colSpan = 3;
    row.append(title, cell);
    body.append(row);
  }
  table.append(body);
  const scroller = element('div', 'loss-table-scroller');
  scroller.append(table);
  const figure = element('div', 'loss-figure');
  figure.append(curve.element);
  host.append(scroller, goalLine, figure);
  update();
}

/** The models compared: the probability each gives the first example's true class and the engine's loss for it. */
function comparison(options: LossOptions, batch: LossBatch): HTMLTableElement {
  const first = options.examples[0]!;
  const table = element('table', 'loss-table loss-compare');
  const caption = element('caption', '', `What each model gives ${first.name.toLowerCase()}, whose true class is ${first.trueClass}`);
  const head = element('tr', '');
  for (const title of ['Model', `Probability of ${first.trueClass}`, 'Loss −log p']) head.append(element('th', '', title));
  const body = element('tbody', '');
  for (const model of options.compare) {
    const { probability, loss } = batch.at(model.probability);
    const row = element('tr', '');
    const lossCell = element('td', '');
    const lossOutput = element('output', 'loss-number', loss.toFixed(3));
    lossOutput.setAttribute('aria-label', `${model.model}: loss`);
    lossCell.append(lossOutput);
    row.append(element('th', '', model.model), element('td', '', probability.toFixed(2)), lossCell);
    body.append(row);
  }
  table.append(caption, element('thead', ''), body);
  table.tHead!.append(head);
  return table;
}
