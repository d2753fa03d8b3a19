// The link at the end of a help popover to the lesson that explains its subject: "Lesson 4: Why
// activations matter", to learn/#4 of the nnplay site the playground comes from. The lessons'
// numbers and titles are the build's (web/build/lessons.ts), so a lesson renumbered or retitled in
// its Markdown file is linked as it now is.
import { lessons } from 'virtual:nnplay-lesson-titles';
import { element } from '../widgets';

/** Where a playground's help links to: its site's root, and whether a link opens a new tab (a playground on someone else's page). */
export interface LessonLinks {
  site: URL;
  newTab: boolean;
}

/** The link to the lesson named `name` ("activations"), or null when the site has no such lesson. */
export function lessonLink(name: string, links: LessonLinks): HTMLAnchorElement | null {
  const lesson = lessons.find((candidate) => candidate.name === name);
  if (!lesson) return null;
  const link = element('a', 'nnplay-help-lesson', `Lesson ${lesson.number}: ${lesson.title}`);
  link.href = new URL(`learn/#${lesson.number}`, links.site).href;
  if (links.newTab) {
    link.target = '_blank';
    link.rel = 'noopener';
  }
  return link;
}
