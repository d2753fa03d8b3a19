// Keeps the training worker running: one that fails (its engine trapped) or stops answering
// (watchdog.ts) is replaced by EngineClient.restart(), and `restarted` gives the new one the
// experiment back. One that never showed a frame (it did not load) is not replaced: it would fail
// again; its failure is reported as an error instead.
import type { EngineClient } from './engineClient';
import { Watchdog } from './watchdog';

/** How often the worker is asked whether it is alive. */
const CHECK_EVERY_MS = 1000;

/** Starts watching `engine`; returns what stops it. */
export function superviseEngine(engine: EngineClient, restarted: () => void): () => void {
  let working = false;
  const stopHearing = engine.onFrame(() => (working = true));
  const restart = (): boolean => {
    if (!working) return false;
    working = false;
    engine.restart();
    restarted();
    return true;
  };
  engine.onFailure(restart);
  const watchdog = new Watchdog(() => engine.request('alive'), restart, () => performance.now());
  const timer = setInterval(() => working && watchdog.check(), CHECK_EVERY_MS);
  return () => {
    clearInterval(timer);
    stopHearing();
  };
}
