// The browser's download of a file the page made.

/** Offers `blob` as a download named `name`. */
export function saveFile(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // Freed once the browser has surely read it (FileSaver.js waits as long).
  setTimeout(() => URL.revokeObjectURL(url), 40_000);
}
