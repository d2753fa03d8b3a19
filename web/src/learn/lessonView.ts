// One lesson (learn/#N): where it is in the course, its heading, its goals, its body with the widgets
// mounted in their places, the link to the full playground in its state, and Previous / Next.
import { element } from '../widgets';
import { lessonEngine } from './engine';
import { goalItems } from './goalList';
import type { LessonData } from './lessonData';
import type { Progress } from './progress';
import type { LessonWidget } from './widget';
import { WIDGETS } from './widgets/registry';
import { playgroundHref } from './widgets/playgroundWidget';

/** Fills `main` with `lesson` of `lessons`; returns what stops it (its widgets destroyed, the progress no longer followed). */
export function showLesson(main: HTMLElement, lesson: LessonData, lessons: readonly LessonData[], progress: Progress, announce: (text: string) => void): () => void {
  document.title = `${lesson.number}. ${lesson.title}: Learn: nnplay`;
  const article = element('article', 'lesson');
  const position = element('p', 'lesson-position', `Lesson ${lesson.number} of ${lessons.length}`);
  const heading = element('h1', '', `${lesson.number}. ${lesson.title}`);
  heading.tabIndex = -1;
  article.append(position, heading);
  const goalList = element('ul', 'lesson-goal-list');
  const fillGoals = (): void => goalList.replaceChildren(...goalItems(lesson, progress));
  fillGoals();
  if (lesson.goals.length > 0) {
    const goalBox = element('section', 'lesson-goals');
    const goalHeading = element('h2', '', 'Goal');
    goalHeading.id = 'lesson-goal-heading';
    goalBox.setAttribute('aria-labelledby', goalHeading.id);
    goalBox.append(goalHeading, goalList);
    article.append(goalBox);
  }
  const body = element('div', 'lesson-body');
  // Rendered at build time from the lesson's Markdown, with its raw HTML escaped (web/build/lessons.ts).
  body.innerHTML = lesson.html;
  article.append(body);
  if (lesson.playground !== null) {
    const open = element('a', 'lesson-open-playground', 'Open this lesson in the full playground');
    open.href = playgroundHref(lesson.playground);
    const line = element('p', 'lesson-playground-line');
    line.append(open);
    article.append(line);
  }
  article.append(pager(lesson, lessons));
  main.append(article);
  const mounted = [...body.querySelectorAll<HTMLElement>('.lesson-widget')].flatMap((host) => mountWidget(lesson, host, progress, announce));
  const stopFollowing = progress.subscribe(fillGoals);
  return () => {
    stopFollowing();
    mounted.forEach((widget) => widget.destroy());
  };
}

/** The widget of `host`'s block, mounted; none when it cannot be (its host says why). */
function mountWidget(lesson: LessonData, host: HTMLElement, progress: Progress, announce: (text: string) => void): LessonWidget[] {
  const spec = lesson.widgets[Number(host.dataset['widget'])]!;
  host.setAttribute('role', 'group');
  host.setAttribute('aria-label', spec.label);
  try {
    const factory = WIDGETS[spec.kind];
    if (!factory) throw new Error(`There is no widget "${spec.kind}".`);
    return [
      factory(host, {
        spec,
        engine: lessonEngine,
        goalMet: () => spec.goal !== undefined && progress.met(lesson.number, spec.goal),
        meetGoal() {
          const goal = lesson.goals.find((candidate) => candidate.id === spec.goal);
          if (goal && progress.meet(lesson.number, goal.id)) announce(`Goal met: ${goal.text}`);
        },
        announce,
      }),
    ];
  } catch (error) {
    host.append(element('p', 'lesson-widget-error', error instanceof Error ? error.message : String(error)));
    console.error(error);
    return [];
  }
}

function pager(lesson: LessonData, lessons: readonly LessonData[]): HTMLElement {
  const pages = element('nav', 'lesson-pager');
  pages.setAttribute('aria-label', 'Previous and next lesson');
  const link = (href: string, className: string, word: string, text: string): void => {
    const made = element('a', className);
    made.href = href;
    made.append(element('span', 'lesson-pager-word', `${word}: `), text);
    pages.append(made);
  };
  const before = lessons.find((candidate) => candidate.number === lesson.number - 1);
  const after = lessons.find((candidate) => candidate.number === lesson.number + 1);
  if (before) link(`#${before.number}`, 'lesson-previous', 'Previous', `${before.number}. ${before.title}`);
  // After the last lesson, the way back to all of them and their goals.
  if (after) link(`#${after.number}`, 'lesson-next', 'Next', `${after.number}. ${after.title}`);
  else link('#', 'lesson-next', 'Done', 'All lessons and your goals');
  return pages;
}
