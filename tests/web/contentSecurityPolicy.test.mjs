// web/build/contentSecurityPolicy.ts: the site's pages get the policy first in their <head>; the
// dev server's pages the same policy with inline styles allowed; other pages nothing.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const { module } = await runnerImport(fileURLToPath(new URL('../../web/build/contentSecurityPolicy.ts', import.meta.url)), {
  configFile: false,
  logLevel: 'silent',
});
const { CONTENT_SECURITY_POLICY, contentSecurityPolicy } = module;
const plugin = contentSecurityPolicy(['/site/index.html', '/site/embed.html']);
const HTML = '<!doctype html><html><head></head><body></body></html>';
const transform = (filename, server) => plugin.transformIndexHtml.handler(HTML, { filename, server, path: '/' });

test('the policy is the one issue 9 asks for, directive by directive', () => {
  assert.deepEqual(CONTENT_SECURITY_POLICY.split('; '), [
    "default-src 'self'",
    "script-src 'self' 'wasm-unsafe-eval'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "worker-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ]);
});

test('a built page gets the policy as the first tag of its <head>', () => {
  const { html, tags } = transform('/site/embed.html', undefined);
  assert.equal(html, HTML);
  assert.deepEqual(tags, [
    { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' },
  ]);
});

test('a page of the dev server gets the same policy but for inline styles, which Vite injects there', () => {
  const [{ attrs }] = transform('/site/index.html', {}).tags;
  const built = CONTENT_SECURITY_POLICY.split('; ');
  const served = attrs.content.split('; ');
  assert.deepEqual(
    served.filter((directive) => !built.includes(directive)),
    ["style-src 'self' 'unsafe-inline'"],
  );
  assert.deepEqual(
    built.filter((directive) => !served.includes(directive)),
    ["style-src 'self'"],
  );
});

test('a page that is not the site\'s (a test page) is left as it is', () => {
  assert.equal(transform('/tests/browser/pages/mount.html', {}), HTML);
});
