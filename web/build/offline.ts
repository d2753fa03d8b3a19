// Offline use after the first visit (docs/embedding.md, "Hosting the site"): the build emits the
// service worker as sw.js at the root of dist/, writes into it the list of every built file and a
// version made from their contents, and has every page register it.
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

const SERVICE_WORKER = 'sw.js';
/** The global the service worker's source reads its site from (web/src/serviceWorker.ts); the build replaces it. */
const PLACEHOLDER = 'NNPLAY_SITE';

/**
 * `worker`: the service worker's source (absolute path); `register`: the script each page runs to
 * register it (a path from Vite's root, as a page's <script src> gives it).
 */
export function offline(worker: string, register: string): Plugin {
  return {
    name: 'nnplay:offline',
    apply: 'build',
    // After Vite's own plugins: the pages and the engine worker's files are in the bundle by then.
    enforce: 'post',
    buildStart() {
      this.emitFile({ type: 'chunk', id: worker, fileName: SERVICE_WORKER, preserveSignature: false });
    },
    transformIndexHtml: {
      order: 'pre',
      handler: (html) => ({ html, tags: [{ tag: 'script', attrs: { type: 'module', src: register }, injectTo: 'head' }] }),
    },
    generateBundle(_options, bundle) {
      const serviceWorker = bundle[SERVICE_WORKER];
      if (serviceWorker?.type !== 'chunk' || !serviceWorker.code.includes(PLACEHOLDER)) {
        this.error(`${SERVICE_WORKER} does not read ${PLACEHOLDER}: the site's files cannot be written into it.`);
      }
      const files = Object.keys(bundle)
        .filter((file) => file !== SERVICE_WORKER)
        .sort();
      // A new deployment is a new version exactly when some file's name or contents changed.
      const digest = createHash('sha256');
      for (const file of files) {
        const output = bundle[file]!;
        digest.update(`${file}\0`).update(output.type === 'chunk' ? output.code : output.source).update('\0');
      }
      const site = { version: digest.digest('hex').slice(0, 16), files };
      serviceWorker.code = serviceWorker.code.replaceAll(PLACEHOLDER, JSON.stringify(site));
    },
  };
}
