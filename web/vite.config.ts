import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { elementStylesheet } from './build/elementStylesheet.ts';

const repo = fileURLToPath(new URL('..', import.meta.url));
const web = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

/** Entries whose file keeps its name at the root of dist/, for pages elsewhere to load. */
const STABLE_NAMES = new Set(['nnplay-embed', 'nnplay-element']);

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  // Relative asset URLs: the built site works from any sub-path.
  base: './',
  resolve: {
    // The engine as CMake builds it; its types come from wasm/nnplay.d.mts (see tsconfig paths).
    alias: { '@engine': `${repo}build-wasm/wasm` },
  },
  server: { host: '127.0.0.1', fs: { allow: [repo] } },
  preview: { host: '127.0.0.1' },
  worker: { format: 'es' },
  plugins: [elementStylesheet('nnplay-element', 'nnplay-element.css')],
  build: {
    outDir: '../dist',
    emptyOutDir: true,
    rolldownOptions: {
      input: {
        index: web('index.html'),
        embed: web('embed.html'),
        'host-example': web('host-example.html'),
        'nnplay-embed': web('src/embed/client.ts'),
        'nnplay-element': web('src/element.ts'),
      },
      // The client's exports are its API: keep them.
      preserveEntrySignatures: 'allow-extension',
      output: {
        // The client and its protocol go into nnplay-embed.js itself (the embed page imports them from
        // it), so that the file works alone: an author may copy it next to a course page.
        codeSplitting: { groups: [{ name: 'nnplay-embed', test: /embed[\\/](hostProtocol|client)\.ts$/ }] },
        entryFileNames: (chunk) => (STABLE_NAMES.has(chunk.name) ? '[name].js' : 'assets/[name]-[hash].js'),
      },
    },
  },
});
