// The Advanced settings, collapsed under an "Advanced" button at the end of the hyper-parameters:
// the optimiser and its parameters, the loss, the output activation, the initialisation, input
// standardisation, and "New weights" / "New data". Opening it also offers each hidden layer's
// activation in the network's headers (`onToggle`). A link that sets any of them opens it.
import { hasAdvancedSettings, newWeights } from '../app/advanced';
import type { Locks } from '../app/locks';
import type { Part, PartContext } from '../app/part';
import { randomSeed } from '../app/settings';
import {
  INITS,
  LOSSES,
  OPTIMIZERS,
  OUTPUT_ACTIVATIONS,
  type Init,
  type Loss,
  type Optimizer,
  type OutputActivation,
  type PlaygroundState,
} from '../state';
import { applyLock, button, Checkbox, element, Select, uniqueId } from '../widgets';

const OPTIMIZER_LABELS: Record<Optimizer, string> = { sgd: 'SGD', momentum: 'Momentum', adam: 'Adam' };
const LOSS_LABELS: Record<Loss, string> = {
  auto: 'Auto (from the output)',
  squared: 'Squared error',
  cross_entropy: 'Cross-entropy',
  binary_cross_entropy: 'Binary cross-entropy',
};
const OUTPUT_LABELS: Record<OutputActivation, string> = {
  auto: 'Auto (tanh, softmax, linear)',
  linear: 'Linear',
  tanh: 'Tanh',
  sigmoid: 'Sigmoid',
  softmax: 'Softmax',
};
const INIT_LABELS: Record<Init, string> = { playground: 'Playground', xavier: 'Xavier', he: 'He', zeros: 'Zeros' };
const MOMENTUMS = [0, 0.5, 0.8, 0.9, 0.95, 0.99] as const;
const BETA1S = [0.5, 0.8, 0.9, 0.95, 0.99] as const;
const BETA2S = [0.9, 0.99, 0.999, 0.9999] as const;
/** The keys of the controls inside, which `advanced_lock` locks all at once. */
const INNER_KEYS = ['optimizer', 'loss', 'outputActivation', 'init', 'standardize', 'newWeights', 'regenerate'];
const OPTIMIZER_PARAMETERS = ['momentum', 'beta1', 'beta2'];

/** What each control is and what to try, for the help popovers (`data-help`, see help/). */
const HELP = {
  advanced: 'nnplay’s settings beyond the Playground’s: the optimiser, the loss, the output, how the weights start, and each hidden layer’s activation (in the network, over each layer).',
  optimizer:
    'How each step moves the weights. SGD steps straight down the gradient; Momentum keeps part of the last step, so it rolls through flat stretches; Adam gives every weight its own step size. Try Adam on the spiral.',
  momentum: 'The share of the last step kept in the next one. More rolls faster, and may overshoot.',
  betas: 'How slowly Adam forgets its running averages of the gradients (β₁) and of their squares (β₂). The defaults suit most problems.',
  loss: 'What training makes small. Auto fits the output: squared error after tanh or linear, cross-entropy after softmax, binary cross-entropy after sigmoid.',
  output: 'The output neuron’s activation. Auto: tanh for two classes (as the Playground), softmax (one neuron per class) for more, linear for regression.',
  init: 'How the weights start. Playground: uniform in ±0.5. Xavier and He scale them to the layer’s size, which helps deep networks. Try Zeros: no neuron can learn anything different from its neighbours.',
  standardize: 'Scales each input to mean 0 and deviation 1 over the training data before the network sees it.',
  newWeights: 'Starts again from new random weights on the same data.',
  newData: 'Draws new points for the same network, as Regenerate does.',
} as const;

/** Gives the control `parent` just received its help text. */
const helpOn = (parent: HTMLElement, text: string): void => {
  if (parent.lastElementChild instanceof HTMLElement) parent.lastElementChild.dataset.help = text;
};

const choices = <T extends string>(values: readonly T[], labels: Record<T, string>) => values.map((value) => ({ value, label: labels[value] }));
const numbers = (values: readonly number[]) => values.map((value) => ({ value, label: String(value) }));
const ascending = (a: number, b: number): number => a - b;

export class AdvancedControls implements Part {
  private readonly toggle: HTMLButtonElement;
  private readonly panel = element('div', 'nnplay-advanced');
  private readonly optimizer: Select<Optimizer>;
  /** Each optimiser's parameters, shown with it. */
  private readonly momentumBox = element('div', 'nnplay-advanced-parameters');
  private readonly adamBox = element('div', 'nnplay-advanced-parameters');
  private readonly momentum: Select<number>;
  private readonly beta1: Select<number>;
  private readonly beta2: Select<number>;
  private readonly loss: Select<Loss>;
  private readonly output: Select<OutputActivation>;
  private readonly init: Select<Init>;
  private readonly standardize: Checkbox;
  private readonly newWeights: HTMLButtonElement;
  private readonly newData: HTMLButtonElement;
  private shown = false;

