// Which controls a playground hides and which it shows but will not let change. Today the hidden
// ones come from the Playground's `name_hide=true` keys and `hideText`; embed mode adds
// `config.locked`. Pure, no imports of values; the parts apply the result to their own controls.
import type { PlaygroundConfig } from '../config';
import type { PlaygroundState } from '../state';

export interface Locks {
  /** Keys of controls not shown (a setting's name, or "regenerate"). */
  hidden: ReadonlySet<string>;
  /** Keys of controls shown but disabled. */
  locked: ReadonlySet<string>;
  /** The explanatory text is hidden (the Playground's hideText). */
  textHidden: boolean;
}

export function locksOf(config: Pick<PlaygroundConfig, 'locked'>, state: Readonly<PlaygroundState>): Locks {
  return { hidden: new Set(state.hidden), locked: new Set(config.locked ?? []), textHidden: state.hideText };
}

