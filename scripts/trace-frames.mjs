// What each frame costs the page's main thread, in Chromium: trains W2 (as bench-browser.mjs does) at
// a speed, records a Chrome trace of a few seconds, and prints per frame: the layouts, whether they
// were partial (from relayout boundaries: their roots are listed) or of the whole document, how many
// layout objects they covered, the main thread's CPU time in script, style, layout and paint, and what
// a MutationObserver saw the page write (and how often it wrote the value already there). With --why,
// also which nodes asked for a layout and why (Blink's invalidation tracking; it slows style a lot).
// One text that changes in a box that is no relayout boundary lays out the whole document: see
// .nnplay-live in web/src/style.css. Uses the built site (scripts/build.sh site).
// Usage: node scripts/trace-frames.mjs [speed, default 1] [seconds, default 3] [--why] [--keep trace.json]
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { preview } from 'vite';

const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const keep = flag('--keep') ? args[args.indexOf('--keep') + 1] : undefined;
const [speed = '1', seconds = 3] = args.filter((arg) => !arg.startsWith('--') && arg !== keep);
const why = flag('--why');
const W2 =
  'dataset=spiral&x=true&y=true&xSquared=true&ySquared=true&xTimesY=true&sinX=true&sinY=true' +
  '&networkShape=8,8,8,8,8,8&activation=relu&batchSize=10&learningRate=0.03&regularization=L2' +
  '&regularizationRate=0.001&seed=0.5';
/** The trace events of a frame's work, by what they are called here; script includes the garbage collections it runs. */
const STAGES = {
  FireAnimationFrame: 'script (animation frames)',
  HandlePostMessage: 'script (messages)',
  MinorGC: 'minor GC',
  MajorGC: 'major GC',
  UpdateLayoutTree: 'style',
  Layout: 'layout',
  PrePaint: 'pre-paint',
  Paint: 'paint',
  Layerize: 'layerize',
};

const server = await preview({
  configFile: fileURLToPath(new URL('../web/vite.config.ts', import.meta.url)),
  preview: { port: 0 },
  logLevel: 'warn',
});
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });

/** The page's DOM writes while `ms` pass, grouped by what was written; `unchanged` counts writes of the value already there. */
function watchWrites(ms) {
  const name = (node) => {
    const el = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
    return `${el.localName}${el.classList[0] ? `.${el.classList[0]}` : ''}`;
  };
  const writes = new Map();
  const count = (key, same) => {
    const entry = writes.get(key) ?? { writes: 0, unchanged: 0 };
    entry.writes++;
    if (same) entry.unchanged++;
    writes.set(key, entry);
  };
  const observer = new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === 'attributes') count(`${name(r.target)} [${r.attributeName}]`, r.oldValue === r.target.getAttribute(r.attributeName));
      else if (r.type === 'characterData') count(`${name(r.target)} text`, r.oldValue === r.target.data);
      else count(`${name(r.target)} children`, false);
    }
  });
  observer.observe(document, { subtree: true, attributes: true, attributeOldValue: true, characterData: true, characterDataOldValue: true, childList: true });
  let frames = 0;
  return new Promise((resolve) => {
    const start = performance.now();
    const tick = (now) => {
      frames++;
      if (now - start < ms) requestAnimationFrame(tick);
      else {
        observer.disconnect();
        resolve({ frames, writes: [...writes].sort((a, b) => b[1].writes - a[1].writes) });
      }
    };
    requestAnimationFrame(tick);
  });
}

/**
 * The trace's events on the renderer's main thread that laid out the most: complete ones (X, or B/E
 * pairs) and instant ones (I). Their `dur` is the thread's CPU time, where the trace has it: a
 * machine shared with other work then slows it less than the wall-clock time.
 */
