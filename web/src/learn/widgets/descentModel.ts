// The loss of a one-neuron model, prediction = w·x + b, as a function of its weight and bias, with
// every number from the engine: a Session on the widget's data (no hidden layer, a linear output,
// squared loss, full-batch gradient descent), whose weight and bias are set to read the loss at any
// point, and which trains one epoch (one step over the whole data) per step.
import type { NnplayModule, Session } from '@engine/nnplay.mjs';
import type { DescentOptions, Interval, Parameters } from './descentOptions';

/** A point the steps reached: where, its loss, and the loss's slope there (∂L/∂w, ∂L/∂b). */
export interface Position extends Parameters {
  loss: number;
  slope: Parameters;
}

/** The result of a step: where it landed, or `infinite` when the engine's loss overflowed. */
export type StepResult = { kind: 'moved'; position: Position } | { kind: 'infinite' };

/** `count` evenly spaced values from `low` to `high`. */
const spaced = ([low, high]: Interval, count: number): number[] =>
  Array.from({ length: count }, (_, i) => low + ((high - low) * i) / (count - 1));

/** The engine's configuration (docs/config.md) of the model ŷ = w·x + b on the widget's points. */
function engineConfig(options: DescentOptions): string {
  const csv = ['x,y', ...options.points.map(([x, y]) => `${x},${y}`)].join('\n');
  return JSON.stringify({
    // Every point trains; the engine wants a test set too, so it gets the same points.
    dataset: { csv, label: 'y', labels: 'values', testCsv: csv },
    standardize: false,
    network: { hidden: [], output: 'linear' },
    loss: 'squared',
    optimizer: { name: 'sgd', learningRate: options.stepSizes[0]!.rate },
    batchSize: options.points.length,
    shuffle: false,
    init: 'zeros',
  });
}

export class LossSurface {
  private readonly session: Session;

  constructor(
    nnplay: NnplayModule,
    private readonly options: DescentOptions,
  ) {
    this.session = new nnplay.Session(engineConfig(options));
    this.moveTo(options.start);
  }

  moveTo({ w, b }: Parameters): void {
    this.session.setWeight(0, 0, 0, w);
    this.session.setBias(0, 0, b);
  }

  /** Where the model is now, its loss (the mean of ½(prediction − y)² over the data) and the slope. */
  position(): Position {
    const layer = JSON.parse(this.session.networkJson()).layers[0];
    // One minibatch of the whole data, from example 0: its gradients are the full-batch slope.
    const batch = JSON.parse(this.session.traceExampleJson(0)).minibatch;
    return {
      w: layer.weights[0][0],
      b: layer.biases[0],
      loss: this.session.evaluate().trainLoss,
      slope: { w: batch.weightGradients[0][0][0], b: batch.biasGradients[0][0] },
    };
  }

  /** One step of gradient descent with learning rate `rate`: w ← w − η ∂L/∂w (and b, when it learns). */
  step(rate: number): StepResult {
    if (!this.train(rate)) return { kind: 'infinite' };
    const position = this.position();
    return Number.isFinite(position.loss) ? { kind: 'moved', position } : { kind: 'infinite' };
  }

  /** Trains one epoch (one step over the whole data); false when the engine's loss overflowed. */
  private train(rate: number): boolean {
    this.session.setLearningRate(rate);
    try {
      this.session.train(1);
    } catch (error) {
      if ((error as { kind?: string }).kind === 'divergence') return false;
      throw error;
    }
    if (!this.options.learnBias) this.session.setBias(0, 0, this.options.start.b);
    return true;
  }

  /** The losses at `points`, leaving the model where it was. */
  lossesAt(points: readonly Parameters[]): number[] {
    const kept = this.session.snapshot();
    const losses = points.map((point) => {
      this.moveTo(point);
      return this.session.evaluate().trainLoss;
    });
    this.session.restore(kept);
    return losses;
  }

  /** The loss curve L(w) at `count` values of w over `range` (b held at its start). */
  curve(range: Interval, count: number): { w: number[]; loss: number[] } {
    const w = spaced(range, count);
    return { w, loss: this.lossesAt(w.map((value) => ({ w: value, b: this.options.start.b }))) };
  }

  /** The loss over a count × count grid of (w, b): row r at b = the r-th value from the top (highest b), column c at the c-th w. */
  grid(range: { w: Interval; b: Interval }, count: number): Float64Array {
    const ws = spaced(range.w, count);
    const bs = spaced(range.b, count).reverse();
    // [row][col]
    return Float64Array.from(this.lossesAt(bs.flatMap((b) => ws.map((w) => ({ w, b })))));
  }

  /**
   * The lowest loss and where it is, found by the engine's own steps taken carefully from the start:
   * a step that would raise the loss is taken back and tried again at half the size, until no step
   * lowers it any more (or 5000 steps).
   */
  minimum(): Position {
    const kept = this.session.snapshot();
    this.moveTo(this.options.start);
    let rate = Math.max(...this.options.stepSizes.map((size) => size.rate));
    let loss = this.session.evaluate().trainLoss;
    for (let i = 0; i < 5000 && rate > 1e-9; i++) {
      const before = this.session.snapshot();
      const next = this.train(rate) ? this.session.evaluate().trainLoss : Infinity;
      if (next < loss) {
        loss = next;
      } else {
        this.session.restore(before);
        rate /= 2;
      }
    }
    const lowest = this.position();
    this.session.restore(kept);
    return lowest;
  }

  delete(): void {
    this.session.delete();
  }
}
