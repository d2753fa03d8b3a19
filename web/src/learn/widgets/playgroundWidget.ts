// A playground in a lesson: the embed configuration of docs/embedding.md (preset, hidden and locked
// controls, goals) under the spec's `config`, mounted as a course page would mount it. When the
// playground meets its goals the lesson goal the spec names is met. A link under it opens the full
// playground with the settings on screen.
import { validateConfig } from '../../embed/validate';
import { mount } from '../../main';
import { serialiseHash } from '../../state';
import { element } from '../../widgets';
import type { LessonWidget, WidgetContext } from '../widget';

/** The full playground from a lesson page (learn/), with `hash`: relative, so the site works from any sub-path. */
export const playgroundHref = (hash: string): string => `../${hash ? `#${hash}` : ''}`;

export function playgroundWidget(host: HTMLElement, context: WidgetContext): LessonWidget {
  const { config, errors } = validateConfig(context.spec['config'] ?? {});
  if (!config) throw new Error(`This lesson's playground is configured wrong: ${errors.join('; ')}`);
  const frame = element('div', 'lesson-playground');
  const open = element('a', 'lesson-open-playground', 'Open this in the full playground');
  host.append(frame, open);
  const playground = mount(frame, { ...config, urlHash: false });
  const goals = config.goals?.length ?? 0;
  const reached = new Set<number>();
  const stopGoals = playground.on('goalReached', ({ index }) => {
    reached.add(index);
    if (reached.size === goals) context.meetGoal();
  });
  const openHere = (): void => {
    open.href = playgroundHref(serialiseHash(playground.getConfig().state as Parameters<typeof serialiseHash>[0]));
  };
  openHere();
  for (const event of ['pointerdown', 'focus', 'click'] as const) open.addEventListener(event, openHere);
  return {
    destroy() {
      stopGoals();
      playground.destroy();
    },
  };
}
