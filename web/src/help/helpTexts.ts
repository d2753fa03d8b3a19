// What the Playground's controls and pictures are, and what to try with them: the texts of their
// help popovers (help/helpPart.ts), keyed by the control's key (embed/controlKeys.ts) where it has
// one, and the lesson that explains each (its popover ends with a link to it). Pure: loadable under
// Node (tests/web/help.test.mjs).

export interface HelpText {
  /** What the "?" button names: "Help: <name>". */
  name: string;
  text: string;
  /** The lesson that explains it, by its file's name without the number ("activations": web/lessons/04-activations.md). */
  lesson?: string;
}

export const HELP_TEXTS: Readonly<Record<string, HelpText>> = {
  training: {
    name: 'Training controls',
    text: 'Play trains until you press Pause; Step trains one epoch; Reset goes back to the first weights. Try Step a few times and watch the boundary move.',
  },
  epoch: {
    name: 'Epoch',
    text: 'How many times the network has gone through every training point once. Most of the change happens in the first hundred epochs.',
  },
  speed: {
    name: 'Speed',
    text: 'Epochs trained between two pictures. One epoch per frame lets you watch the boundary form; Fastest trains as fast as this machine can.',
  },
  learningRate: {
    name: 'Learning rate',
    text: 'How big a step each update takes down the slope of the loss. Too small and training crawls; too large and the loss jumps about or blows up. Try 3 on the spiral, then 0.03.',
    lesson: 'gradient-descent',
  },
  activation: {
    name: 'Activation',
    text: 'The function each hidden neuron applies to its weighted sum. Tanh and Sigmoid bend smoothly; ReLU makes boundaries of straight pieces. Try ReLU on the circle and compare the neuron pictures.',
    lesson: 'activations',
  },
  regularization: {
    name: 'Regularization',
    text: 'A penalty on large weights that keeps the network simple. L2 shrinks every weight; L1 pushes weights that are not needed to exactly zero. Try L1 with every feature on and watch links disappear.',
  },
  regularizationRate: {
    name: 'Regularization rate',
    text: 'How strong the penalty on large weights is. Too high and the network cannot fit the data at all.',
  },
  problem: {
    name: 'Problem type',
    text: 'Classification sorts points into classes, shown as colours. Regression predicts a number for each point, shown as a shade.',
    lesson: 'classes-and-values',
  },
  data: {
    name: 'Data',
    text: 'Each dot is an example: two inputs, its position, and a class, its colour. Pick a dataset by its picture; Regenerate draws new points of the same kind. Try the spiral: the hardest of the four.',
  },
  curve: {
    name: 'Curve',
    text:
      'The border between the classes: points above y = f(x) are blue, points below orange. Type a formula in x with + − * / ^, ' +
      'sin cos tan exp log sqrt abs, pi and |x|, or pick one. The map shows it at twice its size, x and y from −3 to 3. ' +
      'Watch the hidden neurons bend their straight lines into the curve.',
  },
  percTrainData: {
    name: 'Ratio of training to test data',
    text: 'The share of the points the network trains on. The rest are test points, kept aside to check it on data it has never seen.',
  },
  noise: {
    name: 'Noise',
    text: 'Moves the points at random, blurring the border between the classes. With noise, a training loss near zero usually means the network learns the points by heart.',
  },
  batchSize: {
    name: 'Batch size',
    text: 'How many examples each update of the weights averages over. 1 gives many small, noisy steps; a larger batch fewer, smoother ones.',
  },
  network: {
    name: 'Network',
    text:
      'The inputs on the left are the features the network sees of a point: X₁ and X₂ are its position; X₁² is X₁ squared (large far left and far right), X₁X₂ their product, sin(X₁) a wave. ' +
      'Each square is a neuron, its picture what it outputs over the whole map: blue where high, orange where low. ' +
      'Each curve is a weight: blue positive, orange negative, the thicker the larger. + and − add layers and neurons. ' +
      'Try the circle with only X₁² and X₂² and no hidden layer.',
    lesson: 'layers',
  },
  output: {
    name: 'Output',
    text: 'The map shows what the network says at every point: blue or orange for a class, pale where it is unsure. The dots are the training points. Hover a neuron to see its own picture here instead.',
  },
  testLoss: {
    name: 'Test loss',
    text: 'The average error on the test points, which the network never trains on. The chart shows it with the training loss: when training loss keeps falling and test loss rises, the network is overfitting.',
    lesson: 'loss',
  },
  trainLoss: {
    name: 'Training loss',
    text: 'The average error on the training points: the number every update of the weights tries to make smaller.',
    lesson: 'loss',
  },
  showTestData: {
    name: 'Show test data',
    text: 'Draws the test points too, outlined, so you can see where the network is wrong on points it never trained on.',
  },
  discretize: {
    name: 'Discretize output',
    text: 'Shows only which class the network picks at each point, not how sure it is: the decision boundary as a sharp line.',
  },
  colours: {
    name: 'Colours',
    text: 'The colours of the classes and the map. Orange / purple is safe for the common kinds of colour blindness.',
  },
};

/** Gives `element` the help of `key` (the data-help convention), if there is one. */
export function helpOn(element: HTMLElement, key: string): void {
  const help = HELP_TEXTS[key];
  if (!help) return;
  element.dataset.help = help.text;
  element.dataset.helpName = help.name;
  if (help.lesson !== undefined) element.dataset.helpLesson = help.lesson;
}
