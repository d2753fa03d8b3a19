// The Learn page (learn/): the lesson index at learn/, lesson N at learn/#N. The hash is the route,
// so a deep link opens a lesson and Back returns to the one before. Each lesson's widgets are
// mounted when it opens and destroyed when the learner leaves it; the focus goes to the new page's
// heading.
import { element } from '../widgets';
import { showIndex } from './indexView';
import type { LessonData } from './lessonData';
import { LessonNav } from './lessonNav';
import { lessons } from './lessons';
import { showLesson } from './lessonView';
import { Progress } from './progress';
import { playgroundHref } from './widgets/playgroundWidget';
import '../style.css';
import '../regions.css';
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

const live = element('div', 'nnplay-visually-hidden');
live.setAttribute('role', 'status');
live.setAttribute('aria-live', 'polite');
const announce = (text: string): void => {
  live.textContent = '';
  requestAnimationFrame(() => (live.textContent = text));
};

const learnLink = element('a', 'lesson-header-learn', 'Learn');
learnLink.href = '#';
const nav = new LessonNav(lessons, progress);
const main = element('main', 'lesson-main');
root.append(header(), nav.element, main, live);

let leave = (): void => {};

function header(): HTMLElement {
  const top = element('header', 'lesson-header');
  const home = element('a', 'lesson-header-home', 'nnplay');
  home.href = playgroundHref('');
  const links = element('nav', 'lesson-header-links');
  links.setAttribute('aria-label', 'Site');
  links.append(home, learnLink);
  top.append(links);
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
  leave();
  const { lesson, missing } = route(location.hash);
  nav.show(lesson);
  if (lesson) learnLink.removeAttribute('aria-current');
  else learnLink.setAttribute('aria-current', 'page');
  main.replaceChildren();
  leave = lesson ? showLesson(main, lesson, lessons, progress, announce) : showIndex(main, lessons, progress, missing, announce);
  scrollTo(0, 0);
  main.querySelector('h1')?.focus();
}

addEventListener('hashchange', show);
show();
