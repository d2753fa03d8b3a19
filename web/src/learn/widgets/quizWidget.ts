// A multiple-choice question: the learner picks one answer and checks it; the right one meets the
// spec's goal and shows the explanation. Options: `question`, `choices` (a list of texts), `answer`
// (the number of the right choice, from 1), `explanation` (said after the right answer) and
// optionally `retry` (said after a wrong one).
import { element } from '../../widgets';
import type { LessonWidget, WidgetContext } from '../widget';
import { stringOption } from '../widget';
import './quiz.css';

let quizzes = 0;

function choicesOf(value: unknown): string[] {
  if (!Array.isArray(value) || value.length < 2 || !value.every((choice) => typeof choice === 'string')) {
    throw new Error('The quiz widget needs "choices": a list of at least two texts.');
  }
  return value as string[];
}

export function quizWidget(host: HTMLElement, context: WidgetContext): LessonWidget {
  const { spec } = context;
  const question = stringOption(spec, 'question');
  const explanation = stringOption(spec, 'explanation');
  const choices = choicesOf(spec['choices']);
  const answer = spec['answer'];
  if (!Number.isInteger(answer) || (answer as number) < 1 || (answer as number) > choices.length) {
    throw new Error(`The quiz widget needs "answer": the number of the right choice, from 1 to ${choices.length}.`);
  }
  const retry = typeof spec['retry'] === 'string' ? spec['retry'] : 'Not this one. Look at the formula again and try another answer.';
  const name = `lesson-quiz-${++quizzes}`;

  const form = element('form', 'lesson-quiz');
  const fieldset = element('fieldset', '');
  fieldset.append(element('legend', '', question));
  const radios = choices.map((text, i) => {
    const label = element('label', 'lesson-quiz-choice');
    const radio = element('input', '');
    radio.type = 'radio';
    radio.name = name;
    radio.value = String(i + 1);
    label.append(radio, ` ${text}`);
    fieldset.append(label);
    return radio;
  });
  const check = element('button', 'nnplay-button', 'Check my answer');
  check.type = 'submit';
  const feedback = element('p', 'lesson-quiz-feedback');
  form.append(fieldset, check, feedback);
  host.append(form);

  const showRight = (): void => {
    radios[(answer as number) - 1]!.checked = true;
    feedback.className = 'lesson-quiz-feedback right';
    feedback.textContent = `Right. ${explanation}`;
  };
  if (context.goalMet()) showRight();
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const chosen = radios.findIndex((radio) => radio.checked) + 1;
    if (chosen === 0) {
      feedback.className = 'lesson-quiz-feedback';
      feedback.textContent = 'Choose an answer first.';
    } else if (chosen === answer) {
      showRight();
      context.meetGoal();
    } else {
      feedback.className = 'lesson-quiz-feedback wrong';
      feedback.textContent = retry;
    }
    context.announce(feedback.textContent ?? '');
  });
  return { destroy() {} };
}
