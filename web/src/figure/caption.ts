// The figure's caption: the experiment's settings on one line, where training got to on the next,
// so a figure on a slide says how to make it again. Pure.
import type { EpochStats } from '@engine/nnplay.mjs';
import { DATASET_LABELS } from '../controls/data';
import { ACTIVATION_LABELS } from '../controls/hyper';
import { formatLoss } from '../controls/output';
import { featureLabel } from '../network/features';
import type { PlaygroundState } from '../state';

const SEPARATOR = ' · ';

function hiddenLayers(shape: readonly number[]): string {
  if (shape.length === 0) return 'no hidden layers';
  const neurons = `${shape.join(', ')} ${shape.length === 1 && shape[0] === 1 ? 'neuron' : 'neurons'}`;
  return `${shape.length} hidden ${shape.length === 1 ? 'layer' : 'layers'} (${neurons})`;
}

/** The settings that made the figure, as items of one line. */
export function settingsItems(state: Readonly<PlaygroundState>): string[] {
  const dataset = DATASET_LABELS[state.problem === 'classification' ? state.dataset : state.regDataset];
  const regularization =
    state.regularization === 'none' ? 'no regularization' : `${state.regularization} regularization ${state.regularizationRate}`;
  return [
    `${dataset} data, noise ${state.noise}, ${state.percTrainData}% for training`,
    `inputs ${state.features.map(featureLabel).join(', ') || 'none'}`,
    hiddenLayers(state.networkShape),
    `${ACTIVATION_LABELS[state.activation]} activation`,
    `learning rate ${state.learningRate}`,
    `batch size ${state.batchSize}`,
    regularization,
  ];
}

/** Where training got to: the epoch, the losses, and the accuracies of a classification. */
export function resultItems(stats: EpochStats): string[] {
  const accuracy = (label: string, value: number): string[] => (Number.isNaN(value) ? [] : [`${label} ${(100 * value).toFixed(1)}%`]);
  return [
    `epoch ${stats.epoch.toLocaleString('en')}`,
    `test loss ${formatLoss(stats.testLoss)}`,
    `training loss ${formatLoss(stats.trainLoss)}`,
    ...accuracy('test accuracy', stats.testAccuracy),
    ...accuracy('training accuracy', stats.trainAccuracy),
  ];
}

/** `items` joined by " · " into lines of at most `width` characters, each as full as it can be. */
function greedyLines(items: readonly string[], width: number): string[] {
  const lines: string[] = [];
  for (const item of items) {
    const line = lines.length ? `${lines[lines.length - 1]}${SEPARATOR}${item}` : item;
    if (lines.length && line.length <= width) lines[lines.length - 1] = line;
    else lines.push(item);
  }
  return lines;
}

/**
 * `items` joined by " · " into as few lines of at most `width` characters as they fit in (an item
 * longer than that gets a line of its own), the lines as even as they can be; each capitalised.
 */
export function captionLines(items: readonly string[], width: number): string[] {
  const count = greedyLines(items, width).length;
  let even = Math.ceil(items.join(SEPARATOR).length / count);
  while (greedyLines(items, even).length > count) even++;
  return greedyLines(items, even).map((line) => line.charAt(0).toUpperCase() + line.slice(1));
}
