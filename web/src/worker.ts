// The training worker's entry: loads the engine, then hands each message from the page to
// worker/handlers.ts. Everything else lives in worker/.
import createNnplay from '@engine/nnplay.mjs';
import wasmUrl from '@engine/nnplay.wasm?url';
import type { FromWorker, ToWorker } from './protocol';
import { handle } from './worker/handlers';
import { Runner } from './worker/runner';

const post = (message: FromWorker, transfer: Transferable[]): void => self.postMessage(message, transfer);

const runner = createNnplay({ locateFile: (path) => (path.endsWith('.wasm') ? wasmUrl : path) }).then(
  (engine) => new Runner(engine, post),
);

self.addEventListener('message', (event: MessageEvent<ToWorker>) => {
  runner.then(
    (r) => {
      try {
        handle(r, event.data);
      } catch (error) {
        // A trap of the module (worker/runner.ts guard) fails the worker: the page starts a new one.
        reportError(error);
      }
    },
    (error: unknown) => {
      const message = `The engine did not load: ${error instanceof Error ? error.message : String(error)}`;
      post({ type: 'error', message, kind: 'internal' }, []);
    },
  );
});
