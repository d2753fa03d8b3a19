// The page under load, in Chromium: epochs per second, frame times and long tasks while W2 trains
// (spiral, all 7 features, 6 hidden layers of 8 ReLU, batch 10, lr 0.03, L2 0.001) with every
// neuron's heatmap drawn, and how soon Pause and Play are answered. Uses the built site (npm run
// build, or scripts/build.sh site). First, the default page in a fresh browser context: how soon
// after navigation it shows its first frame and, Play clicked then, its first trained epoch, and
// what it transferred (raw and gzip-compressed, as a server that compresses would send it).
// Usage: node scripts/bench-browser.mjs [seconds per speed, default 5]
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { preview } from 'vite';

const seconds = Number(process.argv[2] ?? 5);
const W2 =
  'dataset=spiral&x=true&y=true&xSquared=true&ySquared=true&xTimesY=true&sinX=true&sinY=true' +
  '&networkShape=8,8,8,8,8,8&activation=relu&batchSize=10&learningRate=0.03&regularization=L2' +
  '&regularizationRate=0.001&seed=0.5';

const server = await preview({
  configFile: fileURLToPath(new URL('../web/vite.config.ts', import.meta.url)),
  preview: { port: 0 },
  logLevel: 'warn',
});
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });

const dist = new URL('../dist/', import.meta.url);

/**
 * The default page loaded afresh: when it shows its first frame (epoch 0, the network drawn), and
 * when it shows its first trained epoch if Play is clicked in the page at that moment, as a learner
 * quick on the mouse would (a click through the browser's automation would add its own checks, about
 * 100–500 ms); and the files fetched.
 */
