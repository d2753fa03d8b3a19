// The engine on the lesson page itself, loaded once when a widget first asks for it. The lessons'
// own widgets compute a few hundred numbers at a time, which the page does between two frames;
// playgrounds in a lesson train in their own worker, as everywhere else.
import createNnplay, { type NnplayModule } from '@engine/nnplay.mjs';
import wasmUrl from '@engine/nnplay.wasm?url';

let loading: Promise<NnplayModule> | null = null;

export function lessonEngine(): Promise<NnplayModule> {
  loading ??= createNnplay({ locateFile: (path) => (path.endsWith('.wasm') ? wasmUrl : path) });
  return loading;
}
