// Where autosave keeps its saves: one IndexedDB object store of values by key. A browser without
// IndexedDB (or refusing it, as some private windows do) keeps nothing, and the page works as before.

const DATABASE = 'nnplay-autosave';
const STORE = 'experiments';

export interface SaveStore {
  read(key: string): Promise<unknown>;
  write(key: string, value: unknown): Promise<void>;
  remove(key: string): Promise<void>;
}

/** The browser's IndexedDB as a SaveStore, or null when it has none. */
export function indexedDbStore(factory: IDBFactory | undefined = globalThis.indexedDB): SaveStore | null {
  if (!factory) return null;
  let opened: Promise<IDBDatabase> | undefined;
  const database = (): Promise<IDBDatabase> =>
    (opened ??= settle(
      Object.assign(factory.open(DATABASE, 1), {
        onupgradeneeded(this: IDBOpenDBRequest) {
          this.result.createObjectStore(STORE);
        },
      }),
    ));
  const run = async <T>(mode: IDBTransactionMode, action: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> =>
    settle(action((await database()).transaction(STORE, mode).objectStore(STORE)));
  return {
    read: (key) => run('readonly', (store) => store.get(key)),
    write: async (key, value) => void (await run('readwrite', (store) => store.put(value, key))),
    remove: async (key) => void (await run('readwrite', (store) => store.delete(key))),
  };
}

function settle<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB failed'));
  });
}