function mainThreadEvents(events) {
  const threads = new Map();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name' && e.args.name === 'CrRendererMain') threads.set(`${e.pid}:${e.tid}`, []);
  const open = new Map();
  for (const e of events) {
    const list = threads.get(`${e.pid}:${e.tid}`);
    if (!list) continue;
    if (e.ph === 'X' || e.ph === 'I') list.push({ name: e.name, dur: (e.tdur ?? e.dur ?? 0) / 1000, args: e.args ?? {} });
    else if (e.ph === 'B') open.set(`${e.pid}:${e.tid}:${e.name}`, e);
    else if (e.ph === 'E') {
      const begin = open.get(`${e.pid}:${e.tid}:${e.name}`);
      if (begin) list.push({ name: e.name, dur: (e.tts - begin.tts || e.ts - begin.ts) / 1000, args: { ...begin.args, ...e.args } });
    }
  }
  const layouts = (list) => list.filter((e) => e.name === 'Layout').length;
  return [...threads.values()].sort((a, b) => layouts(b) - layouts(a))[0] ?? [];
}

try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`${server.resolvedUrls.local[0]}#${W2}&speed=${speed}`);
  await page.getByLabel('Epoch', { exact: true }).filter({ hasText: /\d/ }).waitFor();
  await page.getByRole('button', { name: 'Play' }).click();
  await page.waitForTimeout(1000);
  const categories = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel'];
  if (why) categories.push('disabled-by-default-devtools.timeline.invalidationTracking');
  await browser.startTracing(page, { categories });
  const { frames, writes } = await page.evaluate(watchWrites, Number(seconds) * 1000);
  const trace = await browser.stopTracing();
  if (keep) writeFileSync(keep, trace);
  const events = mainThreadEvents(JSON.parse(trace.toString()).traceEvents);

  const layouts = events.filter((e) => e.name === 'Layout').map((e) => e.args.beginData ?? {});
  const partial = layouts.filter((d) => d.partialLayout).length;
  const roots = new Map();
  for (const e of events.filter((e) => e.name === 'Layout')) {
    for (const root of e.args.endData?.layoutRoots ?? []) roots.set(root.nodeName, (roots.get(root.nodeName) ?? 0) + 1);
  }
  const objects = layouts.map((d) => d.totalObjects ?? 0).sort((a, b) => a - b);
  const dirty = layouts.map((d) => d.dirtyObjects ?? 0).sort((a, b) => a - b);
  const median = (list) => list[Math.floor(list.length / 2)] ?? 0;
  const busy = events.filter((e) => e.name === 'RunTask').reduce((sum, e) => sum + e.dur, 0);
  console.log(`W2 at speed ${speed}, ${seconds} s traced (1280×800): ${frames} frames; main thread CPU ${(busy / frames).toFixed(2)} ms per frame.`);
  console.log(`Layouts: ${(layouts.length / frames).toFixed(2)} per frame, ${partial} of ${layouts.length} partial; objects laid out per layout: median ${median(objects)}, max ${objects.at(-1) ?? 0}; dirty: median ${median(dirty)}.`);
  console.log(`Layout roots: ${[...roots].map(([name, n]) => `${name} ×${n}`).join(', ')}.`);
  const perFrame = Object.entries(STAGES).map(([event, label]) => {
    const ms = events.filter((e) => e.name === event).reduce((sum, e) => sum + e.dur, 0) / frames;
    return `${label} ${ms.toFixed(2)}`;
  });
  console.log(`CPU milliseconds per frame (under tracing): ${perFrame.join(', ')}.`);
  if (why) {
    const invalidations = new Map();
    for (const e of events.filter((e) => e.name === 'LayoutInvalidationTracking')) {
      const key = `${e.args.data.nodeName} (${e.args.data.reason})`;
      invalidations.set(key, (invalidations.get(key) ?? 0) + 1);
    }
    console.log('Layout invalidations per frame (node, reason):');
    for (const [key, n] of [...invalidations].sort((a, b) => b[1] - a[1])) console.log(`  ${(n / frames).toFixed(2).padStart(7)}  ${key}`);
  }
  console.log('DOM writes per frame (of them, writing the value already there):');
  for (const [key, { writes: n, unchanged }] of writes) console.log(`  ${(n / frames).toFixed(2).padStart(7)} ${(unchanged / frames).toFixed(2).padStart(7)}  ${key}`);
} finally {
  await browser.close();
  await server.close();
}
