// A lesson as the build renders it from its Markdown file in web/lessons/ (web/build/lessons.ts;
// docs/lessons.md says how to write one). The page imports them all from `virtual:nnplay-lessons`.

/** Something the learner is asked to reach in a lesson, checked live by one of its widgets. */
export interface LessonGoal {
  /** Unique in its lesson: the widget that checks the goal names it (its spec's `goal`). */
  id: string;
  /** What to reach, in words: "Make the test loss go below 0.1". */
  text: string;
}

/** One widget block of a lesson (a ```widget fenced block of YAML): its kind and that kind's options. */
export interface WidgetSpec {
  /** Which widget (web/src/learn/widgets/registry.ts). */
  kind: string;
  /** The widget's accessible name, and its text alternative for a reader who cannot see it. */
  label: string;
  /** The id of the lesson goal this widget checks, when it checks one. */
  goal?: string;
  [option: string]: unknown;
}

export interface LessonData {
  /** 1, 2, …: from the file name's leading number (01-template.md is lesson 1); its address is learn/#1. */
  number: number;
  title: string;
  /** One sentence for the lesson index. */
  summary: string;
  goals: LessonGoal[];
  /**
   * The body as HTML: paragraphs, lists, tables, headings from h2, links, formulas typeset as
   * MathML, and an empty `<div class="lesson-widget" data-widget="i">` where widget `i` goes. Raw HTML
   * in the Markdown is escaped, never passed through.
   */
  html: string;
  widgets: WidgetSpec[];
  /** The full playground's URL hash in this lesson's state ("dataset=circle&networkShape=4"), if it has one. */
  playground: string | null;
}
