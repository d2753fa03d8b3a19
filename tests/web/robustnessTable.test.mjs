// docs/robustness.md kept in step with the tests: every row of its table names at least one test,
// each named test exists in the file the row gives, and no row of the table is "not yet tested".
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { test } from 'node:test';

const root = new URL('../../', import.meta.url);
const read = (path) => readFileSync(new URL(path, root), 'utf8');
const unescape = (text) => text.replace(/\\(.)/g, '$1');

/** The rows of the first table after `heading` in `markdown`, each a list of cells (`\|` kept as `|`). */
function tableRows(markdown, heading) {
  const lines = markdown.slice(markdown.indexOf(heading)).split('\n');
  const start = lines.findIndex((line) => line.startsWith('|'));
  const end = lines.findIndex((line, i) => i > start && !line.startsWith('|'));
  return lines
    .slice(start + 2, end)
    .map((line) => line.slice(1, -1).split(/(?<!\\)\|/).map((cell) => cell.trim().replaceAll('\\|', '|')));
}

/** The tests a cell names: `` `file` “name” `` pairs. */
const namedTests = (cell) => [...cell.matchAll(/`([^`]+)` “([^”]+)”/g)].map(([, file, name]) => ({ file, name }));

/** The names of the tests `file` defines: node:test's test(), doctest's TEST_CASE and SUBCASE, a CLI scenario's cli_test. */
function testNames(file) {
  if (file.endsWith('.cmake')) {
    const script = basename(file, '.cmake');
    return [...read('tests/cli/CMakeLists.txt').matchAll(/cli_test\("((?:\\.|[^"\\])*)" (\w+)/g)]
      .filter(([, , name]) => name === script)
      .map(([, name]) => unescape(name));
  }
  if (file.endsWith('.cpp')) return [...read(file).matchAll(/\b(?:TEST_CASE|SUBCASE)\("((?:\\.|[^"\\])*)"/g)].map(([, name]) => unescape(name));
  return [...read(file).matchAll(/\btest\(\s*(['"`])((?:\\.|(?!\1)[^\\])*)\1/g)].map(([, , name]) => unescape(name));
}

const markdown = read('docs/robustness.md');
const rows = tableRows(markdown, '## The table');
const untested = tableRows(markdown, '## Not yet tested');

test('the table has a row per level where bad input enters, each with its four cells', () => {
  assert.ok(rows.length >= 30, `${rows.length} rows`);
  for (const row of rows) assert.equal(row.length, 4, row.join(' | '));
  assert.deepEqual(new Set(rows.map(([level]) => level)), new Set(['CLI', 'C++ core', 'WASM boundary', 'worker', 'page', 'host messages']));
});

test('every row names a test, and every test it names exists in its file', () => {
  for (const [level, kind, , tests] of rows) {
    const named = namedTests(tests);
    assert.ok(named.length > 0, `${level}: ${kind} names no test`);
    for (const { file, name } of named) {
      assert.ok(existsSync(new URL(file, root)), `${file} does not exist`);
      assert.ok(testNames(file).includes(name), `${file} has no test “${name}”`);
    }
  }
});

test('the cases not yet tested are listed apart, and none of them is in the table', () => {
  assert.ok(untested.every((row) => row[2] === 'not yet tested'));
  const kinds = new Set(untested.map(([, kind]) => kind));
  for (const [level, kind, , tests] of rows) {
    assert.ok(!kinds.has(kind), `${kind} is both in the table and not yet tested`);
    assert.doesNotMatch(tests, /not yet tested/i, `${level}: ${kind}`);
  }
});

test('the reader finds the names as each kind of test file writes them', () => {
  // Checked on files whose tests are known: an escaped quote, a doctest SUBCASE, a CLI scenario.
  assert.ok(testNames('tests/web/hostProtocol.test.mjs').includes("only the documented methods are called: not a prototype's, not an unknown one"));
  assert.ok(testNames('tests/core/checked_number_test.cpp').includes("a model's weight"));
  assert.deepEqual(testNames('tests/cli/scenarios/divergence.cmake'), ['a diverging run exits 1']);
  assert.ok(!testNames('tests/web/state.test.mjs').includes('a test that was never written'));
});
