// "Open the full playground with what you built in lesson N": the playground the learner touched
// last in any lesson that keeps it (a playground widget's `remember` option; builtNetworks.ts),
// described in words; the full playground as it starts when nothing was kept.
import { element } from '../../widgets';
import type { LessonWidget, WidgetContext } from '../widget';
import { describeBuilt, latestBuilt, type Built } from './builtNetworks';
import { playgroundHref } from './playgroundWidget';

export function builtLinkWidget(host: HTMLElement, _context: WidgetContext): LessonWidget {
  let built: Built | null = null;
  try {
    built = latestBuilt(localStorage);
  } catch {
    // No storage: nothing was kept.
  }
  const link = element('a', 'lesson-open-playground');
  const line = element('p', '');
  line.append(link);
  if (built) {
    link.textContent = `Open the full playground with what you built in lesson ${built.lesson}`;
    link.href = playgroundHref(built.hash);
    host.append(line, element('p', '', `It has ${describeBuilt(built.hash)}.`));
  } else {
    link.textContent = 'Open the full playground';
    link.href = playgroundHref('');
    host.append(element('p', '', 'You have not trained a network in the lessons on this browser yet, so the playground starts as it always does.'), line);
  }
  return { destroy() {} };
}
