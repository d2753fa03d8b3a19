// Every control a configuration can hide (`state.hidden`, the URL's `NAME_hide=true`) or lock
// (`locked`, `NAME_lock=true`): its key, what the Share dialog calls it, and the group it sits in.
// The keys are TensorFlow Playground's where it has one. Pure, no imports of values; the schema
// (docs/nnplay-config.schema.json) lists the same keys, and tests/web/validate.test.mjs checks that.

export interface ControlKey {
  key: string;
  label: string;
  group: string;
}

export const CONTROL_KEYS: readonly ControlKey[] = [
  { key: 'resetButton', label: 'Reset', group: 'Run' },
  { key: 'playButton', label: 'Play / Pause', group: 'Run' },
  { key: 'stepButton', label: 'Step', group: 'Run' },
  { key: 'speed', label: 'Speed', group: 'Run' },
  { key: 'dataset', label: 'Dataset', group: 'Data' },
  { key: 'percTrainData', label: 'Ratio of training to test data', group: 'Data' },
  { key: 'noise', label: 'Noise', group: 'Data' },
  { key: 'batchSize', label: 'Batch size', group: 'Data' },
  { key: 'regenerate', label: 'Regenerate', group: 'Data' },
  { key: 'learningRate', label: 'Learning rate', group: 'Hyper-parameters' },
  { key: 'activation', label: 'Activation', group: 'Hyper-parameters' },
  { key: 'regularization', label: 'Regularization', group: 'Hyper-parameters' },
  { key: 'regularizationRate', label: 'Regularization rate', group: 'Hyper-parameters' },
  { key: 'problem', label: 'Problem type', group: 'Hyper-parameters' },
  { key: 'x', label: 'Feature X₁', group: 'Features' },
  { key: 'y', label: 'Feature X₂', group: 'Features' },
  { key: 'xSquared', label: 'Feature X₁²', group: 'Features' },
  { key: 'ySquared', label: 'Feature X₂²', group: 'Features' },
  { key: 'xTimesY', label: 'Feature X₁X₂', group: 'Features' },
  { key: 'sinX', label: 'Feature sin(X₁)', group: 'Features' },
  { key: 'sinY', label: 'Feature sin(X₂)', group: 'Features' },
  { key: 'numHiddenLayers', label: 'Adding and removing layers and neurons', group: 'Network' },
  { key: 'weights', label: 'Editing weights and biases', group: 'Network' },
  { key: 'showTestData', label: 'Show test data', group: 'Output' },
  { key: 'discretize', label: 'Discretize output', group: 'Output' },
  { key: 'colours', label: 'Colours', group: 'Output' },
  { key: 'downloadFigure', label: 'Download figure', group: 'Output' },
  { key: 'share', label: 'Share / Embed', group: 'Page' },
  { key: 'classes', label: 'Classes', group: 'Data' },
  { key: 'points', label: 'Number of points', group: 'Data' },
  { key: 'curve', label: 'Curve of the function dataset', group: 'Data' },
  { key: 'advanced', label: 'Advanced settings', group: 'Advanced' },
  { key: 'optimizer', label: 'Optimiser and its parameters', group: 'Advanced' },
  { key: 'loss', label: 'Loss', group: 'Advanced' },
  { key: 'outputActivation', label: 'Output activation', group: 'Advanced' },
  { key: 'layerActivations', label: 'Layer activations', group: 'Advanced' },
  { key: 'init', label: 'Initialisation', group: 'Advanced' },
  { key: 'standardize', label: 'Input standardisation', group: 'Advanced' },
  { key: 'newWeights', label: 'New weights', group: 'Advanced' },
  { key: 'metrics', label: 'Metrics', group: 'Output' },
  { key: 'drawData', label: 'Draw data', group: 'Your data' },
  { key: 'uploadCsv', label: 'Upload CSV', group: 'Your data' },
  { key: 'downloadData', label: 'Download data', group: 'Your data' },
  { key: 'downloadModel', label: 'Download model', group: 'Models' },
  { key: 'loadModel', label: 'Load model', group: 'Models' },
  { key: 'downloadLossHistory', label: 'Download loss history', group: 'Output' },
  { key: 'downloadPicture', label: 'Download picture', group: 'Output' },
  { key: 'timeline', label: 'Training timeline', group: 'Output' },
  { key: 'microscope', label: 'Microscope', group: 'Network' },
  { key: 'help', label: 'Help and tour', group: 'Page' },
];

/** The tooltip of a locked control. */
export const LOCKED_TITLE = 'Locked by the author of this page';

/** Whether `key` names a control of CONTROL_KEYS. */
export const isControlKey = (key: string): boolean => CONTROL_KEYS.some((control) => control.key === key);
