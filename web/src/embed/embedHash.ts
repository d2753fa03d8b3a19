// The embed page's URL hash: TensorFlow Playground's keys as the site reads and writes them
// (state.ts), `NAME_hide=true` to hide a control, nnplay's `NAME_lock=true` to lock one, and any
// number of `goal=metric,atMost|atLeast,value[,withinEpochs[,message]]`. Only the settings a hash
// names become the preset, so an embed without a seed still draws a random one.
import type { Goal, PlaygroundConfig } from '../config';
import { DEFAULT_STATE, FEATURES, hashPairs, readHash, serialiseHash, type PlaygroundState, type Refusal } from '../state';
import { CONTROL_KEYS, isControlKey } from './controlKeys';
import { check, expected } from './jsonSchema';
import { CONFIG_SCHEMA, validateConfig } from './validate';

const HIDE = '_hide';
const LOCK = '_lock';
/** The Playground's controls that nnplay does not have: hiding them is no error. */
const PLAYGROUND_ONLY = ['cosX', 'cosY'];
const GOAL_FORM = 'metric,atMost|atLeast,value[,withinEpochs[,message]] (docs/embedding.md)';
const CONTROL_NAMES = `true, for a control named ${CONTROL_KEYS.map(({ key }) => key).join(', ')}`;

/** Whether a key of the hash sets `setting`: most settings have a key of their own name. */
function setsOf(setting: keyof PlaygroundState): (key: string) => boolean {
  if (setting === 'features') return (key) => (FEATURES as readonly string[]).includes(key);
  if (setting === 'hidden') return (key) => key.endsWith(HIDE);
  if (setting === 'init') return (key) => key === 'init' || key === 'initZero';
  if (setting === 'numClasses') return (key) => key === 'classes';
  return (key) => key === setting;
}

/** The configuration an embed URL's hash describes, and the values of it that were not taken. */
export function readEmbedHash(hash: string): { config: PlaygroundConfig; refused: Refusal[] } {
  const pairs = hashPairs(hash);
  const { state: read, refused } = readHash(hash, DEFAULT_STATE);
  const named = (setting: keyof PlaygroundState): boolean =>
    pairs.some(([key, value]) => setsOf(setting)(key) && (value.trim() !== '' || key === 'networkShape')) &&
    !refused.some((refusal) => setsOf(setting)(refusal.key));
  const state: Partial<PlaygroundState> = {};
  for (const setting of Object.keys(DEFAULT_STATE) as (keyof PlaygroundState)[]) {
    // Hidden controls are read with the locked ones, below.
    if (!named(setting) || setting === 'hidden') continue;
    // The site reads some values the schema does not take (an unknown colours name falls back to the Playground's).
    const schema = CONFIG_SCHEMA.properties!.state!.properties![setting]!;
    if (check(schema, CONFIG_SCHEMA, read[setting], setting).length === 0) Object.assign(state, { [setting]: read[setting] });
    else refused.push({ key: setting, value: String(read[setting]), allowed: expected(schema) });
  }

  /** The controls named by `NAME<suffix>=true`; names of no control are refused (but the Playground's own). */
  const controls = (suffix: string, ignored: readonly string[]): string[] => {
    const names = pairs.filter(([key, value]) => key.endsWith(suffix) && value === 'true').map(([key]) => key.slice(0, -suffix.length));
    for (const name of names.filter((name) => !isControlKey(name) && !ignored.includes(name))) {
      refused.push({ key: name + suffix, value: 'true', allowed: CONTROL_NAMES });
    }
    return names.filter(isControlKey);
  };
  if (named('hidden')) state.hidden = controls(HIDE, PLAYGROUND_ONLY);
  const locked = controls(LOCK, []);

  const goals: Goal[] = [];
  for (const [key, value] of pairs) {
    if (key !== 'goal') continue;
    const goal = goalOf(value);
    if (goal) goals.push(goal);
    else refused.push({ key, value, allowed: GOAL_FORM });
  }
  const config: PlaygroundConfig = { state };
  if (locked.length > 0) config.locked = locked;
  if (goals.length > 0) config.goals = goals;
  const order = pairs.map(([key]) => key);
  return { config, refused: refused.sort((a, b) => order.indexOf(a.key) - order.indexOf(b.key)) };
}

/** `goal=`'s value as a goal, or null when it is not one the schema takes. */
function goalOf(text: string): Goal | null {
  const [metric, bound, value, within, ...message] = text.split(',');
  if (bound !== 'atMost' && bound !== 'atLeast') return null;
  const goal: Record<string, unknown> = { metric, [bound]: number(value) };
  if (within) goal.withinEpochs = number(within);
  if (message.length > 0) goal.message = message.join(',');
  const { config } = validateConfig({ goals: [goal] });
  return config?.goals?.[0] ?? null;
}

/** The number `text` writes, or the text itself (which the schema then refuses). */
const number = (text: string | undefined): number | string | undefined =>
  text !== undefined && text.trim() !== '' && Number.isFinite(Number(text)) ? Number(text) : text;

/** The hash (without "#") of `config`: only the settings its state names, then its locks and goals. */
export function embedHash(config: PlaygroundConfig): string {
  const given = config.state ?? {};
  const settings = Object.keys(given) as (keyof PlaygroundState)[];
  // serialiseHash writes every key as it is (only values are encoded).
  const state = serialiseHash({ ...DEFAULT_STATE, ...given }, { everyKey: true })
    .split('&')
    .filter((pair) => settings.some((setting) => setsOf(setting)(pair.slice(0, pair.indexOf('=')))));
  const locks = (config.locked ?? []).map((name) => `${encodeURIComponent(name)}${LOCK}=true`);
  const goals = (config.goals ?? []).map((goal) => `goal=${goalText(goal)}`);
  return [...state, ...locks, ...goals].join('&');
}

/** A goal as `goal=` writes it; each part URL-encoded, joined by literal commas. */
function goalText(goal: Goal): string {
  const bound = goal.atMost !== undefined ? ['atMost', goal.atMost] : ['atLeast', goal.atLeast];
  const parts = [goal.metric, ...bound, goal.withinEpochs ?? '', ...(goal.message !== undefined ? [goal.message] : [])];
  while (parts.at(-1) === '') parts.pop();
  return parts.map((part) => encodeURIComponent(String(part))).join(',');
}
