// Starts a playground's training worker. A browser starts a worker only once the page's main thread
// is free: a page that mounts its playground at once (page.ts, embedPage.ts) starts the worker before
// it loads the rest of its script, so that the engine loads while the page is built, not after.
// Such a page also compiles the engine's module itself (compileEngine), at once: the compiling then
// overlaps the worker's own start, and every worker of the page (a restarted one too) is handed it.
// A page whose policy may forbid compiling (a course page's custom element) leaves it to the worker.
// The page's service worker fetches the whole site as it installs, which would slow that start down:
// each start dispatches WORKER_STARTING on the document, its detail a promise settled by the worker's
// first frame (or error), and registerServiceWorker.ts waits for those.
import wasmUrl from '@engine/nnplay.wasm?url';
import type { EngineModule, FromWorker } from '../protocol';

export const WORKER_STARTING = 'nnplay-worker-starting';

/** The engine compiled by this page, once compileEngine() was called; null if it failed. */
let compiled: Promise<WebAssembly.Module | null> | undefined;

/** Fetches and compiles the engine's module, streamed where the server says it is wasm. */
export function compileEngine(): void {
  compiled ??= WebAssembly.compileStreaming(fetch(wasmUrl))
    .catch(() => fetch(wasmUrl).then((response) => response.arrayBuffer()).then((bytes) => WebAssembly.compile(bytes)))
    .catch(() => null);
}

export function startWorker(): Worker {
  const worker = new Worker(new URL('../worker.ts', import.meta.url), { type: 'module' });
  const engine = (module: WebAssembly.Module | null): void => worker.postMessage({ type: 'engine', module } satisfies EngineModule);
  if (compiled) void compiled.then(engine);
  else engine(null);
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
