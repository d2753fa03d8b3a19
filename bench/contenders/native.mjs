// nnplay native: bench/bench.cpp built by `bash scripts/build.sh native`, the limit the WebAssembly
// build chases. A separate process, run once per round between the in-process contenders.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const NATIVE_NAME = 'nnplay native (limit)';
const BINARY = fileURLToPath(new URL('../../build/bench/nnplay_bench', import.meta.url));
const FIELDS = { W1: 'examplesPerSecond', W2: 'examplesPerSecond', W3: 'millisecondsPerGrid', W4: 'millisecondsPerFrame', W5: 'examplesPerSecond' };

/** One figure per workload id, each measured for `seconds` after `warmUp` seconds. */
export function runNative(seconds, warmUp) {
  const results = JSON.parse(execFileSync(BINARY, [String(seconds), String(warmUp)], { stdio: ['ignore', 'pipe', 'inherit'] }).toString());
  return Object.fromEntries(Object.entries(FIELDS).map(([id, field]) => [id, results[id][field]]));
}
