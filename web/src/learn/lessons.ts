// Every lesson, in order, as the build rendered them from web/lessons/ (web/build/lessons.ts).
import { lessons as rendered } from 'virtual:nnplay-lessons';
import type { LessonData } from './lessonData';

export const lessons = rendered as readonly LessonData[];
