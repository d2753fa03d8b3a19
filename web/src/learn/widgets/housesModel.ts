// The engine's side of the houses widget: one Session of the article's `houses` preset (a linear
// neuron on standardised size, stories and distance; docs/config.md). Every number the widget shows
// comes from here: the formula read back from the network, the average error over the training
// houses (the engine's rmse), each table house's price from the engine's forward pass.
import type { NnplayModule, Session } from '@engine/nnplay.mjs';
import { type Formula, formulaOf, inTargetUnits, neuronOf, type Scaling, scalingOf } from './housesFormula';

export class HousesModel {
  private readonly session: Session;
  private readonly scaling: Scaling;

  /** The `houses` preset, with `learningRate` for its gradient descent when given. */
  constructor(nnplay: NnplayModule, learningRate: number | null) {
    const config = JSON.parse(nnplay.presetConfig('houses')) as { optimizer?: Record<string, unknown> };
    if (learningRate !== null) config.optimizer = { ...config.optimizer, learningRate };
    this.session = new nnplay.Session(JSON.stringify(config));
    try {
      this.scaling = scalingOf(JSON.parse(this.session.modelJson()));
    } catch (error) {
      this.session.delete();
      throw error;
    }
  }

  /** The network's formula in the data's units. */
  formula(): Formula {
    const network = JSON.parse(this.session.networkJson()) as { layers: { weights: number[][]; biases: number[] }[] };
    const layer = network.layers[0]!;
    return formulaOf({ weights: layer.weights[0]!, bias: layer.biases[0]! }, this.scaling);
  }

  /** Puts `formula` into the network (its weights and bias, standardised). */
  setFormula(formula: Formula): void {
    const neuron = neuronOf(formula, this.scaling);
    neuron.weights.forEach((weight, i) => this.session.setWeight(0, 0, i, weight));
    this.session.setBias(0, 0, neuron.bias);
  }

  /** The root of the mean squared error of the prices over the training houses, in the price's units. */
  averageError(): number {
    return (JSON.parse(this.session.metricsJson('train')) as { rmse: number }).rmse;
  }

  /** The network's price of each house (raw inputs), through the engine's forward pass. */
  prices(houses: readonly { inputs: number[]; price: number }[]): number[] {
    return houses.map((house) => {
      const trace = JSON.parse(this.session.traceJson(house.inputs, house.price)) as { a: number[][] };
      return inTargetUnits(trace.a[trace.a.length - 1]![0]!, this.scaling);
    });
  }

  /** One epoch of gradient descent (the preset's full batch: one step); returns the epoch reached. */
  trainEpoch(): number {
    return this.session.train(1).epoch;
  }

  epoch(): number {
    return this.session.epoch();
  }

  /** Back to epoch 0 and an empty history; the caller sets the formula to start from. */
  reset(): void {
    this.session.reset();
  }

  delete(): void {
    this.session.delete();
  }
}
