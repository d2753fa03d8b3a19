// The playground's settings as one value that changes only through update(), which works out what
// the change means (its effect) and tells every subscriber. Pure, no imports of values.

export type Listener<S, E> = (state: Readonly<S>, before: Readonly<S>, effect: E) => void;

export class Store<S extends object, E> {
  private readonly listeners = new Set<Listener<S, E>>();

  /** `effectOf` says what a change from `before` to `after` means, or undefined when nothing changed. */
  constructor(
    private state: Readonly<S>,
    private readonly effectOf: (before: Readonly<S>, after: Readonly<S>) => E | undefined,
  ) {}

  get(): Readonly<S> {
    return this.state;
  }

  /**
   * Applies `patch` and tells the subscribers, with `effect` if given (a change that means more than
   * its keys, such as new data), else with `effectOf`'s; returns the effect, undefined if nothing changed.
   */
  update(patch: Partial<S>, effect?: E): E | undefined {
    const before = this.state;
    const after: S = { ...before, ...patch };
    const applied = effect ?? this.effectOf(before, after);
    if (applied === undefined) return undefined;
    this.state = after;
    for (const listener of [...this.listeners]) listener(after, before, applied);
    return applied;
  }

  /** Calls `listener` after every change; returns what stops that. */
  subscribe(listener: Listener<S, E>): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
