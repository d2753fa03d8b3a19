// A lesson's goals as list items that say whether the learner met each: "✓ Make the loss … (met)" or
// "Make the loss … (not met yet)". The words are on screen, not only a colour or a mark; lesson
// tests read this text.
import { element } from '../widgets';
import type { LessonData } from './lessonData';
import type { Progress } from './progress';

export function goalItems(lesson: LessonData, progress: Progress): HTMLLIElement[] {
  return lesson.goals.map((goal) => {
    const met = progress.met(lesson.number, goal.id);
    const item = element('li', met ? 'lesson-goal met' : 'lesson-goal', `${met ? '✓ ' : ''}${goal.text}`);
    item.append(element('span', 'lesson-goal-state', met ? ' (met)' : ' (not met yet)'));
    return item;
  });
}

/** How many of `lessons`' goals the learner met, and how many there are. */
export function goalCount(lessons: readonly LessonData[], progress: Progress): { met: number; total: number } {
  const goals = lessons.flatMap((lesson) => lesson.goals.map((goal) => progress.met(lesson.number, goal.id)));
  return { met: goals.filter(Boolean).length, total: goals.length };
}

/** Whether the learner met every goal of `lesson` (a lesson with none counts as not done). */
export const lessonDone = (lesson: LessonData, progress: Progress): boolean =>
  lesson.goals.length > 0 && lesson.goals.every((goal) => progress.met(lesson.number, goal.id));
