// The playground's settings, and their text form in the URL hash. TensorFlow Playground's keys and
// values are read and written, so a link from either site opens the same experiment in the other.
// Pure functions only: no DOM, no engine, no imports of values (tests/web/state.test.mjs loads this file alone).
import type { SessionConfig } from './config';

export const PROBLEMS = ['classification', 'regression'] as const;
export const CLASSIFICATION_DATASETS = ['circle', 'xor', 'gauss', 'spiral'] as const;
export const REGRESSION_DATASETS = ['plane', 'multigauss'] as const;
export const FEATURES = ['x', 'y', 'xSquared', 'ySquared', 'xTimesY', 'sinX', 'sinY'] as const;
export const ACTIVATIONS = ['relu', 'tanh', 'sigmoid', 'linear', 'leaky_relu', 'elu', 'softplus'] as const;
export const REGULARIZATIONS = ['none', 'L1', 'L2'] as const;
/** TensorFlow Playground's choices. */
export const LEARNING_RATES = [0.00001, 0.0001, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10] as const;
export const REGULARIZATION_RATES = [0, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10] as const;
/** Epochs trained per displayed frame; `max` fills the worker's time budget. */
export const SPEEDS = [1, 2, 5, 10, 20, 50, 'max'] as const;

export const LIMITS = {
  noise: [0, 50],
  percTrainData: [10, 90],
  batchSize: [1, 30],
  hiddenLayers: [0, 6],
  neurons: [1, 8],
  /** Ten times the largest rate the selectors offer; far below the engine's float range. */
  learningRate: [0, 100],
  regularizationRate: [0, 100],
} as const;

export type Problem = (typeof PROBLEMS)[number];
export type ClassificationDataset = (typeof CLASSIFICATION_DATASETS)[number];
export type RegressionDataset = (typeof REGRESSION_DATASETS)[number];
export type Feature = (typeof FEATURES)[number];
export type Activation = (typeof ACTIVATIONS)[number];
export type Regularization = (typeof REGULARIZATIONS)[number];
export type Speed = (typeof SPEEDS)[number];

export interface PlaygroundState {
  problem: Problem;
  dataset: ClassificationDataset;
  regDataset: RegressionDataset;
  /** 0–50, the Playground's slider; the engine's noise is a hundredth of it. */
  noise: number;
  /** Share of the examples used for training, 10–90. */
  percTrainData: number;
  batchSize: number;
  /** The Playground's seed text, such as "0.12345": the weights' seed, and the data's when `dataSeed` is empty. */
  seed: string;
  /** nnplay: the data's seed text once Regenerate drew new data for the same network; empty: `seed`. */
  dataSeed: string;
  /** The network's inputs, in the order of FEATURES. */
  features: Feature[];
  /** Neurons of each hidden layer. */
  networkShape: number[];
  activation: Activation;
  learningRate: number;
  regularization: Regularization;
  regularizationRate: number;
  initZero: boolean;
  showTestData: boolean;
  discretize: boolean;
  hideText: boolean;
  /** Names of controls hidden by `name_hide=true`. */
  hidden: string[];
  speed: Speed;
  /** A ColourScheme's name. */
  colours: string;
}

/** TensorFlow Playground's opening experiment (with a fixed seed: the page draws a random one). */
export const DEFAULT_STATE: Readonly<PlaygroundState> = {
  problem: 'classification',
  dataset: 'circle',
  regDataset: 'plane',
  noise: 0,
  percTrainData: 50,
  batchSize: 10,
  seed: '0.50000',
  dataSeed: '',
  features: ['x', 'y'],
  networkShape: [4, 2],
  activation: 'tanh',
  learningRate: 0.03,
  regularization: 'none',
  regularizationRate: 0,
  initZero: false,
  showTestData: false,
  discretize: false,
  hideText: false,
  hidden: [],
  speed: 1,
  colours: 'playground',
};

/** The Playground's names of the regression datasets. */
const REGRESSION_NAMES: Record<RegressionDataset, string> = { plane: 'reg-plane', multigauss: 'reg-gauss' };
const HIDE_SUFFIX = '_hide';

const clamp = (value: number, [low, high]: readonly [number, number]): number => Math.min(high, Math.max(low, value));
const oneOf = <T extends string | number>(choices: readonly T[], value: unknown): value is T =>
  choices.includes(value as T);

/** A value of a link that the page did not take: its key kept its value. `allowed` says what it takes. */
export interface Refusal {
  key: string;
  value: string;
  allowed: string;
}

/**
 * Reads a URL hash ("#a=1&b=2", the "#" optional) over `base`: keys that are absent or whose value
 * does not parse keep `base`'s value. Unknown keys (the Playground's cosX, collectStats, ...) are ignored.
 */
export function parseHash(hash: string, base: Readonly<PlaygroundState>): PlaygroundState {
  return readHash(hash, base).state;
}

