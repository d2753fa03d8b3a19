// A file the learner picks is read whole, into the page and then into the engine: one far larger
// than the page can use is refused by its size, before a byte of it is read.
const MB = 1024 * 1024;

/** The largest network nnplay builds saves to well under 1 MB. */
export const MAX_MODEL_FILE_BYTES = 10 * MB;
/** About two million rows of three columns. */
export const MAX_CSV_FILE_BYTES = 64 * MB;

const megabytes = (bytes: number): string => `${(bytes / MB).toFixed(bytes < 10 * MB ? 1 : 0)} MB`;

/** Throws, saying why, when a file of `size` bytes is over `limit` for `what` ("a model file"). */
export function checkFileSize(size: number, limit: number, what: string): void {
  if (size > limit) throw new Error(`it is ${megabytes(size)}, and ${what} is at most ${megabytes(limit)}`);
}
