// Fuzzes the page's URL-state reader (tests/fuzz/url/urlState.mjs) for SECONDS (default 60) from a
// new seed, printed so a failure can be replayed with that SEED. A failing hash is printed shrunk:
// fix the reader, add a test, and save the hash in tests/fuzz/url/corpus/.
// Usage: node scripts/fuzz-url.mjs [SECONDS] [SEED]
import { fuzzUrlState } from '../tests/fuzz/url/urlState.mjs';

const [seconds = '60', seed = String(Date.now() % 2 ** 31)] = process.argv.slice(2);
if (!/^[1-9][0-9]*$/.test(seconds) || !/^[0-9]+$/.test(seed)) {
  console.error('usage: node scripts/fuzz-url.mjs [SECONDS] [SEED]');
  process.exit(2);
}
console.log(`fuzz: url for ${seconds}s, seed ${seed}`);
const started = performance.now();
try {
  const checked = fuzzUrlState({ seed: Number(seed), seconds: Number(seconds) });
  console.log(`fuzz: url read ${checked} hashes in ${((performance.now() - started) / 1000).toFixed(0)} s, no failure`);
} catch (error) {
  console.error(`fuzz: url failed (seed ${seed})\n${error.message}`);
  process.exit(1);
}