/** parseHash, and the values it did not take (out of range or not a value of their key), in the hash's order. */
export function readHash(hash: string, base: Readonly<PlaygroundState>): { state: PlaygroundState; refused: Refusal[] } {
  const map = new Map(hashPairs(hash).map(([key, value]) => [key, value.trim()]));
  const state: PlaygroundState = { ...base, features: [...base.features], networkShape: [...base.networkShape] };
  const text = (key: string): string | undefined => (map.get(key) ? map.get(key) : undefined);
  const number = (key: string): number | undefined => {
    const value = text(key);
    return value !== undefined && Number.isFinite(Number(value)) ? Number(value) : undefined;
  };
  // As in the Playground, any value but "false" is true.
  const flag = (key: string): boolean | undefined => (text(key) === undefined ? undefined : text(key) !== 'false');
  const refused: Refusal[] = [];
  /** `taken`: the value of `key` was used (or there was none). */
  const check = (key: string, taken: boolean, allowed: string): void => {
    if (!taken && text(key) !== undefined) refused.push({ key, value: text(key)!, allowed });
  };
  const range = ([low, high]: readonly [number, number]): string => `a number from ${low} to ${high}`;

  const problem = text('problem');
  if (oneOf(PROBLEMS, problem)) state.problem = problem;
  check('problem', oneOf(PROBLEMS, problem), PROBLEMS.join(', '));
  const dataset = text('dataset');
  if (oneOf(CLASSIFICATION_DATASETS, dataset)) state.dataset = dataset;
  check('dataset', oneOf(CLASSIFICATION_DATASETS, dataset), CLASSIFICATION_DATASETS.join(', '));
  const regDataset = REGRESSION_DATASETS.find((name) => REGRESSION_NAMES[name] === text('regDataset'));
  if (regDataset) state.regDataset = regDataset;
  check('regDataset', regDataset !== undefined, Object.values(REGRESSION_NAMES).join(', '));
  const activation = text('activation');
  if (oneOf(ACTIVATIONS, activation)) state.activation = activation;
  check('activation', oneOf(ACTIVATIONS, activation), ACTIVATIONS.join(', '));
  const regularization = text('regularization');
  if (oneOf(REGULARIZATIONS, regularization)) state.regularization = regularization;
  check('regularization', oneOf(REGULARIZATIONS, regularization), REGULARIZATIONS.join(', '));
  const speed = text('speed') === 'max' ? 'max' : number('speed');
  if (oneOf(SPEEDS, speed)) state.speed = speed;
  check('speed', oneOf(SPEEDS, speed), SPEEDS.join(', '));
  state.colours = text('colours') ?? state.colours;
  state.seed = text('seed') ?? state.seed;
  state.dataSeed = text('dataSeed') ?? state.dataSeed;

  const noise = number('noise');
  if (noise !== undefined) state.noise = clamp(noise, LIMITS.noise);
  check('noise', noise !== undefined, range(LIMITS.noise));
  const percTrainData = number('percTrainData');
  if (percTrainData !== undefined) state.percTrainData = clamp(percTrainData, LIMITS.percTrainData);
  check('percTrainData', percTrainData !== undefined, range(LIMITS.percTrainData));
  const batchSize = number('batchSize');
  if (batchSize !== undefined) state.batchSize = clamp(Math.round(batchSize), LIMITS.batchSize);
  check('batchSize', batchSize !== undefined, range(LIMITS.batchSize));
  // A rate out of range is refused, not clamped: 1e308 is a typo, not a wish for 100.
  for (const key of ['learningRate', 'regularizationRate'] as const) {
    const rate = number(key);
    const taken = rate !== undefined && rate >= LIMITS[key][0] && rate <= LIMITS[key][1];
    if (taken) state[key] = rate;
    check(key, taken, range(LIMITS[key]));
  }

  // The Playground writes "networkShape=" for a network without hidden layers.
  const shape = map.get('networkShape');
  if (shape !== undefined) {
    const layers = shape === '' ? [] : shape.split(',').map(Number);
    const whole = layers.every((n) => Number.isInteger(n));
    if (whole) state.networkShape = layers.slice(0, LIMITS.hiddenLayers[1]).map((n) => clamp(n, LIMITS.neurons));
    check('networkShape', whole, 'whole numbers separated by commas');
  }

  const chosen = FEATURES.filter((feature) => flag(feature) ?? state.features.includes(feature));
  if (chosen.length > 0) state.features = chosen;

  for (const key of ['initZero', 'showTestData', 'discretize', 'hideText'] as const) state[key] = flag(key) ?? state[key];
  const hidden = [...map].filter(([key, value]) => key.endsWith(HIDE_SUFFIX) && value === 'true');
  if (hidden.length > 0) state.hidden = hidden.map(([key]) => key.slice(0, -HIDE_SUFFIX.length));
  const order = [...map.keys()];
  return { state, refused: refused.sort((a, b) => order.indexOf(a.key) - order.indexOf(b.key)) };
}

