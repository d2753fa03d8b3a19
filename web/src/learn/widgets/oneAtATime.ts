// Playgrounds a lesson starts on demand run one at a time, which a school laptop can afford: the one
// that starts closes the one that ran before.

let closeRunning: (() => void) | null = null;

/** Closes the playground running now (unless it is `close`'s own) and makes `close` the one to call next time. */
export function takeTurn(close: () => void): void {
  if (closeRunning !== null && closeRunning !== close) closeRunning();
  closeRunning = close;
}
