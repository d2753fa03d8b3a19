// Offline use after the first visit (docs/embedding.md, "Hosting the site"): the build emits the
// service worker as sw.js at the root of dist/, writes into it the list of every built file and a
// version made from their contents, and has every page register it (the same sw.js, at the root,
// from pages in folders too: learn/index.html registers ../sw.js).
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

const SERVICE_WORKER = 'sw.js';
/** The global the service worker's source reads its site from (web/src/serviceWorker.ts); the build replaces it. */
const PLACEHOLDER = 'NNPLAY_SITE';
/** The <meta> name under which each page finds sw.js (web/src/registerServiceWorker.ts reads it). */
const SERVICE_WORKER_META = 'nnplay-service-worker';

/** sw.js relative to the page at `path` from the site's root ("/learn/index.html" → "../sw.js"). */
export const serviceWorkerFrom = (path: string): string => `${'../'.repeat(path.split('/').length - 2) || './'}${SERVICE_WORKER}`;

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
      handler: (html, { path }) => ({
        html,
        tags: [
          // sw.js from this page (../sw.js from learn/): the registering script is shared by every page.
          { tag: 'meta', attrs: { name: SERVICE_WORKER_META, content: serviceWorkerFrom(path) }, injectTo: 'head' },
          { tag: 'script', attrs: { type: 'module', src: register }, injectTo: 'head' },
        ],
      }),
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
