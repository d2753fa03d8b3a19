import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const repo = fileURLToPath(new URL('..', import.meta.url));

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
  build: { outDir: '../dist', emptyOutDir: true },
});
