// The backprop widget (kind `backprop`): one gradient-descent step of a 2–2–1 network on one
// example, stage by stage with Back and Next, every number from the engine's traceJson. Before a
// chosen gradient is shown the learner predicts its sign; the goal is met by predicting every sign
// of one example's step right. "Another example" starts again on the next example of the lesson's list.
import type { Session } from '@engine/nnplay.mjs';
import { typeset } from '../../microscope/formula';
import { formatNumber } from '../../microscope/steps';
import type { ExampleTrace, NetworkWeights } from '../../protocol';
import { element } from '../../widgets';
import type { LessonWidget, WidgetContext } from '../widget';
import { BackpropDiagram } from './backpropDiagram';
import { backpropOptions, sessionConfig, type BackpropOptions } from './backpropOptions';
import { backpropStages, type Stage } from './backpropStages';
import { signWord } from './backpropNotation';
import './backprop.css';

function formula(tex: string, className: string): HTMLElement {
  const box = element('div', className);
  typeset(box, tex);
  return box;
}

function button(label: string, onClick: () => void): HTMLButtonElement {
  const control = element('button', 'nnplay-button', label);
  control.type = 'button';
  control.addEventListener('click', onClick);
  return control;
}

export function backpropWidget(host: HTMLElement, context: WidgetContext): LessonWidget {
  const options: BackpropOptions = backpropOptions(context.spec);
  const root = element('div', 'backprop');
  const example = element('p', 'backprop-example', 'Loading the engine…');
  const heading = element('h3', 'backprop-title');
  const note = element('p', 'backprop-note');
  const diagram = new BackpropDiagram();
  const rule = element('div', 'backprop-rule');
  const worked = element('div', 'backprop-worked');
  const questionBox = element('div', 'backprop-question');
  const asking = element('p', 'backprop-asking');
  const positive = button('Positive', () => answer(1));
  const negative = button('Negative', () => answer(-1));
  const verdict = element('p', 'backprop-verdict');
  const choices = element('div', 'backprop-choices');
  choices.append(positive, negative);
  questionBox.append(asking, choices, verdict);
  const back = button('Back', () => go(at - 1, true));
  const next = button('Next', () => go(at + 1, true));
  const another = button('Another example', () => {
    load(exampleIndex + 1);
    context.announce(example.textContent ?? '');
  });
  const score = element('p', 'backprop-score');
  const bar = element('div', 'backprop-bar');
  bar.append(back, next, another);
  root.append(example, heading, note, diagram.element, rule, worked, questionBox, bar, score);
  host.append(root);

  let session: Session | null = null;
  let network: NetworkWeights | null = null;
  let destroyed = false;
  let exampleIndex = 0;
  let stages: Stage[] = [];
  let at = 0;
  /** Per question stage answered on this example: whether the prediction was right. */
  const answers = new Map<number, boolean>();
  for (const control of [back, next, another]) control.disabled = true;

  const questionCount = (): number => stages.filter((stage) => stage.question).length;

  function load(index: number): void {
    exampleIndex = index % options.examples.length;
    const { inputs, label } = options.examples[exampleIndex]!;
    const trace = JSON.parse(session!.traceJson(inputs, label)) as ExampleTrace;
    stages = backpropStages(trace, network!, options.learningRate, options.questions);
    answers.clear();
    example.textContent =
      `Example ${exampleIndex + 1} of ${options.examples.length}: x₁ = ${formatNumber(inputs[0])}, x₂ = ${formatNumber(inputs[1])}, label y = ${label}.`;
    another.disabled = false;
    go(0, false);
  }

  /** Shows stage `index`; `say`: tells a screen reader which stage it is (not when the learner did not move). */
  function go(index: number, say: boolean): void {
    at = Math.max(0, Math.min(stages.length - 1, index));
    const stage = stages[at]!;
    const { question } = stage;
    const answered = answers.get(at);
    heading.textContent = `Stage ${at + 1} of ${stages.length}: ${stage.title}`;
    note.textContent = stage.note;
    typeset(rule, stage.formula);
    const lines = question ? (answered === undefined ? [question.known] : [question.known, question.worked]) : stage.worked;
    worked.replaceChildren(...lines.map((line) => formula(line, 'backprop-line')));
    diagram.show(stage.shown, question?.place ?? null, question && answered !== undefined ? question.value : null, stage.title);
    questionBox.hidden = !question;
    if (question) {
      asking.textContent = `Will ∂L/∂w for ${question.weight} be positive or negative?`;
      positive.disabled = negative.disabled = answered !== undefined;
      verdict.textContent = answered === undefined ? '' : verdictText(answered, question.value, question.why);
    }
    back.disabled = at === 0;
    next.disabled = at === stages.length - 1 || (question !== undefined && answered === undefined);
    if (next.disabled && document.activeElement === next) (question ? positive : back).focus();
    showScore();
    if (say) context.announce(heading.textContent);
  }

  function verdictText(right: boolean, value: number, why: string): string {
    const result = `${right ? 'Right' : 'Not quite'}: ∂L/∂w = ${formatNumber(value)}, ${signWord(value)}. ${why}`;
    return right ? result : `${result} This example no longer counts for the goal: press Another example to try a new one.`;
  }

  function answer(sign: 1 | -1): void {
    const value = stages[at]!.question!.value;
    const right = Math.sign(value) === sign;
    answers.set(at, right);
    go(at, false);
    next.focus();
    context.announce(verdict.textContent ?? '');
    if (answers.size === questionCount() && [...answers.values()].every(Boolean)) context.meetGoal();
  }

  function showScore(): void {
    const right = [...answers.values()].filter(Boolean).length;
    const wrong = answers.size - right;
    const total = questionCount();
    score.textContent =
      wrong > 0
        ? `On this example: ${right} of ${total} signs predicted right, ${wrong} wrong.`
        : answers.size === total
          ? `On this example: all ${total} signs predicted right.`
          : `On this example: ${right} of ${total} signs predicted right so far.`;
  }

  context
    .engine()
    .then((nnplay) => {
      if (destroyed) return;
      session = new nnplay.Session(JSON.stringify(sessionConfig(options)));
      network = JSON.parse(session.networkJson()) as NetworkWeights;
      load(0);
    })
    .catch((error: unknown) => {
      example.textContent = `The engine could not trace this step: ${error instanceof Error ? error.message : String(error)}`;
    });

  return {
    destroy() {
      destroyed = true;
      session?.delete();
      session = null;
    },
  };
}
