// What kind of failure a thrown value is: the module's errors carry a `kind`; anything else thrown in
// the worker is a bug of ours.
import type { EngineError, ErrorKind } from '../protocol';

/** A thrown value as it crosses to the page: its message and kind. */
export function engineError(error: unknown): EngineError {
  return { message: error instanceof Error ? error.message : String(error), kind: errorKind(error) };
}

export function errorKind(error: unknown): ErrorKind {
  const kind = error instanceof Error ? (error as Error & { kind?: ErrorKind }).kind : undefined;
  return kind ?? 'internal';
}
