// The pages that build their playground at once (page.ts, embedPage.ts) import the playground's
// script and fetch the engine's module as soon as their own small script runs. Links in their
// <head> start both downloads while the browser is still reading the HTML: the playground's chunk,
// what it imports (modulepreload) and its styles, and the engine (preload as fetch, which
// app/engineWorker.ts's fetch then takes; crossorigin, as that fetch's mode is cors).
import type { Plugin } from 'vite';

/** `pages`: absolute paths of those pages; `playground`: absolute path of the module they import (main.ts). */
export function startEarly(pages: readonly string[], playground: string): Plugin {
  return {
    name: 'nnplay:start-early',
    apply: 'build',
    enforce: 'post',
    transformIndexHtml: {
      order: 'post',
      handler: (html, { filename, path, bundle }) => {
        if (!bundle || !pages.includes(filename)) return html;
        const chunks = Object.values(bundle);
        // A chunk of its own, shared with the custom element's script (so not its facade).
        const main = chunks.find((chunk) => chunk.type === 'chunk' && chunk.moduleIds.includes(playground));
        const engine = chunks.find((chunk) => chunk.type === 'asset' && /^assets\/nnplay-[\w-]+\.wasm$/.test(chunk.fileName));
        if (main?.type !== 'chunk' || !engine) throw new Error(`${path}: the build has no playground chunk or engine to preload.`);
        const fromPage = (file: string): string => `${'../'.repeat(path.split('/').length - 2) || './'}${file}`;
        // What the page's own script already brings in is linked already.
        const scripts = [main.fileName, ...main.imports].filter((file) => !html.includes(`"${fromPage(file)}"`));
        return {
          html,
          tags: [
            ...scripts.map((file) => ({
              tag: 'link',
              attrs: { rel: 'modulepreload', crossorigin: true, href: fromPage(file) },
              injectTo: 'head' as const,
            })),
            ...[...(main.viteMetadata?.importedCss ?? [])].map((file) => ({
              tag: 'link',
              attrs: { rel: 'preload', as: 'style', crossorigin: true, href: fromPage(file) },
              injectTo: 'head' as const,
            })),
            {
              tag: 'link',
              attrs: { rel: 'preload', as: 'fetch', type: 'application/wasm', crossorigin: true, href: fromPage(engine.fileName) },
              injectTo: 'head' as const,
            },
          ],
        };
      },
    },
  };
}