/** The decoded key-value pairs of a URL hash ("#a=1&b=2", the "#" optional), in order, repeated keys too. */
export function hashPairs(hash: string): [string, string][] {
  const pairs: [string, string][] = [];
  for (const pair of hash.replace(/^#/, '').split('&')) {
    const at = pair.indexOf('=');
    if (at > 0) pairs.push([decode(pair.slice(0, at)), decode(pair.slice(at + 1))]);
  }
  return pairs;
}

/** The hash for `state`, without "#": every Playground key (so the Playground can open it), then nnplay's own. */
export function serialiseHash(state: Readonly<PlaygroundState>): string {
  const pairs: [string, string | number | boolean][] = [
    ['activation', state.activation],
    ['batchSize', state.batchSize],
    ['dataset', state.dataset],
    ['regDataset', REGRESSION_NAMES[state.regDataset]],
    ['learningRate', state.learningRate],
    ['regularization', state.regularization],
    ['regularizationRate', state.regularizationRate],
    ['noise', state.noise],
    ['networkShape', state.networkShape.join(',')],
    ['seed', state.seed],
    ['showTestData', state.showTestData],
    ['discretize', state.discretize],
    ['percTrainData', state.percTrainData],
    ...FEATURES.map((feature): [string, boolean] => [feature, state.features.includes(feature)]),
    ['problem', state.problem],
    ['initZero', state.initZero],
    ['hideText', state.hideText],
    ...state.hidden.map((name): [string, boolean] => [name + HIDE_SUFFIX, true]),
    ['speed', state.speed],
    ['colours', state.colours],
    ...(state.dataSeed ? [['dataSeed', state.dataSeed] as [string, string]] : []),
  ];
  // Commas stay as they are: the Playground splits networkShape on "," without decoding.
  return pairs.map(([key, value]) => `${key}=${encodeURIComponent(String(value)).replaceAll('%2C', ',')}`).join('&');
}

/** A seed text's engine seed, 0 … 2³¹−1: its FNV-1a hash, so any text works and equal texts agree. */
export function seedNumber(seed: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) {
    hash ^= seed.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) & 0x7fffffff;
}

/** The seed text of the data: `dataSeed`, or `seed` when there is none. */
export const dataSeedOf = (state: Readonly<PlaygroundState>): string => state.dataSeed || state.seed;

/** The engine's configuration (docs/config.md) of the experiment `state` describes. */
export function sessionConfig(state: Readonly<PlaygroundState>): SessionConfig {
  const seed = seedNumber(state.seed);
  const classification = state.problem === 'classification';
  return {
    dataset: {
      name: classification ? state.dataset : state.regDataset,
      noise: state.noise / 100,
      trainPercent: state.percTrainData,
      seed: seedNumber(dataSeedOf(state)),
    },
    features: [...state.features],
    network: { hidden: [...state.networkShape], activation: state.activation, output: classification ? 'tanh' : 'linear' },
    loss: 'squared',
    optimizer: {
      name: 'sgd',
      learningRate: state.learningRate,
      regularization: state.regularization,
      regularizationRate: state.regularizationRate,
    },
    batchSize: state.batchSize,
    // The Playground feeds the examples in one fixed order.
    shuffle: false,
    init: state.initZero ? 'zeros' : 'playground',
    weightSeed: seed,
  };
}

/** How a change of settings reaches the engine. */
export type ChangeEffect =
  /** A new experiment: new data or a new network. */
  | 'rebuild'
  /** The running experiment takes the new value (learning rate, regularisation, batch size). */
  | 'live'
  /** Only the page's drawing changes. */
  | 'view';

export const REBUILD_KEYS: readonly (keyof PlaygroundState)[] = [
  'problem', 'dataset', 'regDataset', 'noise', 'percTrainData', 'seed', 'dataSeed', 'features', 'networkShape', 'activation', 'initZero',
];
export const LIVE_KEYS: readonly (keyof PlaygroundState)[] = ['learningRate', 'regularization', 'regularizationRate', 'batchSize'];

/** The strongest effect of the keys that differ between `before` and `after`, or undefined if none does. */
export function changeEffect(before: Readonly<PlaygroundState>, after: Readonly<PlaygroundState>): ChangeEffect | undefined {
  const changed = (Object.keys(after) as (keyof PlaygroundState)[]).filter(
    (key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]),
  );
  if (changed.some((key) => REBUILD_KEYS.includes(key))) return 'rebuild';
  if (changed.some((key) => LIVE_KEYS.includes(key))) return 'live';
  return changed.length > 0 ? 'view' : undefined;
}

/** The largest of LEARNING_RATES at most a tenth of `rate` (the smallest if none): the fix offered after a divergence. */
export function lowerLearningRate(rate: number): number {
  return [...LEARNING_RATES].reverse().find((choice) => choice <= rate / 10 + 1e-12) ?? LEARNING_RATES[0];
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
