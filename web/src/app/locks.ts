// Which controls a playground hides and which it shows but will not let change. Today the hidden
// ones come from the Playground's `name_hide=true` keys and `hideText`; embed mode adds
// `config.locked`. Pure, no imports of values; the parts apply the result to their own controls.
import type { PlaygroundConfig } from '../config';
import type { PlaygroundState } from '../state';

export interface Locks {
  /** Keys of controls not shown (see locksOf). */
  hidden: ReadonlySet<string>;
  /** Keys of controls shown but disabled. */
  locked: ReadonlySet<string>;
  /** The explanatory text is hidden (the Playground's hideText). */
  textHidden: boolean;
}

/**
 * Keys that hide more than their own control, as in TensorFlow Playground: without a test share to
 * choose there is no test loss to show (nor, in nnplay, a test accuracy).
 */
const ALSO_HIDDEN: Readonly<Record<string, readonly string[]>> = { percTrainData: ['testLoss', 'testAccuracy'] };

/** The keys are embed/controlKeys.ts's CONTROL_KEYS: the Playground's, and nnplay's own. */
export function locksOf(config: Pick<PlaygroundConfig, 'locked'>, state: Readonly<PlaygroundState>): Locks {
  const hidden = state.hidden.flatMap((key) => [key, ...(ALSO_HIDDEN[key] ?? [])]);
  return { hidden: new Set(hidden), locked: new Set(config.locked ?? []), textHidden: state.hideText };
}


/** How a control is shown: not at all, disabled (locked), or as usual. Hidden wins over locked. */
export type ControlState = 'hidden' | 'locked' | 'shown';

export const controlState = (locks: Locks, key: string): ControlState =>
  locks.hidden.has(key) ? 'hidden' : locks.locked.has(key) ? 'locked' : 'shown';
