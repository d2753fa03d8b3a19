// npm run bench: the engine's benchmarks (bench/bench.cpp) built natively and to WebAssembly, run
// one after the other on this machine, printed side by side and written to build/bench.json.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';

const seconds = process.argv[2] ?? '3';
const run = (command, args) => execFileSync(command, args, { stdio: ['ignore', 'pipe', 'inherit'] }).toString();

console.log('Building the benchmarks natively and to WebAssembly (up to a few minutes the first time)…');
run('bash', ['scripts/build.sh', 'native']);
run('bash', ['scripts/build.sh', 'wasm']);
console.log(`Running them: each figure is ${seconds} s of measurement after 1 s of warm-up…`);
const native = JSON.parse(run('build/bench/nnplay_bench', [seconds]));
// Node 20's fetch() cannot read the .wasm from a file path; without it the glue reads the file.
const wasm = JSON.parse(run('node', ['--no-experimental-fetch', 'build-wasm/bench/nnplay_bench.cjs', seconds]));

const rows = [
  ['W1 train, Playground default (examples/s)', 'W1', 'examplesPerSecond'],
  ['W2 train, spiral 7 features 6×8 ReLU (examples/s)', 'W2', 'examplesPerSecond'],
  ['W3 every neuron on a 100×100 grid (ms)', 'W3', 'millisecondsPerGrid'],
];
const format = (value) => (value >= 1000 ? `${(value / 1e6).toFixed(2)} M` : value.toFixed(3));
console.log(`${'benchmark'.padEnd(52)}${'native'.padStart(12)}${'wasm'.padStart(12)}${'native/wasm'.padStart(14)}`);
for (const [label, key, field] of rows) {
  const n = native[key][field];
  const w = wasm[key][field];
  // Ratio of speeds: above 1 means native is faster.
  const ratio = field === 'millisecondsPerGrid' ? w / n : n / w;
  console.log(`${label.padEnd(52)}${format(n).padStart(12)}${format(w).padStart(12)}${ratio.toFixed(2).padStart(14)}`);
}
writeFileSync('build/bench.json', JSON.stringify({ date: new Date().toISOString(), seconds: Number(seconds), native, wasm }, null, 2));
console.log('Written to build/bench.json');
