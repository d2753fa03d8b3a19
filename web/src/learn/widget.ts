// What a lesson widget is given and what it gives back. A widget is a function of the element it
// fills and this context; the lesson page mounts one per widget block and destroys it when the
// learner leaves the lesson.
import type { NnplayModule } from '@engine/nnplay.mjs';
import type { WidgetSpec } from './lessonData';

export interface WidgetContext {
  /** The widget block's options, as the lesson file gives them. */
  spec: WidgetSpec;
  /** The engine on this page (loaded on first call): every number a widget shows comes from it. */
  engine(): Promise<NnplayModule>;
  /** Marks the spec's goal met (nothing when it names none): stored, shown under "Goal", said aloud. */
  meetGoal(): void;
  /** Whether the spec's goal was met, now or on an earlier visit. */
  goalMet(): boolean;
  /** Says `text` in the lesson page's one polite live region. */
  announce(text: string): void;
}

export interface LessonWidget {
  /** Stops whatever the widget runs (timers, playgrounds, engine sessions) and frees it. */
  destroy(): void;
}

export type WidgetFactory = (host: HTMLElement, context: WidgetContext) => LessonWidget;

/** A widget option that must be a string, or the lesson file is wrong: a clear error for its author. */
export function stringOption(spec: WidgetSpec, name: string): string {
  const value = spec[name];
  if (typeof value !== 'string') throw new Error(`The ${spec.kind} widget needs a text option "${name}".`);
  return value;
}
