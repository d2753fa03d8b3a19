// The site's Content-Security-Policy (docs/embedding.md, "Hosting the site"), written once here and
// put into every page as a <meta>, because a static host cannot always send headers.
import type { Plugin } from 'vite';

/** Everything the site loads comes from itself; WebAssembly may compile; nothing inline, no eval. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "worker-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

// Vite's dev server injects each CSS module as a <style> element and its error overlay carries one:
// in development, and only there, styles may be inline. Scripts stay as strict as in the build.
const DEVELOPMENT_POLICY = CONTENT_SECURITY_POLICY.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");

/** Puts the policy first in the <head> of each of `pages` (absolute paths), built or served by Vite's dev server. */
export function contentSecurityPolicy(pages: readonly string[]): Plugin {
  return {
    name: 'nnplay:content-security-policy',
    transformIndexHtml: {
      order: 'pre',
      handler: (html, { filename, server }) =>
        pages.includes(filename)
          ? {
              html,
              tags: [
                {
                  tag: 'meta',
                  attrs: { 'http-equiv': 'Content-Security-Policy', content: server ? DEVELOPMENT_POLICY : CONTENT_SECURITY_POLICY },
                  injectTo: 'head-prepend',
                },
              ],
            }
          : html,
    },
  };
}
