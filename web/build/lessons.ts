// The lessons (docs/lessons.md): each Markdown file of web/lessons/ rendered at build time, with its
// front matter, into the `virtual:nnplay-lessons` module the lesson page imports, and their numbers,
// names and titles alone into `virtual:nnplay-lesson-titles` (the playground's help links to them).
// Formulas between $…$ and $$…$$ are typeset by KaTeX as MathML; a ```widget block of YAML places a
// widget; raw HTML is escaped. A lesson file that breaks these rules stops the build with its file
// and what is wrong.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import type { LessonData } from '../src/learn/lessonData.ts';
import { lessonMarkdown } from './lessonMarkdown.ts';
import { parseYaml, isRecord } from './lessonYaml.ts';

const MODULES: Record<string, (lessons: readonly RenderedLesson[]) => unknown> = {
  'virtual:nnplay-lessons': (lessons) => lessons.map(({ data }) => data),
  'virtual:nnplay-lesson-titles': (lessons) => lessons.map(({ data, name }) => ({ number: data.number, name, title: data.title })),
};
const FILE_NAME = /^(\d+)-([a-z0-9-]+)\.md$/;

/** A lesson as rendered, with its name: its file's name without the number ("activations" for 04-activations.md). */
export interface RenderedLesson {
  name: string;
  data: LessonData;
}

export function lessons(folder: string): Plugin {
  return {
    name: 'nnplay:lessons',
    resolveId: (id) => (id in MODULES ? `\0${id}` : null),
    load(id) {
      const module = MODULES[id.replace(/^\0/, '')];
      if (!id.startsWith('\0') || !module) return null;
      const files = lessonFiles(folder);
      for (const file of files) this.addWatchFile(join(folder, file));
      const rendered = renderLessons(files.map((file) => ({ file, source: readFileSync(join(folder, file), 'utf8') })));
      return `export const lessons = ${JSON.stringify(module(rendered))};`;
    },
    // A lesson file edited, added or removed under `npm start`: the lessons again, on a fresh page.
    configureServer(server) {
      const reload = (file: string): void => {
        if (!file.startsWith(folder)) return;
        for (const id of Object.keys(MODULES)) {
          const module = server.moduleGraph.getModuleById(`\0${id}`);
          if (module) server.moduleGraph.invalidateModule(module);
        }
        server.ws.send({ type: 'full-reload' });
      };
      for (const event of ['add', 'change', 'unlink'] as const) server.watcher.on(event, reload);
    },
  };
}

/** The lesson files of `folder`, in lesson order; numbered 1, 2, … with none missing. */
export function lessonFiles(folder: string): string[] {
  const files = readdirSync(folder)
    .filter((file) => file.endsWith('.md'))
    .sort((a, b) => lessonNumber(a) - lessonNumber(b));
  files.forEach((file, index) => {
    if (lessonNumber(file) !== index + 1) throw new Error(`web/lessons/${file}: expected lesson ${index + 1} here (files are named 01-name.md, 02-name.md, …).`);
  });
  return files;
}

function lessonNumber(file: string): number {
  return Number(fileName(file)[1]);
}

function fileName(file: string): RegExpExecArray {
  const match = FILE_NAME.exec(file);
  if (!match) throw new Error(`web/lessons/${file}: a lesson file is named NN-name.md (digits, then lower-case words joined by "-").`);
  return match;
}

/** Every lesson of `files` (in lesson order); a link to a lesson (#N) must name one of them. */
export function renderLessons(files: readonly { file: string; source: string }[]): RenderedLesson[] {
  const rendered = files.map(({ file, source }) => ({ file, name: fileName(file)[2]!, data: renderLesson(file, source) }));
  for (const { file, data } of rendered) {
    for (const [, number] of data.html.matchAll(/<a href="#(\d+)"/g)) {
      if (!rendered.some((lesson) => lesson.data.number === Number(number))) throw new Error(`web/lessons/${file}: it links to lesson #${number}, which does not exist.`);
    }
  }
  return rendered.map(({ name, data }) => ({ name, data }));
}

/** The lesson of `file` (its name gives its number) with Markdown `source`. */
export function renderLesson(file: string, source: string): LessonData {
  const fail = (problem: string): never => {
    throw new Error(`web/lessons/${file}: ${problem}`);
  };
  const parts = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/.exec(source);
  if (!parts) return fail('it must start with front matter between two "---" lines.');
  const front = parseYaml(parts[1]!, 'its front matter', fail);
  if (!isRecord(front)) return fail('its front matter must be a YAML mapping (title:, summary:, goals:).');
  const text = (key: string, optional = false): string | null => {
    const value = front[key];
    if (value === undefined && optional) return null;
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : fail(`front matter "${key}" must be some text.`);
  };
  const goalList = front['goals'] ?? [];
  if (!Array.isArray(goalList)) return fail('front matter "goals" must be a list of {id, text}.');
  const goals = goalList.map((goal: unknown, index) => {
    if (!isRecord(goal) || typeof goal['id'] !== 'string' || typeof goal['text'] !== 'string') return fail(`goals[${index}] must have an "id" and a "text".`);
    return { id: goal['id'], text: goal['text'] };
  });
  const ids = goals.map((goal) => goal.id);
  const twice = ids.find((id, index) => ids.indexOf(id) !== index);
  if (twice !== undefined) fail(`two goals have the id "${twice}".`);
  const { html, widgets } = lessonMarkdown(parts[2]!, fail);
  for (const widget of widgets) {
    if (widget.goal !== undefined && !ids.includes(widget.goal)) fail(`a ${widget.kind} widget checks goal "${String(widget.goal)}", which the front matter does not list.`);
  }
  return {
    number: lessonNumber(file),
    title: text('title')!,
    summary: text('summary')!,
    goals,
    html,
    widgets,
    playground: text('playground', true),
  };
}
