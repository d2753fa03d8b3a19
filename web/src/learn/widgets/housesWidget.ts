// Lesson 1's widget, kind `houses`: the house-price template price = base + __·size + __·stories +
// __·distance to school, with the blanks as sliders, the formula with the current numbers, the
// average error over the engine's houses and a table of a few houses. With the `descent` option it
// also lets gradient descent fill the blanks, animated, with the error falling on a chart.
// The goal is met by hand (`errorGoal`: the error at or under it) or by descent (every coefficient
// within `descent.tolerance` of `descent.target`).
import type { NnplayModule } from '@engine/nnplay.mjs';
import { typeset } from '../../microscope/formula';
import { element, uniqueId } from '../../widgets';
import type { LessonWidget, WidgetContext } from '../widget';
import { BlankControls } from './housesBlanks';
import { ErrorChart } from './housesChart';
import { DescentLoop } from './housesDescent';
import { coefficientText, type Formula, formulaTex, priceText, withinTolerance } from './housesFormula';
import { HousesModel } from './housesModel';
import { type DescentOptions, type HousesOptions, housesOptions } from './housesOptions';
import { HousesTable } from './housesTable';
import './houses.css';

export function housesWidget(host: HTMLElement, context: WidgetContext): LessonWidget {
  const options = housesOptions(context.spec);
  const loading = element('p', 'houses-loading', 'Loading the engine…');
  host.append(loading);
  let destroyed = false;
  let shown: LessonWidget | null = null;
  context
    .engine()
    .then((nnplay) => {
      if (destroyed) return;
      loading.remove();
      shown = showHouses(host, context, options, nnplay);
    })
    .catch((error: unknown) => {
      loading.textContent = `The engine could not start: ${error instanceof Error ? error.message : String(error)}`;
    });
  return {
    destroy() {
      destroyed = true;
      shown?.destroy();
    },
  };
}

function showHouses(host: HTMLElement, context: WidgetContext, options: HousesOptions, nnplay: NnplayModule): LessonWidget {
  const model = new HousesModel(nnplay, options.descent?.learningRate ?? null);
  try {
    return housesView(host, context, options, model);
  } catch (error) {
    model.delete();
    throw error;
  }
}

/** The widget's page over `model`, whose Session it deletes when destroyed. */
function housesView(host: HTMLElement, context: WidgetContext, options: HousesOptions, model: HousesModel): LessonWidget {
  const terms = options.blanks.map((blank) => blank.term);
  const starts = options.blanks.map((blank) => blank.start);
  let intercept = options.basePrice;

  const formulaBox = element('div', 'houses-formula');
  const errorLine = element('p', 'houses-error');
  const errorName = element('span', '', 'Average error');
  errorName.id = uniqueId('houses-error');
  const errorOutput = element('output', 'houses-error-value');
  errorOutput.setAttribute('aria-labelledby', errorName.id);
  const goalNote = element('span', 'houses-goal-note');
  errorLine.append(errorName, ': ', errorOutput, goalNote);

  /** Shows the engine's formula, error and prices; returns the formula and the error. */
  const refresh = (): { formula: Formula; error: number } => {
    const formula = model.formula();
    formulaBox.replaceChildren(
      ...formulaTex(formula, terms).map((term) => {
        const piece = element('span', 'houses-formula-term');
        typeset(piece, term);
        return piece;
      }),
    );
    const error = model.averageError();
    errorOutput.textContent = priceText(error);
    if (options.errorGoal !== null) {
      const met = error <= options.errorGoal;
      goalNote.textContent = ` (${met ? '✓ at most' : 'the goal: at most'} ${priceText(options.errorGoal)})`;
    }
    table.show(model.prices(options.houses));
    return { formula, error };
  };

  const blanks = new BlankControls(host, options.blanks, (values) => {
    descent?.pause();
    model.setFormula({ intercept, coefficients: values });
    const { error } = refresh();
    if (options.errorGoal !== null && error <= options.errorGoal) context.meetGoal();
  });
  host.append(formulaBox, errorLine);
  const table = new HousesTable(host, options.blanks, options.houses);
  const hooks: DescentHooks = {
    refresh,
    showBlanks(formula) {
      intercept = formula.intercept;
      blanks.show(formula.coefficients);
    },
    restart() {
      intercept = options.basePrice;
      model.setFormula({ intercept, coefficients: starts });
      blanks.show(starts);
    },
  };
  const descent = options.descent ? descentPart(host, context, options.descent, model, hooks) : null;

  model.setFormula({ intercept, coefficients: starts });
  refresh();
  return {
    destroy() {
      descent?.cancel();
      model.delete();
    },
  };
}

