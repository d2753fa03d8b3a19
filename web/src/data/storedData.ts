// Texts kept in this browser under a short key: the learner's own data (a CSV) and loaded models are
// too big for a link, so the URL carries only the key (state.customData). Synchronous, backed by
// localStorage. A key is made from the text's content, so the same text always gets the same key.
// When the browser's storage is full, the oldest texts are given up first; if that is not enough,
// put() throws a StoredDataError saying so, and nothing stored before changes.

/** localStorage key of a stored text: PREFIX + its key. */
const PREFIX = 'nnplay-stored:';
/** localStorage key of the stored keys, oldest first (a JSON list). */
const INDEX = 'nnplay-stored-index';

export class StoredDataError extends Error {
  override name = 'StoredDataError';
}

/** The part of the Web Storage API the store uses (tests pass a Map-backed one). */
export type TextStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export class StoredData {
  /** `storage`: null when the browser gives none (storage disabled); put() then says so. */
  constructor(private readonly storage: TextStorage | null) {}

  /**
   * Keeps `text` and returns its key, such as "data-3f9a1c20-k2": `kind` (letters) names what it is
   * ("data", "model"). Throws StoredDataError when the browser cannot keep it.
   */
  put(text: string, kind = 'data'): string {
    if (!/^[a-z]+$/.test(kind)) throw new StoredDataError(`A stored text's kind is lower-case letters, not "${kind}".`);
    const storage = this.storage;
    if (!storage) throw new StoredDataError('This browser keeps no data for pages (its storage is turned off), so your data cannot be saved with the experiment.');
    const key = this.freeKey(storage, `${kind}-${contentHash(text)}-${text.length.toString(36)}`, text);
    const index = this.index().filter((stored) => stored !== key);
    for (;;) {
      try {
        storage.setItem(PREFIX + key, text);
        this.writeIndex([...index, key]);
        return key;
      } catch (error) {
        const oldest = index.shift();
        if (oldest === undefined) throw new StoredDataError(fullMessage(text, error));
        storage.removeItem(PREFIX + oldest);
      }
    }
  }

  /** The text stored under `key`, or null if this browser has none (another browser made the link, or it was given up). */
  get(key: string): string | null {
    if (!this.storage || key === '') return null;
    return this.storage.getItem(PREFIX + key);
  }

  /** Forgets the text under `key` (nothing happens if there is none). */
  remove(key: string): void {
    if (!this.storage) return;
    this.storage.removeItem(PREFIX + key);
    this.writeIndex(this.index().filter((stored) => stored !== key));
  }

  /** `wanted`, or wanted-2, wanted-3, … if another text (a hash collision) already has it. */
  private freeKey(storage: TextStorage, wanted: string, text: string): string {
    let key = wanted;
    for (let n = 2; storage.getItem(PREFIX + key) !== null && storage.getItem(PREFIX + key) !== text; n++) key = `${wanted}-${n}`;
    return key;
  }

  private index(): string[] {
    try {
      const keys: unknown = JSON.parse(this.storage?.getItem(INDEX) ?? '[]');
      return Array.isArray(keys) ? keys.filter((key): key is string => typeof key === 'string') : [];
    } catch {
      return [];
    }
  }

  private writeIndex(keys: string[]): void {
    this.storage?.setItem(INDEX, JSON.stringify(keys));
  }
}

/** The text's 32-bit FNV-1a hash in 8 hex digits. */
function contentHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

function fullMessage(text: string, error: unknown): string {
  const size = `${Math.ceil(text.length / 1024)} kB`;
  const quota = error instanceof Error && /quota/i.test(`${error.name} ${error.message}`);
  return quota
    ? `This browser's storage for this site is full: your data (${size}) cannot be saved with the experiment. Use a smaller file, or clear this site's data in the browser's settings.`
    : `This browser would not keep your data (${size}): ${error instanceof Error ? error.message : String(error)}`;
}

function browserStorage(): TextStorage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    // Reading localStorage throws where the browser forbids storage (some privacy settings).
    return null;
  }
}

/** The page's store, in this browser's localStorage. */
export const storedData = new StoredData(browserStorage());
