// The playground's settings, and their text form in the URL hash. TensorFlow Playground's keys and
// values are read and written, so a link from either site opens the same experiment in the other.
// Pure functions only: no DOM, no engine, no imports of values (tests/web/state.test.mjs loads this file alone).

export const PROBLEMS = ['classification', 'regression'] as const;
export const CLASSIFICATION_DATASETS = ['circle', 'xor', 'gauss', 'spiral', 'spirals', 'blobs', 'function'] as const;
/** nnplay's datasets of `numClasses` classes. */
export const MULTI_CLASS_DATASETS = ['spirals', 'blobs'] as const;
export const REGRESSION_DATASETS = ['plane', 'multigauss'] as const;
export const FEATURES = ['x', 'y', 'xSquared', 'ySquared', 'xTimesY', 'sinX', 'sinY'] as const;
export const ACTIVATIONS = ['relu', 'tanh', 'sigmoid', 'linear', 'leaky_relu', 'elu', 'softplus'] as const;
export const REGULARIZATIONS = ['none', 'L1', 'L2'] as const;
export const OPTIMIZERS = ['sgd', 'momentum', 'adam'] as const;
/** `auto`: the engine's choice for the output (docs/config.md): cross-entropy after softmax, else squared error. */
export const LOSSES = ['auto', 'squared', 'cross_entropy', 'binary_cross_entropy'] as const;
/** `auto`: tanh for two classes (the Playground's), softmax for more, linear for regression. */
export const OUTPUT_ACTIVATIONS = ['auto', 'linear', 'tanh', 'sigmoid', 'softmax'] as const;
/** `playground`: U(−0.5, 0.5) and biases 0.1, as the Playground; `zeros` is its initZero. */
export const INITS = ['playground', 'xavier', 'he', 'zeros'] as const;
/** TensorFlow Playground's choices. */
export const LEARNING_RATES = [0.00001, 0.0001, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10] as const;
export const REGULARIZATION_RATES = [0, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10] as const;
/** Epochs trained per displayed frame; `max` fills the worker's time budget. */
export const SPEEDS = [1, 2, 5, 10, 20, 50, 'max'] as const;

