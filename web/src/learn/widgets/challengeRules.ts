// A lesson playground's conditions on its own settings ("at most 3 hidden neurons", "noise at
// least 40"): the lesson goal counts only when the playground's goals are met under all of them.
// They are read from the widget block's `require` option. Pure: no DOM, no engine.
import type { PlaygroundState } from '../../state';

/** What a rule measures in the settings, with its name on screen. */
const MEASURES = {
  hiddenNeurons: { name: 'Hidden neurons', of: (state: Readonly<PlaygroundState>) => state.networkShape.reduce((sum, units) => sum + units, 0) },
  hiddenLayers: { name: 'Hidden layers', of: (state: Readonly<PlaygroundState>) => state.networkShape.length },
  noise: { name: 'Noise', of: (state: Readonly<PlaygroundState>) => state.noise },
} as const;

export type Measure = keyof typeof MEASURES;

export interface Rule {
  measure: Measure;
  atMost?: number;
  atLeast?: number;
}

/** The rules of a `require` option (absent: none). A wrong one is an error that tells the lesson's author what to write. */
export function readRules(option: unknown): Rule[] {
  if (option === undefined) return [];
  if (!Array.isArray(option)) throw new Error('The playground option "require" must be a list of rules like {hiddenNeurons: {atMost: 3}}.');
  return option.map((item: unknown, i) => {
    const entries = typeof item === 'object' && item !== null ? Object.entries(item) : [];
    const [measure, bound] = entries[0] ?? [];
    const { atMost, atLeast } = (bound ?? {}) as Partial<Rule>;
    const oneBound = (typeof atMost === 'number') !== (typeof atLeast === 'number');
    if (entries.length !== 1 || !(measure! in MEASURES) || !oneBound) {
      throw new Error(`Rule ${i + 1} of "require" must be one of ${Object.keys(MEASURES).join(', ')} with either atMost or atLeast a number, like {noise: {atLeast: 40}}.`);
    }
    return typeof atMost === 'number' ? { measure: measure as Measure, atMost } : { measure: measure as Measure, atLeast: atLeast! };
  });
}

export interface RuleStatus {
  met: boolean;
  /** The number the rule measures in the settings now. */
  value: number;
  /** "Hidden neurons: 6 (the challenge: at most 3; your best: 4)". */
  text: string;
}

/**
 * Whether the settings `state` keep `rule`, said with the number they have now and `best`, the
 * best number (the lowest for atMost, the highest for atLeast) with which the learner met the goal.
 */
export function ruleStatus(rule: Rule, state: Readonly<PlaygroundState>, best: number | null = null): RuleStatus {
  const { name, of } = MEASURES[rule.measure];
  const value = of(state);
  const met = rule.atMost !== undefined ? value <= rule.atMost : value >= rule.atLeast!;
  const bound = rule.atMost !== undefined ? `at most ${rule.atMost}` : `at least ${rule.atLeast}`;
  return { met, value, text: `${name}: ${value} (the challenge: ${bound}${best === null ? '' : `; your best: ${best}`})` };
}

/** The better of a best so far (null: none yet) and `value`: the lower for an atMost rule, the higher for atLeast. */
export function bestOf(rule: Rule, best: number | null, value: number): number {
  if (best === null) return value;
  return rule.atMost !== undefined ? Math.min(best, value) : Math.max(best, value);
}
