// Memory over a long run, in Chromium: trains W2 (as bench-browser.mjs does) at the max speed with
// every heatmap drawn, and samples, every interval: the epoch, the renderer process's resident memory
// (the page, its training worker and the engine's wasm memory live there), the GPU process's, and
// the page's JavaScript heap and DOM nodes after a garbage collection. Prints a row per sample and
// the growth per hour fitted over the run after its first tenth, the warm-up (a least-squares line), and writes
// bench/results/soak.json. Uses the built site (npm run build, or scripts/build.sh site).
// Usage: node scripts/soak-browser.mjs [minutes, default 60] [seconds between samples, default 60]
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { preview } from 'vite';

const minutes = Number(process.argv[2] ?? 60);
const interval = Number(process.argv[3] ?? 60);
const W2 =
  'dataset=spiral&x=true&y=true&xSquared=true&ySquared=true&xTimesY=true&sinX=true&sinY=true' +
  '&networkShape=8,8,8,8,8,8&activation=relu&batchSize=10&learningRate=0.03&regularization=L2' +
  '&regularizationRate=0.001&seed=0.5';
const MB = 1024 * 1024;

/** Resident memory of process `pid`, MB, from /proc (Linux). */
const residentMb = (pid) => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) / 1024;

/** Slope of the least-squares line through (x, y), per unit of x. */
function slope(xs, ys) {
  const mean = (list) => list.reduce((a, b) => a + b, 0) / list.length;
  const mx = mean(xs);
  const my = mean(ys);
  const num = xs.reduce((sum, x, i) => sum + (x - mx) * (ys[i] - my), 0);
  const den = xs.reduce((sum, x) => sum + (x - mx) ** 2, 0);
  return den === 0 ? 0 : num / den;
}

const server = await preview({
  configFile: fileURLToPath(new URL('../web/vite.config.ts', import.meta.url)),
  preview: { port: 0 },
  logLevel: 'warn',
});
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`${server.resolvedUrls.local[0]}#${W2}&speed=max`);
  const epochOutput = page.getByLabel('Epoch', { exact: true });
  await epochOutput.filter({ hasText: /\d/ }).waitFor();
  await page.getByRole('button', { name: 'Play' }).click();
  const pageSession = await page.context().newCDPSession(page);
  await pageSession.send('Performance.enable');
  const browserSession = await browser.newBrowserCDPSession();
  const { processInfo } = await browserSession.send('SystemInfo.getProcessInfo');
  const pids = (type) => processInfo.filter((p) => p.type === type).map((p) => p.id);

  const samples = [];
  const started = Date.now();
  console.log(`W2 at the max speed for ${minutes} min, sampled every ${interval} s (${os.cpus().length} cores, load ${os.loadavg()[0].toFixed(2)}).`);
  console.log('  minute      epoch  renderer MB   GPU MB  JS heap MB  DOM nodes');
  for (;;) {
    await pageSession.send('HeapProfiler.collectGarbage');
    const { metrics } = await pageSession.send('Performance.getMetrics');
    const metric = (name) => metrics.find((m) => m.name === name).value;
    const sample = {
      minute: (Date.now() - started) / 60_000,
      epoch: Number((await epochOutput.textContent()).replaceAll(',', '')),
      rendererMb: pids('renderer').reduce((sum, pid) => sum + residentMb(pid), 0),
      gpuMb: pids('GPU').reduce((sum, pid) => sum + residentMb(pid), 0),
      jsHeapMb: metric('JSHeapUsedSize') / MB,
      nodes: metric('Nodes'),
    };
    samples.push(sample);
    console.log(
      `${sample.minute.toFixed(1).padStart(8)} ${String(sample.epoch).padStart(10)} ${sample.rendererMb.toFixed(1).padStart(12)} ` +
        `${sample.gpuMb.toFixed(1).padStart(8)} ${sample.jsHeapMb.toFixed(2).padStart(11)} ${String(sample.nodes).padStart(10)}`,
    );
    if (sample.minute >= minutes) break;
    await page.waitForTimeout(interval * 1000);
  }
  const settled = samples.filter((s) => s.minute >= minutes / 10);
  const perHour = (key) => 60 * slope(settled.map((s) => s.minute), settled.map((s) => s[key]));
  const growth = { rendererMb: perHour('rendererMb'), gpuMb: perHour('gpuMb'), jsHeapMb: perHour('jsHeapMb'), nodes: perHour('nodes') };
  console.log(
    `Growth per hour after the first ${(minutes / 10).toFixed(1)} min: renderer ${growth.rendererMb.toFixed(1)} MB, GPU process ${growth.gpuMb.toFixed(1)} MB, ` +
      `JS heap ${growth.jsHeapMb.toFixed(2)} MB, DOM nodes ${growth.nodes.toFixed(0)}.`,
  );
  const out = new URL('../bench/results/soak.json', import.meta.url);
  const machine = { cpus: os.cpus().length, cpu: os.cpus()[0]?.model, memoryGb: os.totalmem() / 1024 ** 3, chromium: browser.version() };
  writeFileSync(out, `${JSON.stringify({ date: new Date().toISOString(), workload: 'W2 at the max speed', machine, growthPerHour: growth, samples }, null, 1)}\n`);
  console.log(`Wrote ${fileURLToPath(out)}.`);
} finally {
  await browser.close();
  await server.close();
}