export const LIMITS = {
  noise: [0, 50],
  percTrainData: [10, 90],
  batchSize: [1, 30],
  /** The Playground's buttons stop at 6 layers of 8; nnplay's engine takes 8 of 32. */
  hiddenLayers: [0, 8],
  neurons: [1, 32],
  numClasses: [2, 8],
  /** Examples generated; `points: 0` is the dataset's own number (the Playground's 500, regression 1200). */
  points: [10, 5000],
  momentum: [0, 0.999],
  beta1: [0, 0.999],
  beta2: [0, 0.99999],
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
export type Optimizer = (typeof OPTIMIZERS)[number];
export type Loss = (typeof LOSSES)[number];
export type OutputActivation = (typeof OUTPUT_ACTIVATIONS)[number];
export type Init = (typeof INITS)[number];

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
  /** How the weights start; the Playground's initZero is `zeros`. */
  init: Init;
  /** nnplay: classes of the `spirals` and `blobs` datasets, 2–8. */
  numClasses: number;
  /** nnplay: examples generated, LIMITS.points; 0 is the dataset's own number. */
  points: number;
  /** nnplay: the curve y = f(x) of the `function` dataset, in the core's expression syntax. */
  curve: string;
  /** nnplay: the key under which the browser stores the learner's own data (drawn or a CSV); empty: generated data. */
  customData: string;
  /**
   * nnplay: the key under which the browser stores a model file the learner loaded (models/); the
   * network starts from its weights. Empty: from the initialisation.
   */
  model: string;
  /** nnplay: each hidden layer's activation; an absent or empty entry is `activation`. */
  layerActivations: string[];
  outputActivation: OutputActivation;
  loss: Loss;
  optimizer: Optimizer;
  momentum: number;
  beta1: number;
  beta2: number;
  /** nnplay: scale each input to mean 0 and deviation 1 (and a regression target), as the model file stores it. */
  standardize: boolean;
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
  init: 'playground',
  numClasses: 3,
  points: 0,
  curve: 'sin(x)',
  customData: '',
  model: '',
  layerActivations: [],
  outputActivation: 'auto',
  loss: 'auto',
  optimizer: 'sgd',
  momentum: 0.9,
  beta1: 0.9,
  beta2: 0.999,
  standardize: false,
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

  for (const key of ['showTestData', 'discretize', 'hideText'] as const) state[key] = flag(key) ?? state[key];
  const initZero = flag('initZero');
  if (initZero !== undefined && initZero !== (state.init === 'zeros')) state.init = initZero ? 'zeros' : 'playground';
  readNnplayKeys(text, number, flag, check, state);
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

/** The hash for `state`, without "#": every Playground key (so the Playground can open it), then nnplay's own (nnplayPairs). */
export function serialiseHash(state: Readonly<PlaygroundState>, { everyKey = false } = {}): string {
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
    ['initZero', state.init === 'zeros'],
    ['hideText', state.hideText],
    ...state.hidden.map((name): [string, boolean] => [name + HIDE_SUFFIX, true]),
    ['speed', state.speed],
    ['colours', state.colours],
    ...(state.dataSeed ? [['dataSeed', state.dataSeed] as [string, string]] : []),
    ...nnplayPairs(state, everyKey),
  ];
  // Commas stay as they are: the Playground splits networkShape on "," without decoding. Keys are
  // encoded too: a hidden control's name comes from the link and may hold "=" or "&".
  return pairs.map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(String(value)).replaceAll('%2C', ',')}`).join('&');
}

type Text = (key: string) => string | undefined;
type NumberOf = (key: string) => number | undefined;
type Flag = (key: string) => boolean | undefined;
type Check = (key: string, taken: boolean, allowed: string) => void;

/** The URL keys of nnplay's own settings: key → state field. The Playground's links have none of them. */
const NNPLAY_KEYS = {
  classes: 'numClasses',
  points: 'points',
  curve: 'curve',
  customData: 'customData',
  model: 'model',
  layerActivations: 'layerActivations',
  outputActivation: 'outputActivation',
  loss: 'loss',
  optimizer: 'optimizer',
  momentum: 'momentum',
  beta1: 'beta1',
  beta2: 'beta2',
  standardize: 'standardize',
  init: 'init',
} as const satisfies Record<string, keyof PlaygroundState>;

function readNnplayKeys(text: Text, number: NumberOf, flag: Flag, check: Check, state: PlaygroundState): void {
  const choose = <K extends 'optimizer' | 'loss' | 'outputActivation' | 'init'>(key: K, choices: readonly PlaygroundState[K][]): void => {
    const value = text(key);
    if (oneOf(choices, value)) state[key] = value as PlaygroundState[K];
    check(key, oneOf(choices, value), choices.join(', '));
  };
  choose('optimizer', OPTIMIZERS);
  choose('loss', LOSSES);
  choose('outputActivation', OUTPUT_ACTIVATIONS);
  choose('init', INITS);

  const classes = number('classes');
  if (classes !== undefined) state.numClasses = clamp(Math.round(classes), LIMITS.numClasses);
  check('classes', classes !== undefined, `a whole number from ${LIMITS.numClasses[0]} to ${LIMITS.numClasses[1]}`);
  const points = number('points');
  if (points !== undefined) state.points = points === 0 ? 0 : clamp(Math.round(points), LIMITS.points);
  check('points', points !== undefined, `0 (the dataset's own) or a number from ${LIMITS.points[0]} to ${LIMITS.points[1]}`);
  for (const key of ['momentum', 'beta1', 'beta2'] as const) {
    const value = number(key);
    const taken = value !== undefined && value >= LIMITS[key][0] && value <= LIMITS[key][1];
    if (taken) state[key] = value;
    check(key, taken, `a number from ${LIMITS[key][0]} to ${LIMITS[key][1]}`);
  }
  state.curve = text('curve') ?? state.curve;
  state.customData = text('customData') ?? state.customData;
  state.model = text('model') ?? state.model;
  state.standardize = flag('standardize') ?? state.standardize;
  const layers = text('layerActivations');
  if (layers !== undefined) {
    const names = layers.split(',').map((name) => name.trim());
    const known = names.every((name) => name === '' || oneOf(ACTIVATIONS, name));
    if (known) state.layerActivations = names;
    check('layerActivations', known, `activations separated by commas (${ACTIVATIONS.join(', ')}), empty for the hidden activation`);
  }
}

/**
 * nnplay's own keys, each only when its value is not the default (so a Playground experiment's link
 * has none), or all of them with `everyKey`.
 */
function nnplayPairs(state: Readonly<PlaygroundState>, everyKey: boolean): [string, string | number | boolean][] {
  const value = (field: keyof PlaygroundState): string | number | boolean => {
    const current = state[field];
    return Array.isArray(current) ? current.join(',') : (current as string | number | boolean);
  };
  return Object.entries(NNPLAY_KEYS)
    .filter(([key]) => key !== 'init' || everyKey || (state.init !== 'zeros' && state.init !== DEFAULT_STATE.init))
    .filter(([, field]) => everyKey || JSON.stringify(state[field]) !== JSON.stringify(DEFAULT_STATE[field]))
    .map(([key, field]) => [key, value(field)]);
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

/** How a change of settings reaches the engine. */
export type ChangeEffect =
  /** A new experiment: new data or a new network. */
  | 'rebuild'
  /** The running experiment takes the new value (learning rate, regularisation, batch size). */
  | 'live'
  /** Only the page's drawing changes. */
  | 'view';

export const REBUILD_KEYS: readonly (keyof PlaygroundState)[] = [
  'problem', 'dataset', 'regDataset', 'noise', 'percTrainData', 'seed', 'dataSeed', 'features', 'networkShape', 'activation', 'init',
  'numClasses', 'points', 'curve', 'customData', 'model', 'layerActivations', 'outputActivation', 'loss', 'optimizer', 'momentum', 'beta1', 'beta2',
  'standardize',
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

/** A "%" not followed by two hex digits: decodeURIComponent would throw, slowly when it is many times. */
const MALFORMED_ESCAPE = /%(?![0-9a-fA-F]{2})/;

/** `text` decoded, or as it is when it is not valid percent-encoding of UTF-8. */
function decode(text: string): string {
  if (!text.includes('%') || MALFORMED_ESCAPE.test(text)) return text;
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