interface DescentHooks {
  refresh(): { formula: Formula; error: number };
  /** The engine moved the blanks: show them, and keep its base price for what the learner sets next. */
  showBlanks(formula: Formula): void;
  /** Reset: the blanks and the base price back to their starts, in the engine and on screen. */
  restart(): void;
}

/** The button that lets gradient descent fill the blanks, Pause, Reset, the epoch and the error chart. */
function descentPart(host: HTMLElement, context: WidgetContext, options: DescentOptions, model: HousesModel, hooks: DescentHooks): DescentLoop {
  const bar = element('div', 'houses-descent');
  const run = element('button', 'nnplay-button', 'Let gradient descent find them');
  const pause = element('button', 'nnplay-button', 'Pause');
  const reset = element('button', 'nnplay-button', 'Reset');
  for (const button of [run, pause, reset]) button.type = 'button';
  const epochLine = element('p', 'houses-epoch');
  const epochName = element('span', '', 'Epoch');
  epochName.id = uniqueId('houses-epoch');
  const epochOutput = element('output', '', '0');
  epochOutput.setAttribute('aria-labelledby', epochName.id);
  epochLine.append(epochName, ': ', epochOutput);
  const problem = element('p', 'houses-message');
  problem.hidden = true;
  bar.append(run, pause, reset, epochLine);
  host.append(bar, problem);
  const chart = new ErrorChart(host);
  pause.disabled = true;

  const step = (): boolean => {
    let epoch: number;
    try {
      epoch = model.trainEpoch();
    } catch (error) {
      problem.textContent = `Gradient descent stopped: ${error instanceof Error ? error.message : String(error)}`;
      problem.hidden = false;
      return false;
    }
    const { formula, error } = hooks.refresh();
    hooks.showBlanks(formula);
    epochOutput.textContent = String(epoch);
    chart.add(epoch, error);
    if (withinTolerance(formula.coefficients, options.target, options.tolerance)) context.meetGoal();
    return true;
  };
  const loop = new DescentLoop(options.epochsPerSecond, step, (finished) => {
    // Keyboard focus on Pause would be lost as it is disabled: it moves to the button that goes on.
    const hadFocus = document.activeElement === pause;
    run.disabled = false;
    pause.disabled = true;
    if (hadFocus) run.focus();
    const { formula, error } = hooks.refresh();
    const numbers = formula.coefficients.map(coefficientText).join(', ');
    context.announce(`${finished ? 'Gradient descent stopped' : 'Paused'} at epoch ${model.epoch()}: ${numbers}; average error ${priceText(error)}.`);
  });
  run.addEventListener('click', () => {
    problem.hidden = true;
    if (model.epoch() === 0) chart.add(0, hooks.refresh().error);
    pause.disabled = false;
    pause.focus();
    run.disabled = true;
    loop.start(options.epochs);
  });
  pause.addEventListener('click', () => loop.pause());
  reset.addEventListener('click', () => {
    loop.pause();
    model.reset();
    hooks.restart();
    hooks.refresh();
    epochOutput.textContent = '0';
    chart.clear();
    problem.hidden = true;
    context.announce('Reset: the blanks are back where they started, at epoch 0.');
  });
  return loop;
}
