// "Download loss history": the losses the loss chart plots, one row per epoch, as CSV. Pure.
import type { Losses } from '../lossSeries';

/** A loss as the engine gave it (a float32 needs 9 significant digits to come back exact); empty when not finite. */
const field = (loss: number | null): string => (loss === null ? '' : String(Number(loss.toPrecision(9))));

/** `epoch,train loss,test loss` and a row for each epoch of `losses`, in order. */
export function lossCsv(losses: Losses): string {
  const rows = losses.epochs.map((epoch, i) => `${epoch},${field(losses.train[i] ?? null)},${field(losses.test[i] ?? null)}`);
  return ['epoch,train loss,test loss', ...rows].join('\n') + '\n';
}