async function firstLoad() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const requested = []; // the page's requests and its worker's; not the offline cache's, which fills in the background
  context.on('request', (request) => {
    if (!request.serviceWorker()) requested.push(request.url());
  });
  const page = await context.newPage();
  await page.addInitScript(() => {
    const times = (globalThis.benchLoad = {});
    new MutationObserver(() => {
      const output = [...document.querySelectorAll('label')].find((l) => l.textContent === 'Epoch')?.control;
      const epoch = output && output.value !== '' ? Number(output.value.replaceAll(',', '')) : null;
      if (epoch === 0 && times.firstFrame === undefined) {
        times.firstFrame = performance.now();
        [...document.querySelectorAll('button')].find((b) => b.textContent === 'Play').click();
      }
      if (epoch >= 1 && times.firstEpoch === undefined) times.firstEpoch = performance.now();
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
  await page.goto(server.resolvedUrls.local[0]);
  await page.waitForFunction(() => globalThis.benchLoad.firstEpoch !== undefined);
  const { firstFrame: firstFrameMs, firstEpoch: firstEpochMs } = await page.evaluate(() => globalThis.benchLoad);
  await context.close();
  const origin = new URL(server.resolvedUrls.local[0]);
  const files = [...new Set(requested.map((url) => new URL(url)).filter((url) => url.origin === origin.origin).map((url) => url.pathname.replace(/\/$/, '/index.html')))];
  const sizes = files.map((path) => {
    const bytes = readFileSync(new URL(`.${path}`, dist));
    return { path, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
  const kb = (list, key) => list.reduce((sum, file) => sum + file[key], 0) / 1024;
  const code = sizes.filter((file) => /\.(js|wasm)$/.test(file.path));
  return { firstFrameMs, firstEpochMs, sizes, totalKb: kb(sizes, 'raw'), totalGzipKb: kb(sizes, 'gzip'), codeKb: kb(code, 'raw'), codeGzipKb: kb(code, 'gzip') };
}

/** Trains W2 at `speed` for `seconds` after a second of warm-up; measures in the page. */
async function measure(speed) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.addInitScript(() => {
    globalThis.benchLongTasks = [];
    new PerformanceObserver((list) => globalThis.benchLongTasks.push(...list.getEntries().map((e) => e.duration))).observe({
      type: 'longtask',
      buffered: true,
    });
  });
  await page.goto(`${server.resolvedUrls.local[0]}#${W2}&speed=${speed}`);
  const epoch = page.getByLabel('Epoch', { exact: true });
  await epoch.filter({ hasText: /\d/ }).waitFor();
  await page.getByRole('button', { name: 'Play' }).click();
  await page.waitForTimeout(1000);
  const result = await page.evaluate(async (ms) => {
    const output = [...document.querySelectorAll('label')].find((l) => l.textContent === 'Epoch').control;
    const epochNow = () => Number(output.value.replaceAll(',', ''));
    globalThis.benchLongTasks.length = 0;
    const frames = [];
    const firstEpoch = epochNow();
    const start = performance.now();
    let last = start;
    await new Promise((resolve) => {
      const tick = (now) => {
        frames.push(now - last);
        last = now;
        if (now - start < ms) requestAnimationFrame(tick);
        else resolve();
      };
      requestAnimationFrame(tick);
    });
    const elapsed = performance.now() - start;
    return { epochs: epochNow() - firstEpoch, elapsed, frames, longTasks: [...globalThis.benchLongTasks] };
  }, seconds * 1000);
  // Pause and Play clicked five times each while training: the time until the next frame shows the
  // answer (the median, so that one hiccup of a busy machine does not count).
  const clicks = await page.evaluate(async () => {
    const button = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Pause');
    const times = [];
    for (let i = 0; i < 10; i++) {
      const label = button.textContent;
      const start = performance.now();
      button.click();
      await new Promise((resolve) => requestAnimationFrame(resolve));
      if (button.textContent === label) throw new Error(`${label} was not answered`);
      times.push(performance.now() - start);
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
    return times.sort((a, b) => a - b);
  });
  await page.close();
  const frames = result.frames.slice(1).sort((a, b) => a - b);
  const at = (q) => frames[Math.min(frames.length - 1, Math.floor(q * frames.length))];
  return {
    speed,
    epochsPerSecond: (1000 * result.epochs) / result.elapsed,
    framesPerSecond: (1000 * frames.length) / result.elapsed,
    medianFrameMs: at(0.5),
    p95FrameMs: at(0.95),
    maxFrameMs: frames[frames.length - 1],
    longTasks: result.longTasks.length,
    longestTaskMs: Math.max(0, ...result.longTasks),
    medianClickMs: clicks[clicks.length / 2],
  };
}

try {
  // Three first visits, each in a fresh context: the median of each time.
  const loads = [await firstLoad(), await firstLoad(), await firstLoad()];
  const median = (key) => loads.map((l) => l[key]).sort((a, b) => a - b)[1];
  const times = (key) => loads.map((l) => l[key].toFixed(0)).join(', ');
  const load = loads[0];
  console.log(
    `First load of the default page (median of 3): first frame (epoch 0) ${median('firstFrameMs').toFixed(0)} ms after navigation (${times('firstFrameMs')}); ` +
      `Play clicked then, the first trained epoch ${median('firstEpochMs').toFixed(0)} ms (${times('firstEpochMs')}).`,
  );
  console.log(`Transferred: ${load.sizes.length} files, ${load.totalKb.toFixed(0)} KB (${load.totalGzipKb.toFixed(0)} KB gzip); scripts and wasm ${load.codeKb.toFixed(0)} KB (${load.codeGzipKb.toFixed(0)} KB gzip):`);
  for (const file of load.sizes) console.log(`  ${file.path.padEnd(44)} ${(file.raw / 1024).toFixed(1).padStart(8)} KB ${(file.gzip / 1024).toFixed(1).padStart(8)} KB gzip`);
  console.log(`\nW2 in Chromium, ${seconds} s per speed after 1 s of warm-up, 1280×800, every heatmap drawn.`);
  const rows = [];
  for (const speed of ['max', 1, 10]) rows.push(await measure(speed));
  const format = (v) => (typeof v === 'number' && !Number.isInteger(v) ? v.toFixed(1) : String(v));
  const keys = Object.keys(rows[0]);
  console.log(keys.map((k) => k.padStart(16)).join(''));
  for (const row of rows) console.log(keys.map((k) => format(row[k]).padStart(16)).join(''));
} finally {
  await browser.close();
  await server.close();
}
