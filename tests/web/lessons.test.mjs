// web/build/lessons.ts (and lessonMarkdown.ts): a lesson file rendered as the build renders it, and
// every way a course author can get one wrong stopping the build with the file and the problem.
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';
import { load } from './load.mjs';

const { module } = await runnerImport(fileURLToPath(new URL('../../web/build/lessons.ts', import.meta.url)), { configFile: false, logLevel: 'silent' });
const { renderLesson, renderLessons, lessonFiles } = module;
const { HELP_TEXTS } = await load('help/helpTexts.ts');
const LESSONS = fileURLToPath(new URL('../../web/lessons/', import.meta.url));

const FRONT = '---\ntitle: "Loss"\nsummary: "How far off: one number."\ngoals:\n  - id: low\n    text: "Get the loss below 0.1"\n---\n';
/** Lesson 5 with `body` under the front matter above. */
const lesson = (body) => renderLesson('05-loss.md', `${FRONT}\n${body}\n`);
/** Asserts that lesson 5 with `body` stops the build naming its file and `problem`. */
const refused = (body, problem) => assert.throws(() => lesson(body), (error) => error.message.startsWith('web/lessons/05-loss.md: ') && problem.test(error.message));

test('the front matter gives the number, title, summary, goals and playground link', () => {
  const rendered = renderLesson('05-loss.md', `${FRONT.replace('---\n', '---\nplayground: "dataset=xor&networkShape=2"\n').replace(/\n---\n$/, '\n---\n')}\nSome *text*.\n`);
  assert.equal(rendered.number, 5);
  assert.equal(rendered.title, 'Loss');
  assert.equal(rendered.summary, 'How far off: one number.');
  assert.deepEqual(rendered.goals, [{ id: 'low', text: 'Get the loss below 0.1' }]);
  assert.equal(rendered.playground, 'dataset=xor&networkShape=2');
  assert.equal(rendered.html, '<p>Some <em>text</em>.</p>\n');
  assert.equal(lesson('x').playground, null, 'no playground: null');
});

test('a broken front matter stops the build, naming the file and what is wrong', () => {
  const broken = (source, problem) => assert.throws(() => renderLesson('03-layers.md', source), (error) => error.message.startsWith('web/lessons/03-layers.md: ') && problem.test(error.message));
  broken('# No front matter\n', /front matter between two "---" lines/);
  broken('---\ntitle: [unclosed\n---\nx\n', /its front matter is not YAML/);
  broken('---\nsummary: "S"\n---\nx\n', /front matter "title" must be some text/);
  broken('---\ntitle: T\nsummary: S\ngoals: one\n---\nx\n', /"goals" must be a list/);
  broken('---\ntitle: T\nsummary: S\ngoals: [{id: a}]\n---\nx\n', /goals\[0\] must have an "id" and a "text"/);
  broken('---\ntitle: T\nsummary: S\ngoals: [{id: a, text: A}, {id: a, text: B}]\n---\nx\n', /two goals have the id "a"/);
});

test('formulas become MathML: $…$ inline, $$…$$ as a display block; a price of $5 stays text', () => {
  const { html } = lesson('The sum $z = w_1x_1 + b$ costs $5.\n\n$$\\sigma(z) = \\frac{1}{1 + e^{-z}}$$');
  assert.match(html, /<math xmlns="http:\/\/www.w3.org\/1998\/Math\/MathML"><semantics><mrow><mi>z<\/mi><mo>=<\/mo>/);
  assert.match(html, /<div class="lesson-formula"><span class="katex"><math [^>]*display="block"><semantics><mrow><mi>σ<\/mi>/);
  assert.match(html, /<mfrac><mn>1<\/mn>/);
  assert.match(html, /costs \$5\./);
  refused('$\\frac{1}$', /the formula "\\frac\{1\}" does not typeset/);
});

test('widget blocks become numbered placeholders, their YAML the specs the page mounts', () => {
  const { html, widgets } = lesson('Before.\n\n```widget\nkind: loss-curve\nlabel: The loss of p\ngoal: low\nfrom: 0.01\n```\n\nBetween.\n\n```widget\nkind: playground\nlabel: A playground\nconfig:\n  state: {dataset: xor, networkShape: [2]}\n  locked: [dataset]\n```');
  assert.equal(html, '<p>Before.</p>\n<div class="lesson-widget" data-widget="0"></div>\n<p>Between.</p>\n<div class="lesson-widget" data-widget="1"></div>\n');
  assert.deepEqual(widgets, [
    { kind: 'loss-curve', label: 'The loss of p', goal: 'low', from: 0.01 },
    { kind: 'playground', label: 'A playground', config: { state: { dataset: 'xor', networkShape: [2] }, locked: ['dataset'] } },
  ]);
  refused('```widget\nlabel: no kind\n```', /a widget block needs a "kind" and a "label"/);
  refused('```widget\nkind: loss-curve\nlabel: L\ngoal: elsewhere\n```', /a loss-curve widget checks goal "elsewhere", which the front matter does not list/);
});

