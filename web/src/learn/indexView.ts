// The lesson index (learn/): every lesson with its summary and its goals, met or not, how many goals
// the learner met in all, and "Reset my progress", which asks on the page before it forgets.
import { element } from '../widgets';
import { goalCount, goalItems, lessonDone } from './goalList';
import type { LessonData } from './lessonData';
import type { Progress } from './progress';

/**
 * Fills `main` with the index; `missing` is a lesson the address named that does not exist.
 * Returns what stops it following the progress.
 */
export function showIndex(main: HTMLElement, lessons: readonly LessonData[], progress: Progress, missing: string | null, announce: (text: string) => void): () => void {
  document.title = 'Learn: nnplay';
  const heading = element('h1', '', 'Learn how a neural network learns');
  heading.tabIndex = -1;
  main.append(heading);
  if (missing !== null) main.append(element('p', 'lesson-missing', `There is no lesson “${missing}”. Here are the lessons there are.`));
  main.append(
    element(
      'p',
      'lesson-intro',
      `${lessons.length} short lessons, each with a live widget and a goal to reach. They follow one another, from a formula with blanks to the full playground; your progress stays in this browser.`,
    ),
  );
  const count = element('p', 'lesson-count');
  const next = element('p', 'lesson-continue');
  const list = element('ol', 'lesson-index');
  const fill = (): void => {
    const { met, total } = goalCount(lessons, progress);
    count.textContent = `${met} of ${total} goals met`;
    next.replaceChildren(continueLink(lessons, progress, met === 0));
    list.replaceChildren(...lessons.map((lesson) => indexEntry(lesson, progress)));
  };
  fill();
  main.append(count, next, list, resetControl(progress, announce));
  return progress.subscribe(fill);
}

/** Where to go on: lesson 1 at first, then the first lesson with a goal not met yet (the last when every goal is met). */
function continueLink(lessons: readonly LessonData[], progress: Progress, first: boolean): HTMLAnchorElement {
  const lesson = lessons.find((candidate) => !lessonDone(candidate, progress)) ?? lessons[lessons.length - 1]!;
  const link = element('a', 'lesson-continue-link', `${first ? 'Start with' : 'Continue with'} ${lesson.number}. ${lesson.title}`);
  link.href = `#${lesson.number}`;
  return link;
}

function indexEntry(lesson: LessonData, progress: Progress): HTMLLIElement {
  const item = element('li', 'lesson-index-entry');
  const title = element('h2', 'lesson-index-title');
  const link = element('a', '', `${lesson.number}. ${lesson.title}`);
  link.href = `#${lesson.number}`;
  title.append(link);
  const goals = element('ul', 'lesson-index-goals');
  goals.setAttribute('aria-label', `Goals of lesson ${lesson.number}`);
  goals.append(...goalItems(lesson, progress));
  item.append(title, element('p', 'lesson-summary', lesson.summary), goals);
  return item;
}

/** "Reset my progress", which turns into "Yes, forget my progress" / "Cancel" before it forgets. */
function resetControl(progress: Progress, announce: (text: string) => void): HTMLElement {
  const box = element('div', 'lesson-reset');
  const button = (text: string, className = 'nnplay-button'): HTMLButtonElement => {
    const made = element('button', className, text);
    made.type = 'button';
    return made;
  };
  const reset = button('Reset my progress');
  const question = element('p', 'lesson-reset-question', 'Forget every goal you met, in every lesson?');
  const confirm = button('Yes, forget my progress', 'nnplay-button lesson-reset-confirm');
  const cancel = button('Cancel');
  const asking = (ask: boolean): void => {
    reset.hidden = ask;
    question.hidden = !ask;
    confirm.hidden = !ask;
    cancel.hidden = !ask;
  };
  reset.addEventListener('click', () => {
    asking(true);
    cancel.focus();
  });
  cancel.addEventListener('click', () => {
    asking(false);
    reset.focus();
  });
  confirm.addEventListener('click', () => {
    progress.reset();
    asking(false);
    reset.focus();
    announce('Your progress is reset: no goal is met.');
  });
  asking(false);
  box.append(reset, question, confirm, cancel);
  return box;
}
