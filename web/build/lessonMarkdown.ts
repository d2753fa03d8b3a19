// A lesson's Markdown body as HTML (web/build/lessons.ts): formulas typeset by KaTeX as MathML, widget
// blocks as empty placeholders with their specs collected, raw HTML escaped, and only links a lesson
// page can safely follow. `fail` stops the build with the problem (the caller adds the file).
import katex from 'katex';
import { Marked, type Tokens } from 'marked';
import schemaFile from '../../docs/nnplay-config.schema.json' with { type: 'json' };
import { check, type Schema } from '../src/embed/jsonSchema.ts';
import type { WidgetSpec } from '../src/learn/lessonData.ts';
import { isRecord, parseYaml } from './lessonYaml.ts';

type Fail = (problem: string) => never;

const CONFIG_SCHEMA: Schema = schemaFile;

/** What the build checks of a widget kind's options, beyond its kind and label: the problems found. */
const WIDGET_CHECKS: Readonly<Record<string, (spec: WidgetSpec) => string[]>> = {
  playground: (spec) => check(CONFIG_SCHEMA, CONFIG_SCHEMA, spec['config'] ?? {}, 'config'),
};

/** The HTML of the lesson body `markdown` and its widget blocks' specs, in the order they appear. */
export function lessonMarkdown(markdown: string, fail: Fail): { html: string; widgets: WidgetSpec[] } {
  const widgets: WidgetSpec[] = [];
  // marked adds a plea to report a bug to what its renderers throw: the problem is kept apart.
  const stopped: { problem: string | null } = { problem: null };
  const stop = (problem: string): never => {
    stopped.problem = problem;
    throw new Error(problem);
  };
  try {
    return { html: renderer(widgets, stop).parse(markdown, { async: false }), widgets };
  } catch (error) {
    if (stopped.problem !== null) fail(stopped.problem);
    throw error;
  }
}

const escape = (text: string): string => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/**
 * Whether a lesson may link to `href`: a lesson (#3), http(s), or a path relative to the lesson page
 * (../#dataset=circle is the full playground). Not a path from the server's root: the site may be
 * hosted under a sub-path.
 */
export function linkProblem(href: string): string | null {
  if (/^#/.test(href)) return /^#\d+$/.test(href) ? null : `the link "${href}" names no lesson: a lesson's link is #3.`;
  if (/^https?:\/\//i.test(href)) return null;
  if (/^[^/?#]*:/.test(href) || href.startsWith('/')) {
    return `the link "${href}" must be relative (../#dataset=circle), http(s) (https://example.org) or a lesson (#3).`;
  }
  return null;
}

/** A Markdown renderer that collects the widget blocks it meets into `widgets`. */
function renderer(widgets: WidgetSpec[], fail: Fail): Marked {
  const typeset = (tex: string, displayMode: boolean): string => {
    try {
      return katex.renderToString(tex, { output: 'mathml', displayMode, throwOnError: true });
    } catch (error) {
      return fail(`the formula "${tex}" does not typeset: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  const linkTo = (href: string): string => {
    const problem = linkProblem(href);
    return problem === null ? escape(href) : fail(problem);
  };
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
      // The address exactly as written: every "&" escaped, so no character reference can make a scheme.
      link(token: Tokens.Link) {
        const title = token.title ? ` title="${escape(token.title)}"` : '';
        return `<a href="${linkTo(token.href)}"${title}>${this.parser.parseInline(token.tokens)}</a>`;
      },
      image(token: Tokens.Image) {
        if (/^[^/?#]*:/.test(token.href) || token.href.startsWith('/')) fail(`the image "${token.href}" must be a path relative to the lesson page.`);
        return `<img src="${escape(token.href)}" alt="${escape(token.text)}">`;
      },
      code(token: Tokens.Code) {
        if (token.lang !== 'widget') return `<pre><code>${escape(token.text)}</code></pre>\n`;
        widgets.push(widgetSpec(token.text, fail));
        return `<div class="lesson-widget" data-widget="${widgets.length - 1}"></div>\n`;
      },
    },
  });
}

/** A widget block's YAML as a spec, checked as far as the build can. */
function widgetSpec(yaml: string, fail: Fail): WidgetSpec {
  const spec = parseYaml(yaml, 'a widget block', fail);
  if (!isRecord(spec) || typeof spec['kind'] !== 'string' || typeof spec['label'] !== 'string') {
    return fail(`a widget block needs a "kind" and a "label" (its text alternative): ${yaml.split('\n')[0]}`);
  }
  const problems = WIDGET_CHECKS[spec['kind']]?.(spec as WidgetSpec) ?? [];
  if (problems.length > 0) fail(`its ${spec['kind']} widget "${spec['label']}" is configured wrong: ${problems.join('; ')}.`);
  return spec as WidgetSpec;
}
