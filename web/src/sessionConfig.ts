// The engine's configuration (docs/config.md) of the experiment the page's settings describe, with
// the texts the browser keeps for it (own data, a loaded model). Pure, no DOM.
import type { OwnDataset, SessionConfig } from './config';
import { dataSeedOf, MULTI_CLASS_DATASETS, seedNumber, type PlaygroundState } from './state';

/** A text the browser stores under a key (data/storedData.ts), or null when it has none. */
export type StoredText = (key: string) => string | null;

/**
 * The engine's configuration (docs/config.md) of the experiment `state` describes. `stored` gives
 * the texts its keys name (data/storedData.ts): the learner's own data under `state.customData`
 * (without it, or when it is not own data, the data is generated from the settings), and a loaded
 * model under `state.model`, whose network (architecture, inputs and weights) is then the model's
 * while the settings name the data and the training.
 */
export function sessionConfig(state: Readonly<PlaygroundState>, stored: StoredText = () => null): SessionConfig {
  const classification = state.problem === 'classification';
  const optimizer: SessionConfig['optimizer'] = {
    name: state.optimizer,
    learningRate: state.learningRate,
    regularization: state.regularization,
    regularizationRate: state.regularizationRate,
  };
  if (state.optimizer === 'momentum') optimizer.momentum = state.momentum;
  if (state.optimizer === 'adam') Object.assign(optimizer, { beta1: state.beta1, beta2: state.beta2 });
  const own = state.customData ? ownDatasetOf(stored(state.customData)) : null;
  const dataset: SessionConfig['dataset'] = own ? { trainPercent: state.percTrainData, ...own } : {
    name: classification ? state.dataset : state.regDataset,
    noise: state.noise / 100,
    trainPercent: state.percTrainData,
    seed: seedNumber(dataSeedOf(state)),
    ...(classification && (MULTI_CLASS_DATASETS as readonly string[]).includes(state.dataset) ? { classes: state.numClasses } : {}),
    ...(classification && state.dataset === 'function' ? { function: state.curve } : {}),
    ...(state.points > 0 ? { points: state.points } : {}),
  };
  const training = {
    ...(state.loss === 'auto' ? {} : { loss: state.loss }),
    optimizer,
    batchSize: state.batchSize,
    // The Playground feeds the examples in one fixed order.
    shuffle: false,
    init: state.init,
    weightSeed: seedNumber(state.seed),
  };
  const model = state.model ? stored(state.model) : null;
  if (model !== null) return { dataset, model: JSON.parse(model) as object, ...training };
  return {
    dataset,
    features: [...state.features],
    network: {
      hidden: state.networkShape.map((units, layer) =>
        state.layerActivations[layer] ? { units, activation: state.layerActivations[layer] } : units),
      activation: state.activation,
      // `auto` leaves the output and the loss to the engine: for the Playground's data, its tanh (linear
      // for regression) and squared error.
      ...(state.outputActivation === 'auto' ? {} : { output: state.outputActivation }),
    },
    standardize: state.standardize,
    ...training,
  };
}

/** The learner's own dataset in `text` (its JSON, as data/ownData.ts writes it), or null when it is not one. */
export function ownDatasetOf(text: string | null): OwnDataset | null {
  if (!text) return null;
  try {
    const data: unknown = JSON.parse(text);
    const { csv, labels, trainPercent } = (data ?? {}) as Partial<OwnDataset>;
    if (typeof csv !== 'string' || (labels !== 'classes' && labels !== 'values')) return null;
    return typeof trainPercent === 'number' ? { csv, labels, trainPercent } : { csv, labels };
  } catch {
    return null;
  }
}
