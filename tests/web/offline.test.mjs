// web/build/offline.ts: the build writes into sw.js every other file of the bundle and a version
// that changes exactly when a file's name or contents do.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const { module } = await runnerImport(fileURLToPath(new URL('../../web/build/offline.ts', import.meta.url)), { configFile: false, logLevel: 'silent' });
const plugin = module.offline('/web/src/serviceWorker.ts', '/src/registerServiceWorker.ts');

/** A bundle as Vite hands it over: sw.js reading the placeholder, and `files` (name → contents). */
function bundleOf(files) {
  const bundle = { 'sw.js': { type: 'chunk', code: 'const site = NNPLAY_SITE; use(site);' } };
  for (const [name, contents] of Object.entries(files)) {
    bundle[name] = name.endsWith('.js') ? { type: 'chunk', code: contents } : { type: 'asset', source: contents };
  }
  return bundle;
}

/** Runs the plugin over `bundle` and returns what it wrote into sw.js. */
function written(bundle) {
  plugin.generateBundle.call({ error: (message) => assert.fail(message) }, {}, bundle);
  const json = bundle['sw.js'].code.match(/^const site = (.*); use\(site\);$/)[1];
  return JSON.parse(json);
}

const SITE = {
  'index.html': '<!doctype html>',
  'assets/main-abc.js': 'console.log(1)',
  'assets/nnplay-def.wasm': new Uint8Array([0, 97, 115, 109]),
  'nnplay-element.js': 'export {}',
};

test('sw.js gets every other file of the bundle, sorted, and a version of 16 hex digits', () => {
  const site = written(bundleOf(SITE));
  assert.deepEqual(site.files, ['assets/main-abc.js', 'assets/nnplay-def.wasm', 'index.html', 'nnplay-element.js']);
  assert.match(site.version, /^[0-9a-f]{16}$/);
});

test('the version stays with the same files and changes with any file\'s contents or name', () => {
  const { version } = written(bundleOf(SITE));
  assert.equal(written(bundleOf({ ...SITE })).version, version, 'the same build again');
  assert.notEqual(written(bundleOf({ ...SITE, 'index.html': '<!doctype html> ' })).version, version, 'a page changed');
  assert.notEqual(written(bundleOf({ ...SITE, 'assets/nnplay-def.wasm': new Uint8Array([0, 97, 115, 110]) })).version, version, 'the engine changed');
  const { 'nnplay-element.js': element, ...rest } = SITE;
  assert.notEqual(written(bundleOf({ ...rest, 'nnplay-element2.js': element })).version, version, 'a file renamed');
});

test('a sw.js that does not read the placeholder fails the build', () => {
  const bundle = bundleOf(SITE);
  bundle['sw.js'].code = 'const site = {};';
  assert.throws(() => plugin.generateBundle.call({ error: (message) => { throw new Error(message); } }, {}, bundle), /does not read NNPLAY_SITE/);
});

test('every page registers the one sw.js at the site\'s root, by a path from where the page is', () => {
  const metaOf = (path) => plugin.transformIndexHtml.handler('<html></html>', { path }).tags.find((tag) => tag.tag === 'meta').attrs;
  assert.deepEqual(metaOf('/index.html'), { name: 'nnplay-service-worker', content: './sw.js' });
  assert.deepEqual(metaOf('/embed.html'), { name: 'nnplay-service-worker', content: './sw.js' });
  assert.deepEqual(metaOf('/learn/index.html'), { name: 'nnplay-service-worker', content: '../sw.js' });
  const script = plugin.transformIndexHtml.handler('<html></html>', { path: '/learn/index.html' }).tags.find((tag) => tag.tag === 'script');
  assert.deepEqual(script.attrs, { type: 'module', src: '/src/registerServiceWorker.ts' });
});
