// The numbers of the loss widget, all from the engine: a batch of examples, each given a probability
// of its true class by the one-layer softmax network of softmaxSession.ts. Example i is the one-hot
// input e_i; a last input, the probe, is 0 in every example and serves to ask the loss at any probability
// (the curve, the models compared) without touching the batch.
import type { NnplayModule, Session } from '@engine/nnplay.mjs';
import type { LossExample } from './lossOptions';
import { outputForProbability, softmaxSession, traceSoftmax } from './softmaxSession';

/** The probability the engine gives an example's true class, and its loss −log p. */
export interface ExampleLoss {
  probability: number;
  loss: number;
}

export class LossBatch {
  private readonly session: Session;
  private readonly trueClasses: number[];
  private readonly inputs: number;
  private readonly single: boolean;

  constructor(nnplay: NnplayModule, private readonly classes: string[], examples: LossExample[]) {
    this.inputs = examples.length + 1;
    const names = [...examples.map((_, i) => `example${i + 1}`), 'probe'];
    this.single = examples.length === 1;
    // The engine reads data of two rows or more and two classes or more: a batch is the Session's
    // data, so that its mean loss is the engine's; one example is read alone by trace, and the
    // data is then a row per class at the probe, never used.
    const rows = this.single
      ? classes.map((label) => ({ inputs: this.oneHot(this.inputs - 1), label }))
      : examples.map((example, i) => ({ inputs: this.oneHot(i), label: example.trueClass }));
    this.session = softmaxSession(nnplay, names, classes, rows);
    this.trueClasses = examples.map((example) => classes.indexOf(example.trueClass));
    examples.forEach((example, i) => this.setProbability(i, example.probability));
  }

  /** Makes the network give example `index` probability `p` of its true class (the other classes share the rest). */
  setProbability(index: number, p: number): void {
    this.session.setWeight(0, this.trueClasses[index]!, index, outputForProbability(p, this.classes.length));
  }

  example(index: number): ExampleLoss {
    return this.read(this.oneHot(index), this.trueClasses[index]!);
  }

  /** The engine's loss of the whole batch: the mean of the examples' losses (one example: its loss). */
  meanLoss(): number {
    return this.single ? this.example(0).loss : this.session.evaluate().trainLoss;
  }

  /** What the engine says of an example given probability `p` of its true class (the probe). */
  at(p: number): ExampleLoss {
    const probe = this.inputs - 1;
    this.session.setWeight(0, 0, probe, outputForProbability(p, this.classes.length));
    return this.read(this.oneHot(probe), 0);
  }

  delete(): void {
    this.session.delete();
  }

  private read(inputs: number[], trueClass: number): ExampleLoss {
    const { probabilities, loss } = traceSoftmax(this.session, inputs, trueClass);
    return { probability: probabilities[trueClass]!, loss };
  }

  private oneHot(index: number): number[] {
    return Array.from({ length: this.inputs }, (_, i) => (i === index ? 1 : 0));
  }
}
