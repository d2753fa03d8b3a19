// The Learn page (learn/): the lesson index at learn/, lesson N at learn/#N. The hash is the route,
// so a deep link opens a lesson and Back returns to the one before. Each lesson's widgets are
// mounted when it opens and destroyed when the learner leaves it.
import { lessons } from './lessons';
import { element } from '../widgets';
import { lessonEngine } from './engine';
import type { LessonData } from './lessonData';
import { Progress } from './progress';
import type { LessonWidget } from './widget';
import { WIDGETS } from './widgets/registry';
import { playgroundHref } from './widgets/playgroundWidget';
import '../style.css';
import './learn.css';

const root = document.getElementById('learn');
if (!root) throw new Error('learn/index.html has no #learn element.');
const storage = (() => {
  try {
    return localStorage;
  } catch {
    return null;
  }
})();
const progress = new Progress(storage);

const live = element('div', 'lesson-live');
live.setAttribute('role', 'status');
live.setAttribute('aria-live', 'polite');
const announce = (text: string): void => {
  live.textContent = '';
  requestAnimationFrame(() => (live.textContent = text));
};

const nav = element('nav', 'lesson-nav');
nav.setAttribute('aria-label', 'Lessons');
const main = element('main', 'lesson-main');
root.append(header(), nav, main, live);

let mounted: LessonWidget[] = [];
let stopShowingGoals = (): void => {};

function header(): HTMLElement {
  const top = element('header', 'lesson-header');
  const home = element('a', 'lesson-home', 'nnplay');
  home.href = playgroundHref('');
  const learn = element('a', 'lesson-learn', 'Learn');
  learn.href = '#';
  top.append(home, learn);
  return top;
}

/** The lesson the hash names, null for the index; `missing` when it names one that does not exist. */
function route(hash: string): { lesson: LessonData | null; missing: string | null } {
  const name = decodeURIComponent(hash.replace(/^#/, ''));
  if (name === '') return { lesson: null, missing: null };
  const lesson = lessons.find((candidate) => String(candidate.number) === name);
  return lesson ? { lesson, missing: null } : { lesson: null, missing: name };
}

function show(): void {
  mounted.forEach((widget) => widget.destroy());
  mounted = [];
  stopShowingGoals();
  const { lesson, missing } = route(location.hash);
  showNav(lesson);
  main.replaceChildren();
  if (lesson) showLesson(lesson);
  else showIndex(missing);
  scrollTo(0, 0);
  main.querySelector('h1')?.focus();
}

function showNav(current: LessonData | null): void {
  const list = element('ol', 'lesson-nav-list');
  for (const lesson of lessons) {
    const item = element('li', '');
    const link = element('a', '', lesson.title);
    link.href = `#${lesson.number}`;
    if (lesson === current) link.setAttribute('aria-current', 'page');
    item.append(link);
    list.append(item);
  }
  nav.replaceChildren(list);
}

function showIndex(missing: string | null): void {
  document.title = 'Learn: nnplay';
  const heading = element('h1', '', 'Learn how a neural network learns');
  heading.tabIndex = -1;
  main.append(heading);
  if (missing !== null) main.append(element('p', 'lesson-missing', `There is no lesson "${missing}": here are the lessons there are.`));
  const list = element('ol', 'lesson-index');
  const fill = (): void => {
    list.replaceChildren(
      ...lessons.map((lesson) => {
        const item = element('li', '');
        const link = element('a', '', lesson.title);
        link.href = `#${lesson.number}`;
        const goals = element('ul', 'lesson-index-goals');
        goals.append(...lesson.goals.map((goal) => goalItem(lesson, goal.id, goal.text)));
        item.append(link, element('p', '', lesson.summary), goals);
        return item;
      }),
    );
  };
  fill();
  stopShowingGoals = progress.subscribe(fill);
  const reset = element('button', 'nnplay-button', 'Reset my progress');
  reset.type = 'button';
  reset.addEventListener('click', () => {
    progress.reset();
    announce('Your progress is reset: no goal is met.');
  });
  main.append(list, reset);
}

/** A goal in a list: its text, and whether the learner met it. */
function goalItem(lesson: LessonData, id: string, text: string): HTMLLIElement {
  const met = progress.met(lesson.number, id);
  const item = element('li', met ? 'lesson-goal met' : 'lesson-goal', `${met ? '✓ ' : ''}${text}`);
  item.append(element('span', 'lesson-goal-state', met ? ' (met)' : ' (not met yet)'));
  return item;
}

function showLesson(lesson: LessonData): void {
  document.title = `${lesson.number}. ${lesson.title}: Learn: nnplay`;
  const article = element('article', 'lesson');
  const heading = element('h1', '', `${lesson.number}. ${lesson.title}`);
  heading.tabIndex = -1;
  const goalBox = element('section', 'lesson-goals');
  goalBox.setAttribute('aria-labelledby', `lesson-goal-heading`);
  const goalHeading = element('h2', '', 'Goal');
  goalHeading.id = 'lesson-goal-heading';
  const goalList = element('ul', '');
  const fillGoals = (): void => goalList.replaceChildren(...lesson.goals.map((goal) => goalItem(lesson, goal.id, goal.text)));
  fillGoals();
  stopShowingGoals = progress.subscribe(fillGoals);
  goalBox.append(goalHeading, goalList);
  const body = element('div', 'lesson-body');
  // Rendered at build time from the lesson's Markdown, with its raw HTML escaped (web/build/lessons.ts).
  body.innerHTML = lesson.html;
  article.append(heading);
  if (lesson.goals.length > 0) article.append(goalBox);
  article.append(body);
  if (lesson.playground !== null) {
    const open = element('a', 'lesson-open-playground', 'Open this lesson in the full playground');
    open.href = playgroundHref(lesson.playground);
    const line = element('p', '');
    line.append(open);
    article.append(line);
  }
  article.append(pager(lesson));
  main.append(article);
  for (const host of body.querySelectorAll<HTMLElement>('.lesson-widget')) mountWidget(lesson, host);
}

function mountWidget(lesson: LessonData, host: HTMLElement): void {
  const spec = lesson.widgets[Number(host.dataset['widget'])]!;
  host.setAttribute('role', 'group');
  host.setAttribute('aria-label', spec.label);
  try {
    const factory = WIDGETS[spec.kind];
    if (!factory) throw new Error(`There is no widget "${spec.kind}".`);
    mounted.push(
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
    );
  } catch (error) {
    host.append(element('p', 'lesson-widget-error', error instanceof Error ? error.message : String(error)));
    console.error(error);
  }
}

function pager(lesson: LessonData): HTMLElement {
  const pages = element('nav', 'lesson-pager');
  pages.setAttribute('aria-label', 'Previous and next lesson');
  const before = lessons.find((candidate) => candidate.number === lesson.number - 1);
  const after = lessons.find((candidate) => candidate.number === lesson.number + 1);
  if (before) {
    const link = element('a', 'lesson-previous', `Previous: ${before.title}`);
    link.href = `#${before.number}`;
    pages.append(link);
  }
  if (after) {
    const link = element('a', 'lesson-next', `Next: ${after.title}`);
    link.href = `#${after.number}`;
    pages.append(link);
  }
  return pages;
}

addEventListener('hashchange', show);
show();
