// npm run bench [-- --rounds N --seconds S]: nnplay's WebAssembly module through its JS API against
// convnetjs, brain.js and TensorFlow.js (cpu and wasm backends) in this one Node process, on the
// workloads of bench/workloads.mjs, in interleaved rounds (7 by default); nnplay native
// (bench/bench.cpp) runs once per round as the limit. Each contender must first learn each task.
// Prints a table; writes bench/results/latest.json and latest.svg.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { parseArgs } from 'node:util';
import brainjs from '../bench/contenders/brainjs.mjs';
import convnetjs from '../bench/contenders/convnetjs.mjs';
import { NATIVE_NAME, runNative } from '../bench/contenders/native.mjs';
import nnplayWasm, { loadNnplay } from '../bench/contenders/nnplay.mjs';
import { tfjsCpu, tfjsWasm } from '../bench/contenders/tfjs.mjs';
import { rotated, secondsPerCall } from '../bench/measure.mjs';
import { barChart, summarize, table } from '../bench/report.mjs';
import { WORKLOADS, figure, problemFor, timedWork } from '../bench/workloads.mjs';

const { values: options } = parseArgs({
  options: { rounds: { type: 'string', default: '7' }, seconds: { type: 'string', default: '0.4' } },
});
const rounds = Number(options.rounds);
const seconds = Number(options.seconds);
if (!(Number.isInteger(rounds) && rounds >= 1 && seconds > 0)) {
  console.error('usage: node scripts/bench.mjs [--rounds N (whole, ≥ 1)] [--seconds S (per figure, > 0)]');
  process.exit(2);
}
const loadStart = os.loadavg()[0];

console.log('Building nnplay natively and its WebAssembly module (minutes the first time)…');
for (const target of ['native', 'module']) execFileSync('bash', ['scripts/build.sh', target], { stdio: ['ignore', 'ignore', 'inherit'] });

const nnplay = await loadNnplay();
const problems = new Map(WORKLOADS.map((w) => [w.config, null]));
for (const config of problems.keys()) problems.set(config, problemFor(nnplay, config));

const contenders = [];
for (const contender of [nnplayWasm, convnetjs, brainjs, tfjsCpu, tfjsWasm]) {
  try {
    contenders.push({ ...contender, ...(await contender.load(nnplay)) });
  } catch (error) {
    console.log(`${contender.name} is left out: it does not load here (${error.message})`);
  }
}

// A grids or frame workload runs the network of the training workload with the same configuration.
const learnedOn = (workload) => WORKLOADS.find((w) => w.kind === 'training' && w.config === workload.config);
console.log('\nDoes each contender learn each task? (accuracy on train / test after the epochs shown)');
const learned = new Map(); // "contender workload" → whether it learned
for (const workload of WORKLOADS.filter((w) => w.kind === 'training')) {
  for (const contender of contenders) {
    const network = await contender.create(problems.get(workload.config));
    await network.train(workload.learnEpochs);
    const stats = await network.evaluate();
    network.dispose();
    const ok = stats.testAccuracy >= workload.minAccuracy;
    learned.set(`${contender.name} ${workload.id}`, { ...stats, epochs: workload.learnEpochs, ok });
    const loss = Number.isNaN(stats.testLoss) ? '' : `, test loss ${stats.testLoss.toFixed(4)}`;
    console.log(
      `  ${workload.id} ${contender.name.padEnd(12)} ${workload.learnEpochs} epochs: ${(stats.trainAccuracy * 100).toFixed(1)}% / ${(stats.testAccuracy * 100).toFixed(1)}%${loss}` +
        (ok ? '' : `  DID NOT LEARN (below ${workload.minAccuracy * 100}%): not timed`),
    );
  }
}

