// Starts a playground's training worker. A browser starts a worker only once the page's main thread
// is free: a page that mounts its playground at once (page.ts, embedPage.ts) starts the worker before
// it loads the rest of its script, so that the engine loads while the page is built, not after.
// The page's service worker fetches the whole site as it installs, which would slow that start down:
// each start dispatches WORKER_STARTING on the document, its detail a promise settled by the worker's
// first frame (or error), and registerServiceWorker.ts waits for those.
import type { FromWorker } from '../protocol';

export const WORKER_STARTING = 'nnplay-worker-starting';

/**
 * `value`, once the page has run a task of its own: a new worker's messages reach it only after the
 * page's main thread has heard that it started, so a page that builds its playground in one long
 * task should let that news in first; the worker then loads the experiment while the page is built.
 */
export const afterATask = <T>(value: T): Promise<T> => new Promise((resolve) => setTimeout(() => resolve(value)));

export function startWorker(): Worker {
  const worker = new Worker(new URL('../worker.ts', import.meta.url), { type: 'module' });
  const started = new Promise<void>((resolve) => {
    const first = ({ data }: MessageEvent<FromWorker>): void => {
      if (data.type !== 'frame' && data.type !== 'error') return;
      worker.removeEventListener('message', first);
      resolve();
    };
    worker.addEventListener('message', first);
  });
  document.dispatchEvent(new CustomEvent(WORKER_STARTING, { detail: started }));
  return worker;
}
