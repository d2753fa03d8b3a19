// What kind of failure a thrown value is: the module's errors carry a `kind`; anything else thrown in
// the worker is a bug of ours.
import type { ErrorKind } from '../protocol';

export function errorKind(error: unknown): ErrorKind {
  const kind = error instanceof Error ? (error as Error & { kind?: ErrorKind }).kind : undefined;
  return kind ?? 'internal';
}