  /** `parent`: the hyper-parameters' bar; `onToggle`: the part opened (true) or closed. */
  constructor(parent: HTMLElement, { settings, training }: PartContext, private readonly onToggle: (open: boolean) => void) {
    const change = (patch: Partial<PlaygroundState>): void => void settings.update(patch);
    this.toggle = button(parent, 'Advanced', () => this.setOpen(this.toggle.getAttribute('aria-expanded') !== 'true'));
    this.toggle.classList.add('nnplay-advanced-toggle');
    this.toggle.dataset.help = HELP.advanced;
    const arrow = element('span', 'nnplay-advanced-arrow');
    arrow.setAttribute('aria-hidden', 'true');
    this.toggle.append(arrow);
    this.panel.id = uniqueId('advanced');
    this.panel.setAttribute('role', 'group');
    this.panel.setAttribute('aria-label', 'Advanced settings');
    this.toggle.setAttribute('aria-controls', this.panel.id);
    parent.append(this.panel);

    const panel = this.panel;
    this.optimizer = new Select(panel, 'optimizer', 'Optimizer', choices(OPTIMIZERS, OPTIMIZER_LABELS), (optimizer) => change({ optimizer }));
    helpOn(panel, HELP.optimizer);
    panel.append(this.momentumBox, this.adamBox);
    this.momentum = new Select(this.momentumBox, 'momentum', 'Momentum', numbers(MOMENTUMS), (momentum) => change({ momentum }), ascending);
    helpOn(this.momentumBox, HELP.momentum);
    this.beta1 = new Select(this.adamBox, 'beta1', 'Adam β₁', numbers(BETA1S), (beta1) => change({ beta1 }), ascending);
    this.beta2 = new Select(this.adamBox, 'beta2', 'Adam β₂', numbers(BETA2S), (beta2) => change({ beta2 }), ascending);
    helpOn(this.adamBox, HELP.betas);
    this.loss = new Select(panel, 'loss', 'Loss', choices(LOSSES, LOSS_LABELS), (loss) => change({ loss }));
    helpOn(panel, HELP.loss);
    this.output = new Select(panel, 'outputActivation', 'Output activation', choices(OUTPUT_ACTIVATIONS, OUTPUT_LABELS), (outputActivation) =>
      change({ outputActivation }),
    );
    helpOn(panel, HELP.output);
    this.init = new Select(panel, 'init', 'Initialization', choices(INITS, INIT_LABELS), (init) => change({ init }));
    helpOn(panel, HELP.init);
    this.standardize = new Checkbox(panel, 'standardize', 'Standardize inputs', (standardize) => change({ standardize }));
    helpOn(panel, HELP.standardize);
    const actions = element('div', 'nnplay-advanced-actions');
    panel.append(actions);
    this.newWeights = button(actions, 'New weights', () => change(newWeights(settings.get(), randomSeed())));
    this.newWeights.dataset.help = HELP.newWeights;
    this.newData = button(actions, 'New data', () => training.regenerate());
    this.newData.dataset.help = HELP.newData;
    panel.append(element('p', 'nnplay-text', 'Each hidden layer’s activation: the menu in its header in the network.'));
    this.setOpen(false);
  }

  show(state: Readonly<PlaygroundState>, locks: Locks): void {
    if (!this.shown) {
      this.shown = true;
      if (hasAdvancedSettings(state)) this.setOpen(true);
    }
    this.optimizer.set(state.optimizer);
    this.momentum.set(state.momentum);
    this.beta1.set(state.beta1);
    this.beta2.set(state.beta2);
    this.loss.set(state.loss);
    this.output.set(state.outputActivation);
    this.init.set(state.init);
    this.standardize.set(state.standardize);

    applyLock(this.toggle, 'advanced', locks);
    // The button stays usable when the part is locked: the settings can be read, not changed.
    this.toggle.disabled = false;
    if (locks.hidden.has('advanced')) this.panel.hidden = true;
    const inner: Locks = locks.locked.has('advanced') ? { ...locks, locked: new Set([...locks.locked, ...INNER_KEYS]) } : locks;
    for (const control of [this.optimizer, this.loss, this.output, this.init, this.standardize]) control.lock(inner);
    // The optimiser's parameters go with its key.
    const parameters: Locks = { ...inner, locked: new Set(inner.locked.has('optimizer') ? OPTIMIZER_PARAMETERS : []) };
    for (const control of [this.momentum, this.beta1, this.beta2]) control.lock(parameters);
    this.momentumBox.hidden = state.optimizer !== 'momentum' || inner.hidden.has('optimizer');
    this.adamBox.hidden = state.optimizer !== 'adam' || inner.hidden.has('optimizer');
    applyLock(this.newWeights, 'newWeights', inner);
    applyLock(this.newData, 'regenerate', inner);
  }

  private setOpen(open: boolean): void {
    this.panel.hidden = !open;
    this.toggle.setAttribute('aria-expanded', String(open));
    this.onToggle(open);
  }
}
