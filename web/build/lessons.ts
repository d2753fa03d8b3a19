// The lessons (docs/lessons.md): each Markdown file of web/lessons/ rendered at build time, with its
// front matter, into the `virtual:nnplay-lessons` module the lesson page imports. Formulas between
// $…$ and $$…$$ are typeset by KaTeX as MathML; a ```widget block of YAML places a widget; raw HTML
// is escaped. A lesson file that breaks these rules stops the build with its file and what is wrong.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import katex from 'katex';
import { Marked, type Tokens } from 'marked';
import type { Plugin } from 'vite';
import { parse as parseYaml } from 'yaml';
import type { LessonData, LessonGoal, WidgetSpec } from '../src/learn/lessonData.ts';

const VIRTUAL = 'virtual:nnplay-lessons';
const RESOLVED = `\0${VIRTUAL}`;
const FILE_NAME = /^(\d+)-[a-z0-9-]+\.md$/;

export function lessons(folder: string): Plugin {
  return {
    name: 'nnplay:lessons',
    resolveId: (id) => (id === VIRTUAL ? RESOLVED : null),
    load(id) {
      if (id !== RESOLVED) return null;
      const files = lessonFiles(folder);
      for (const file of files) this.addWatchFile(join(folder, file));
      this.addWatchFile(folder);
      return `export const lessons = ${JSON.stringify(files.map((file) => renderLesson(file, readFileSync(join(folder, file), 'utf8'))))};`;
    },
    handleHotUpdate({ file, server }) {
      if (!file.startsWith(folder)) return;
      const module = server.moduleGraph.getModuleById(RESOLVED);
      if (module) server.moduleGraph.invalidateModule(module);
      server.ws.send({ type: 'full-reload' });
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
  const match = FILE_NAME.exec(file);
  if (!match) throw new Error(`web/lessons/${file}: a lesson file is named NN-name.md (digits, then lower-case words joined by "-").`);
  return Number(match[1]);
}

/** The lesson of `file` (its name gives its number) with Markdown `source`. */
export function renderLesson(file: string, source: string): LessonData {
  const fail = (problem: string): never => {
    throw new Error(`web/lessons/${file}: ${problem}`);
  };
  const parts = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/.exec(source);
  if (!parts) return fail('it must start with front matter between two "---" lines.');
  const front = yaml(parts[1]!, 'its front matter', fail);
  if (!isRecord(front)) return fail('its front matter must be a YAML mapping (title:, summary:, goals:).');
  const text = (key: string, optional = false): string | null => {
    const value = front[key];
    if (value === undefined && optional) return null;
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : fail(`front matter "${key}" must be some text.`);
  };
  const goalList = front['goals'] ?? [];
  if (!Array.isArray(goalList)) return fail('front matter "goals" must be a list of {id, text}.');
  const goals: LessonGoal[] = goalList.map((goal: unknown, index) => {
    if (!isRecord(goal) || typeof goal['id'] !== 'string' || typeof goal['text'] !== 'string') return fail(`goals[${index}] must have an "id" and a "text".`);
    return { id: goal['id'], text: goal['text'] };
  });
  const widgets: WidgetSpec[] = [];
  const html = markdown(widgets, fail).parse(parts[2]!, { async: false });
  for (const widget of widgets) {
    if (widget.goal !== undefined && !goals.some((goal) => goal.id === widget.goal)) fail(`a ${widget.kind} widget checks goal "${String(widget.goal)}", which the front matter does not list.`);
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

function yaml(text: string, where: string, fail: (problem: string) => never): unknown {
  try {
    return parseYaml(text);
  } catch (error) {
    return fail(`${where} is not YAML: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A Markdown renderer that collects the widget blocks it meets into `widgets`. */
function markdown(widgets: WidgetSpec[], fail: (problem: string) => never): Marked {
  const typeset = (tex: string, displayMode: boolean): string => {
    try {
      return katex.renderToString(tex, { output: 'mathml', displayMode, throwOnError: true });
    } catch (error) {
      return fail(`the formula "${tex}" does not typeset: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  const escape = (text: string): string => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
  return new Marked({
    gfm: true,
    extensions: [
      {
        name: 'displayMath',
        level: 'block',
        start: (src) => src.indexOf('$$'),
        tokenizer(src) {
          const match = /^\$\$([\s\S]+?)\$\$(?:\n|$)/.exec(src);
          return match ? { type: 'displayMath', raw: match[0], tex: match[1]!.trim() } : undefined;
        },
        renderer: (token) => `<div class="lesson-formula">${typeset(String(token['tex']), true)}</div>\n`,
      },
      {
        name: 'inlineMath',
        level: 'inline',
        start: (src) => src.indexOf('$'),
        // $…$ with no space just inside either dollar, and no digit just after the closing one.
        tokenizer(src) {
          const match = /^\$(?!\s)((?:\\\$|[^$\n])+?)(?<!\s)\$(?!\d)/.exec(src);
          return match ? { type: 'inlineMath', raw: match[0], tex: match[1]! } : undefined;
        },
        renderer: (token) => typeset(String(token['tex']), false),
      },
    ],
    renderer: {
      html: (token: Tokens.HTML | Tokens.Tag) => escape(token.text),
      code(token: Tokens.Code) {
        if (token.lang !== 'widget') return `<pre><code>${escape(token.text)}</code></pre>\n`;
        const spec = yaml(token.text, 'a widget block', fail);
        if (!isRecord(spec) || typeof spec['kind'] !== 'string' || typeof spec['label'] !== 'string') {
          return fail(`a widget block needs a "kind" and a "label" (its text alternative): ${token.text.split('\n')[0]}`);
        }
        widgets.push(spec as WidgetSpec);
        return `<div class="lesson-widget" data-widget="${widgets.length - 1}"></div>\n`;
      },
    },
  });
}