test('a playground widget whose config breaks docs/nnplay-config.schema.json stops the build with the schema\'s words', () => {
  refused(
    '```widget\nkind: playground\nlabel: Circle\nconfig:\n  state: {learningRate: fast}\n```',
    /its playground widget "Circle" is configured wrong: config\.state\.learningRate must be a number from 0 to 100, not "fast"/,
  );
  refused('```widget\nkind: playground\nlabel: Circle\nconfig:\n  colour: red\n```', /configured wrong: config/);
});

test('raw HTML is shown as text, never passed through', () => {
  const { html } = lesson('Hello <script>alert(1)</script> and <img src=x onerror="alert(2)">.\n\n<div class="x">block</div>');
  assert.doesNotMatch(html, /<script|<img|<div class="x"/);
  assert.match(html, /Hello &lt;script&gt;alert\(1\)&lt;\/script&gt; and &lt;img src=x onerror=&quot;alert\(2\)&quot;&gt;\./);
  assert.match(html, /&lt;div class=&quot;x&quot;&gt;block&lt;\/div&gt;/);
});

test('links may be relative, http(s) or a lesson; javascript:, other schemes and paths from the server root are refused', () => {
  const { html } = lesson('[play](../#dataset=circle&networkShape=4) [web](https://example.org/a?b=1) [lesson](#3) [here](notes.html)');
  assert.match(html, /<a href="\.\.\/#dataset=circle&amp;networkShape=4">play<\/a>/);
  assert.match(html, /<a href="https:\/\/example\.org\/a\?b=1">web<\/a>/);
  assert.match(html, /<a href="#3">lesson<\/a>/);
  assert.match(html, /<a href="notes\.html">here<\/a>/);
  refused('[x](javascript:alert(1))', /the link "javascript:alert\(1\)" must be relative/);
  refused('<javascript:alert(1)>', /the link "javascript:alert\(1\)" must be relative/);
  refused('[x][r]\n\n[r]: JavaScript:alert(1)', /the link "JavaScript:alert\(1\)" must be relative/);
  refused('[x](data:text/html,hi)', /the link "data:text\/html,hi" must be relative/);
  refused('[x](/courses/a.html)', /the link "\/courses\/a\.html" must be relative/);
  refused('[x](#abc)', /the link "#abc" names no lesson/);
  refused('![x](https://example.org/a.png)', /the image "https:\/\/example\.org\/a\.png" must be a path relative to the lesson page/);
  // A character reference cannot make a scheme: the address is written out with its "&" escaped.
  assert.match(lesson('[x](javascript&#58;alert(1))').html, /href="javascript&amp;#58;alert\(1\)"/);
});

test('a link to a lesson that does not exist stops the build', () => {
  const files = [
    { file: '01-a.md', source: '---\ntitle: A\nsummary: S\n---\nOn to [B](#2).\n' },
    { file: '02-b.md', source: '---\ntitle: B\nsummary: S\n---\nOn to [C](#3).\n' },
  ];
  assert.throws(() => renderLessons(files), /^Error: web\/lessons\/02-b\.md: it links to lesson #3, which does not exist\.$/);
  files[1].source = files[1].source.replace('[C](#3)', '[A](#1)');
  assert.deepEqual(renderLessons(files).map(({ name, data }) => [name, data.number, data.title]), [['a', 1, 'A'], ['b', 2, 'B']]);
});

test('lesson files are numbered 1, 2, … with no gap, and named NN-name.md', async () => {
  const folder = await mkdtemp(join(tmpdir(), 'nnplay-lessons-'));
  try {
    for (const file of ['02-second.md', '01-first.md', 'notes.txt']) await writeFile(join(folder, file), '');
    assert.deepEqual(lessonFiles(folder), ['01-first.md', '02-second.md']);
    await writeFile(join(folder, '04-fourth.md'), '');
    assert.throws(() => lessonFiles(folder), /^Error: web\/lessons\/04-fourth\.md: expected lesson 3 here/);
    await rm(join(folder, '04-fourth.md'));
    await writeFile(join(folder, '03 Third.md'), '');
    assert.throws(() => lessonFiles(folder), /web\/lessons\/03 Third\.md: a lesson file is named NN-name\.md/);
  } finally {
    await rm(folder, { recursive: true });
  }
});

test('every lesson of web/lessons renders, numbered 1 to 9, each with a title, a summary and a goal', async () => {
  const files = lessonFiles(LESSONS);
  const rendered = renderLessons(await Promise.all(files.map(async (file) => ({ file, source: await readFile(join(LESSONS, file), 'utf8') }))));
  assert.deepEqual(rendered.map(({ data }) => data.number), [1, 2, 3, 4, 5, 6, 7, 8, 9]);
  for (const { data } of rendered) {
    assert.ok(data.title && data.summary, `lesson ${data.number}`);
    assert.ok(data.goals.length > 0, `lesson ${data.number} has a goal`);
  }
  // The playground's help links to lessons by name (help/helpTexts.ts): each names one of these.
  const names = rendered.map(({ name }) => name);
  for (const [key, help] of Object.entries(HELP_TEXTS)) if (help.lesson !== undefined) assert.ok(names.includes(help.lesson), `${key} → ${help.lesson}`);
});