console.log(`\nTiming: ${rounds} rounds, each figure ≥ ${seconds} s, the contenders' order turned each round…`);
const tasks = [];
for (const workload of WORKLOADS) {
  for (const contender of contenders) {
    if (!learned.get(`${contender.name} ${learnedOn(workload).id}`).ok) continue;
    const problem = problems.get(workload.config);
    const network = await contender.create(problem);
    if (workload.pinEpochs) await network.train(workload.pinEpochs); // the same weights every round
    const { work, count } = timedWork(workload, network, problem.train.length);
    await secondsPerCall(work, seconds / 2); // warm-up: V8's compiler tiers, the libraries' caches
    tasks.push({ workload, contender, work, count, values: [] });
  }
}
const nativeValues = Object.fromEntries(WORKLOADS.map((w) => [w.id, []]));
for (let round = 0; round < rounds; round++) {
  for (const workload of WORKLOADS) {
    for (const task of rotated(tasks.filter((t) => t.workload === workload), round)) {
      task.values.push(figure(workload, await secondsPerCall(task.work, seconds), task.count));
    }
  }
  for (const [id, value] of Object.entries(runNative(seconds, seconds / 2))) nativeValues[id].push(value);
  console.log(`  round ${round + 1} of ${rounds} done (load ${os.loadavg()[0].toFixed(2)})`);
}

const packageVersion = (name) => JSON.parse(readFileSync(new URL(`../node_modules/${name}/package.json`, import.meta.url), 'utf8')).version;
const missing = (contender) =>
  Object.fromEntries(
    WORKLOADS.filter((w) => !learned.get(`${contender.name} ${learnedOn(w).id}`).ok).map((w) => [w.id, 'did not learn']),
  );
const results = {
  date: new Date().toISOString(),
  node: process.versions.node,
  machine: {
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    cpu: os.cpus()[0].model,
    cores: os.cpus().length,
    loadAverage: { start: loadStart, end: os.loadavg()[0] },
  },
  nnplayCommit: execFileSync('git', ['rev-parse', '--short', 'HEAD']).toString().trim(),
  packages: Object.fromEntries([...new Set(contenders.flatMap((c) => c.packages))].map((name) => [name, packageVersion(name)])),
  rounds,
  secondsPerFigure: seconds,
  reference: nnplayWasm.name,
  workloads: WORKLOADS.map(({ id, title, unit }) => ({ id, title, unit })),
  contenders: [
    ...contenders.map((contender) => ({
      name: contender.name,
      kind: contender.name === nnplayWasm.name ? 'wasm' : 'library',
      facts: contender.facts,
      learned: Object.fromEntries(WORKLOADS.filter((w) => w.kind === 'training').map((w) => [w.id, learned.get(`${contender.name} ${w.id}`)])),
      missing: missing(contender),
      figures: Object.fromEntries(tasks.filter((t) => t.contender === contender).map((t) => [t.workload.id, summarize(t.values)])),
    })),
    { name: NATIVE_NAME, kind: 'native', figures: Object.fromEntries(Object.entries(nativeValues).map(([id, values]) => [id, summarize(values)])) },
  ],
  footnotes: [
    'Figures: median of the rounds ± half their range; (N×) = how many times faster nnplay WASM is. Every contender trains on the points and inputs of the same nnplay session, from the same initial weights.',
    'W3 and W4 time networks trained 50 epochs (W3) or from the start (W4) with W2\'s configuration, for the contenders that learned W2; W4 = 20 epochs, train and test loss, every neuron on a 36×36 grid and the output on a 100×100 one, as one frame of the page.',
    `${NATIVE_NAME}: bench/bench.cpp, the same workloads on the core compiled natively, run as a separate process once per round.`,
    ...new Set(contenders.flatMap((c) => c.footnotes)),
  ],
};

console.log(`\n${table(results)}\n`);
results.footnotes.forEach((note, i) => console.log(`${i + 1}. ${note}`));
const folder = new URL('../bench/results/', import.meta.url);
mkdirSync(folder, { recursive: true });
writeFileSync(new URL('latest.json', folder), `${JSON.stringify(results, null, 2)}\n`);
writeFileSync(new URL('latest.svg', folder), barChart(results));
console.log('\nWritten: bench/results/latest.json and bench/results/latest.svg');
