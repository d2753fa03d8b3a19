// The hyper-parameters: learning rate, activation, regularisation and its rate, problem type.
import type { Locks } from '../app/locks';
import type { Part, PartContext } from '../app/part';
import {
  ACTIVATIONS,
  LEARNING_RATES,
  PROBLEMS,
  REGULARIZATION_RATES,
  REGULARIZATIONS,
  type Activation,
  type PlaygroundState,
  type Problem,
  type Regularization,
} from '../state';
import { Select } from '../widgets';

export const ACTIVATION_LABELS: Record<Activation, string> = {
  relu: 'ReLU',
  tanh: 'Tanh',
  sigmoid: 'Sigmoid',
  linear: 'Linear',
  leaky_relu: 'Leaky ReLU',
  elu: 'ELU',
  softplus: 'Softplus',
};
const REGULARIZATION_LABELS: Record<Regularization, string> = { none: 'None', L1: 'L1', L2: 'L2' };
const PROBLEM_LABELS: Record<Problem, string> = { classification: 'Classification', regression: 'Regression' };

const numbers = (values: readonly number[]) => values.map((value) => ({ value, label: String(value) }));
/** A rate from a link that is not in the list goes in its place among the others. */
const ascending = (a: number, b: number): number => a - b;

export class HyperControls implements Part {
  private readonly learningRate: Select<number>;
  private readonly activation: Select<Activation>;
  private readonly regularization: Select<Regularization>;
  private readonly regularizationRate: Select<number>;
  private readonly problem: Select<Problem>;

  constructor(parent: HTMLElement, { settings }: PartContext) {
    const change = (patch: Partial<PlaygroundState>): void => void settings.update(patch);
    this.learningRate = new Select(
      parent,
      'learningRate',
      'Learning rate',
      numbers(LEARNING_RATES),
      (learningRate) => change({ learningRate }),
      ascending,
    );
    this.activation = new Select(
      parent,
      'activation',
      'Activation',
      ACTIVATIONS.map((value) => ({ value, label: ACTIVATION_LABELS[value] })),
      (activation) => change({ activation }),
    );
    this.regularization = new Select(
      parent,
      'regularization',
      'Regularization',
      REGULARIZATIONS.map((value) => ({ value, label: REGULARIZATION_LABELS[value] })),
      (regularization) => change({ regularization }),
    );
    this.regularizationRate = new Select(
      parent,
      'regularizationRate',
      'Regularization rate',
      numbers(REGULARIZATION_RATES),
      (regularizationRate) => change({ regularizationRate }),
      ascending,
    );
    this.problem = new Select(
      parent,
      'problem',
      'Problem type',
      PROBLEMS.map((value) => ({ value, label: PROBLEM_LABELS[value] })),
      (problem) => change({ problem }),
    );
  }

  show(state: Readonly<PlaygroundState>, locks: Locks): void {
    this.learningRate.set(state.learningRate);
    this.activation.set(state.activation);
    this.regularization.set(state.regularization);
    this.regularizationRate.set(state.regularizationRate);
    this.problem.set(state.problem);
    for (const control of [this.learningRate, this.activation, this.regularization, this.regularizationRate, this.problem]) {
      control.lock(locks);
    }
  }
}
