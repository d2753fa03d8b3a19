// Which lesson goals the learner has met, kept in this browser (localStorage) so that the index can
// show them after a reload or another visit. Storage that fails (private mode, full) keeps the
// progress for this visit only.

const KEY = 'nnplay-learn-progress';

/** Met goals by lesson number: { "3": ["person-a-passes"] }. */
type Stored = Record<string, string[]>;

export class Progress {
  #met: Stored;
  readonly #listeners = new Set<() => void>();

  constructor(private readonly storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null) {
    this.#met = Progress.#read(storage);
  }

  static #read(storage: Pick<Storage, 'getItem'> | null): Stored {
    try {
      const value: unknown = JSON.parse(storage?.getItem(KEY) ?? '{}');
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
      const met: Stored = {};
      for (const [lesson, goals] of Object.entries(value)) {
        if (Array.isArray(goals)) met[lesson] = goals.filter((goal): goal is string => typeof goal === 'string');
      }
      return met;
    } catch {
      return {};
    }
  }

  met(lesson: number, goal: string): boolean {
    return this.#met[lesson]?.includes(goal) ?? false;
  }

  /** Marks `goal` of `lesson` met; true when it was not met before. */
  meet(lesson: number, goal: string): boolean {
    if (this.met(lesson, goal)) return false;
    this.#met[lesson] = [...(this.#met[lesson] ?? []), goal];
    this.#save();
    return true;
  }

  /** Forgets every goal met ("Reset my progress"). */
  reset(): void {
    this.#met = {};
    try {
      this.storage?.removeItem(KEY);
    } catch {
      // Nothing stored to forget.
    }
    this.#listeners.forEach((listener) => listener());
  }

  /** Calls `listener` after every change; returns what stops that. */
  subscribe(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #save(): void {
    try {
      this.storage?.setItem(KEY, JSON.stringify(this.#met));
    } catch {
      // Kept for this visit only.
    }
    this.#listeners.forEach((listener) => listener());
  }
}
