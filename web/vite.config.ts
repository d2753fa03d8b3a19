import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { contentSecurityPolicy } from './build/contentSecurityPolicy.ts';
import { elementStylesheet } from './build/elementStylesheet.ts';
import { lessons } from './build/lessons.ts';
import { offline } from './build/offline.ts';

const repo = fileURLToPath(new URL('..', import.meta.url));
const web = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

// What `npm run build` writes to dist/, listed here only: the pages, and the scripts that pages
// elsewhere load by a name that stays the same from one build to the next (at the root of dist/).
const PAGES = ['index', 'embed', 'host-example', 'learn/index'];
const SCRIPTS: Record<string, string> = { 'nnplay-element': 'src/element.ts', 'nnplay-embed': 'src/embed/client.ts' };

export default defineConfig({
  root: web('.'),
  // Relative asset URLs: the built site works from any sub-path.
  base: './',
  resolve: {
    // The engine as CMake builds it; its types come from wasm/nnplay.d.mts (see tsconfig paths).
    alias: { '@engine': `${repo}build-wasm/wasm` },
  },
  plugins: [
    contentSecurityPolicy(PAGES.map((page) => web(`${page}.html`))),
    elementStylesheet('nnplay-element', 'nnplay-element.css'),
    offline(web('src/serviceWorker.ts'), '/src/registerServiceWorker.ts'),
    lessons(web('lessons')),
  ],
  server: { host: '127.0.0.1', fs: { allow: [repo] } },
  preview: { host: '127.0.0.1' },
  worker: { format: 'es' },
  build: {
    outDir: '../dist',
    emptyOutDir: true,
    rolldownOptions: {
      input: {
        ...Object.fromEntries(PAGES.map((page) => [page, web(`${page}.html`)])),
        ...Object.fromEntries(Object.entries(SCRIPTS).map(([name, source]) => [name, web(source)])),
      },
      // The scripts' exports are their API: keep them.
      preserveEntrySignatures: 'allow-extension',
      output: {
        // The client and its protocol go into nnplay-embed.js itself (the embed page imports them from
        // it), so that the file works alone: an author may copy it next to a course page.
        codeSplitting: { groups: [{ name: 'nnplay-embed', test: /embed[\\/](hostProtocol|client)\.ts$/ }] },
        entryFileNames: (chunk) => (chunk.isEntry && chunk.name in SCRIPTS ? '[name].js' : 'assets/[name]-[hash].js'),
      },
    },
  },
});
