// A model file (docs/model-format.md) as the page meets it: checked for what the page can say before
// the engine reads it (JSON, the format's name, its version), and the settings that describe it, so
// that the controls and the link show the loaded network. The engine checks every shape itself.
// Pure: no DOM, no engine.
import {
  ACTIVATIONS,
  CLASSIFICATION_DATASETS,
  FEATURES,
  LIMITS,
  LOSSES,
  MULTI_CLASS_DATASETS,
  OPTIMIZERS,
  OUTPUT_ACTIVATIONS,
  REGRESSION_DATASETS,
  REGULARIZATIONS,
  type PlaygroundState,
} from '../state';

/** A file the page will not hand to the engine; the message is for the learner. */
export class ModelFileError extends Error {
  override name = 'ModelFileError';
}

/** The parts of a model file the page reads; anything may be missing or of another type. */
interface ModelDocument {
  format?: unknown;
  version?: unknown;
  inputs?: { features?: unknown; standardization?: unknown };
  output?: { classes?: unknown };
  layers?: unknown;
  training?: {
    loss?: unknown;
    batchSize?: unknown;
    optimizer?: Record<string, unknown>;
    config?: { dataset?: Record<string, unknown> };
  };
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const oneOf = <T>(choices: readonly T[], value: unknown): value is T => choices.includes(value as T);
const within = (value: unknown, [low, high]: readonly [number, number]): value is number =>
  typeof value === 'number' && value >= low && value <= high;

/** The model file in `text`, parsed; throws a ModelFileError when it is not JSON, not a model file or of another version. */
export function readModelFile(text: string): ModelDocument {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch {
    throw new ModelFileError('This file is not a model: it is not JSON, the text a model file is written in.');
  }
  if (!isObject(document) || document.format !== 'nnplay-model') {
    throw new ModelFileError('This file is not an nnplay model: a model file says "format": "nnplay-model" (docs/model-format.md).');
  }
  if (document.version !== 1) {
    throw new ModelFileError(`This model file is version ${JSON.stringify(document.version ?? null)}; this page reads version 1.`);
  }
  return document as ModelDocument;
}

/**
 * The settings that describe `model` over `state`: its network (layers, activations, inputs,
 * standardisation, output and loss), the kind of problem, and, where the page has them, the data
 * and the training its file names. Seeds stay the page's. Throws a ModelFileError for a network
 * larger than the page draws.
 */
export function modelSettings(model: ModelDocument, state: Readonly<PlaygroundState>): Partial<PlaygroundState> {
  const layers = (Array.isArray(model.layers) ? model.layers : []).map((layer: unknown) => (isObject(layer) ? layer : {}));
  const hidden = layers.slice(0, -1);
  const units = hidden.map((layer) => (Array.isArray(layer.biases) ? layer.biases.length : 0));
  const [maxLayers, maxUnits] = [LIMITS.hiddenLayers[1], LIMITS.neurons[1]];
  if (hidden.length > maxLayers || units.some((n) => n > maxUnits)) {
    throw new ModelFileError(
      `This model has ${hidden.length} hidden layers of up to ${Math.max(...units)} neurons; the page shows at most ${maxLayers} layers of ${maxUnits}.`,
    );
  }
  const classes = Array.isArray(model.output?.classes) ? model.output.classes.length : 0;
  const activations = hidden.map((layer) => layer.activation);
  const activation = oneOf(ACTIVATIONS, activations[0]) ? activations[0] : state.activation;
  const head = layers.at(-1)?.activation;
  const settings: Partial<PlaygroundState> = {
    problem: classes > 0 ? 'classification' : 'regression',
    networkShape: units,
    activation,
    layerActivations: activations.every((name) => name === activation)
      ? []
      : activations.map((name) => (name === activation || !oneOf(ACTIVATIONS, name) ? '' : name)),
    outputActivation: oneOf(OUTPUT_ACTIVATIONS, head) && head !== autoOutput(classes) ? head : 'auto',
    loss: oneOf(LOSSES, model.training?.loss) && model.training.loss !== autoLoss(head) ? model.training.loss : 'auto',
    standardize: isObject(model.inputs?.standardization),
  };
  const features = model.inputs?.features;
  if (Array.isArray(features) && features.length > 0 && features.every((name) => oneOf(FEATURES, name))) {
    settings.features = FEATURES.filter((name) => features.includes(name));
  }
  return { ...settings, ...dataSettings(model, classes), ...trainingSettings(model) };
}

/** The output the page's `auto` chooses: tanh for two classes, softmax for more, linear for regression. */
const autoOutput = (classes: number): string => (classes === 0 ? 'linear' : classes > 2 ? 'softmax' : 'tanh');

/** The loss the engine's `auto` chooses after `head` (docs/config.md). */
const autoLoss = (head: unknown): string => (head === 'softmax' ? 'cross_entropy' : head === 'sigmoid' ? 'binary_cross_entropy' : 'squared');

/** The generated data the model's file was trained on, when the page offers that dataset. */
function dataSettings(model: ModelDocument, classes: number): Partial<PlaygroundState> {
  const dataset = model.training?.config?.dataset;
  if (!isObject(dataset)) return {};
  const settings: Partial<PlaygroundState> = {};
  if (classes > 0 && oneOf(CLASSIFICATION_DATASETS, dataset.name)) {
    // The Playground's datasets have two classes; spirals and blobs as many as the model's output.
    const multi = oneOf(MULTI_CLASS_DATASETS, dataset.name);
    if (!multi && classes !== 2) return {};
    settings.dataset = dataset.name;
    if (multi) settings.numClasses = classes;
  } else if (classes === 0 && oneOf(REGRESSION_DATASETS, dataset.name)) settings.regDataset = dataset.name;
  else return {};
  settings.points = within(dataset.points, LIMITS.points) ? dataset.points : 0;
  if (within(dataset.noise, [0, LIMITS.noise[1] / 100])) settings.noise = Math.round(dataset.noise * 100 * 1e6) / 1e6;
  if (within(dataset.trainPercent, LIMITS.percTrainData)) settings.percTrainData = dataset.trainPercent;
  return settings;
}

/** The optimiser and batch size of the model's training, where the page's controls can show them. */
function trainingSettings(model: ModelDocument): Partial<PlaygroundState> {
  const settings: Partial<PlaygroundState> = {};
  const { batchSize, optimizer } = model.training ?? {};
  if (within(batchSize, LIMITS.batchSize) && Number.isInteger(batchSize)) settings.batchSize = batchSize;
  if (!isObject(optimizer)) return settings;
  if (oneOf(OPTIMIZERS, optimizer.name)) settings.optimizer = optimizer.name;
  if (within(optimizer.learningRate, LIMITS.learningRate)) settings.learningRate = optimizer.learningRate;
  if (oneOf(REGULARIZATIONS, optimizer.regularization)) settings.regularization = optimizer.regularization;
  if (within(optimizer.regularizationRate, LIMITS.regularizationRate)) settings.regularizationRate = optimizer.regularizationRate;
  for (const key of ['momentum', 'beta1', 'beta2'] as const) {
    if (within(optimizer[key], LIMITS[key])) settings[key] = optimizer[key];
  }
  return settings;
}

/** Settings whose change makes another network: the loaded model gives way to a new one. */
const NETWORK_KEYS = ['seed', 'features', 'networkShape', 'activation', 'layerActivations', 'outputActivation', 'standardize', 'init'] as const;

/** Classes the settings' generated data has (0: regression). */
function classCount(state: Readonly<PlaygroundState>): number {
  if (state.problem === 'regression') return 0;
  return oneOf(MULTI_CLASS_DATASETS, state.dataset) ? state.numClasses : 2;
}

/**
 * A change from `before` to `after` keeps the loaded model: the network stays (new data, a new
 * optimiser or loss keep it), and so does the number of classes its output predicts.
 */
export function keepsModel(before: Readonly<PlaygroundState>, after: Readonly<PlaygroundState>): boolean {
  const same = (key: keyof PlaygroundState): boolean => JSON.stringify(before[key]) === JSON.stringify(after[key]);
  return NETWORK_KEYS.every(same) && classCount(before) === classCount(after);
}
