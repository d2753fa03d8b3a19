// The training worker's entry: loads the engine, from the module its page compiled or by itself
// (app/engineWorker.ts), then hands each message from the page to worker/handlers.ts. Everything
// else lives in worker/.
import createNnplay from '@engine/nnplay.mjs';
import wasmUrl from '@engine/nnplay.wasm?url';
import type { EngineModule, FromWorker, ToWorker } from './protocol';
import { handle } from './worker/handlers';
import { Runner } from './worker/runner';

const post = (message: FromWorker, transfer: Transferable[]): void => self.postMessage(message, transfer);

let engineArrived: (module: WebAssembly.Module | null) => void = () => {};
const engineModule = new Promise<WebAssembly.Module | null>((resolve) => (engineArrived = resolve));

/** The engine, instantiated from `module` if the page gave one. */
function load(module: WebAssembly.Module | null): ReturnType<typeof createNnplay> {
  const locateFile = (path: string): string => (path.endsWith('.wasm') ? wasmUrl : path);
  if (!module) return createNnplay({ locateFile });
  // Emscripten waits for receiveInstance; a failed instantiation must fail the load instead.
  let failed: (error: unknown) => void = () => {};
  const failure = new Promise<never>((_, reject) => (failed = reject));
  const engine = createNnplay({
    locateFile,
    instantiateWasm: (imports, receiveInstance) => {
      WebAssembly.instantiate(module, imports).then((instance) => receiveInstance(instance, module), failed);
      return {};
    },
  });
  return Promise.race([engine, failure]);
}

const runner = engineModule.then(load).then((engine) => new Runner(engine, post));

// The messages that come before the engine wait for it, in order.
self.addEventListener('message', (event: MessageEvent<ToWorker | EngineModule>) => {
  const message = event.data;
  if (message.type === 'engine') return engineArrived(message.module);
  runner.then(
    (r) => {
      try {
        handle(r, message);
      } catch (error) {
        // A trap of the module (worker/runner.ts guard) fails the worker: the page starts a new one.
        reportError(error);
      }
    },
    (error: unknown) => {
      const text = `The engine did not load: ${error instanceof Error ? error.message : String(error)}`;
      post({ type: 'error', message: text, kind: 'internal' }, []);
    },
  );
});
