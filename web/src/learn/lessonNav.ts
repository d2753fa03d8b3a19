// The list of lessons beside the lesson (on a phone, a "Lessons" menu above it): each lesson's
// number and title, a ✓ when all its goals are met, and the one shown marked as the current page.
import { element } from '../widgets';
import { lessonDone } from './goalList';
import type { LessonData } from './lessonData';
import type { Progress } from './progress';

/** Wide enough for the list to stand beside the lesson, always open (learn.css hides its summary). */
const WIDE = matchMedia('(min-width: 50rem)');

export class LessonNav {
  readonly element = element('nav', 'lesson-nav');
  private readonly menu = element('details', 'lesson-nav-menu');
  private readonly list = element('ol', 'lesson-nav-list');
  private current: LessonData | null = null;

  constructor(
    private readonly lessons: readonly LessonData[],
    private readonly progress: Progress,
  ) {
    this.element.setAttribute('aria-label', 'Lessons');
    this.menu.append(element('summary', 'lesson-nav-summary', 'Lessons'), this.list);
    this.element.append(this.menu);
    this.menu.open = WIDE.matches;
    WIDE.addEventListener('change', () => (this.menu.open = WIDE.matches));
    progress.subscribe(() => this.fill());
  }

  /** Marks `lesson` (null: the index) as the page shown; on a phone the menu closes. */
  show(lesson: LessonData | null): void {
    this.current = lesson;
    if (!WIDE.matches) this.menu.open = false;
    this.fill();
  }

  private fill(): void {
    this.list.replaceChildren(
      ...this.lessons.map((lesson) => {
        const link = element('a', 'lesson-nav-link');
        link.href = `#${lesson.number}`;
        link.append(element('span', 'lesson-nav-number', `${lesson.number}.`), ` ${lesson.title}`);
        if (lessonDone(lesson, this.progress)) link.append(element('span', 'lesson-nav-done', ' ✓'), element('span', 'nnplay-visually-hidden', ' (goals met)'));
        if (lesson === this.current) link.setAttribute('aria-current', 'page');
        const item = element('li', '');
        item.append(link);
        return item;
      }),
    );
  }
}
