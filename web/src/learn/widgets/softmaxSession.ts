// A network with no hidden layer: its inputs go straight into a softmax output of one unit per
// class, every weight and bias 0 to start. Its outputs are then softmax(W·x + b): with the biases
// set to z (and x = 0) the engine's trace gives softmax(z) and the loss −log p of the true class;
// with x one-hot (example i has input i = 1) each example reads its own column of W, so one weight
// per example sets the probability that example is given. The loss and softmax widgets read every
// number they show from such a Session.
import type { NnplayModule, Session } from '@engine/nnplay.mjs';

/** One row of the Session's data: an input per column and the name of the true class. */
export interface SoftmaxRow {
  inputs: number[];
  label: string;
}

/** What the engine's trace of one example says: each class's probability and the loss −log p. */
export interface SoftmaxTrace {
  probabilities: number[];
  loss: number;
}

/**
 * A Session of the one-layer softmax network over `inputNames` and `classes`, with `rows` as both its
 * training and its test data: at least two rows, of at least two classes (the engine reads no less).
 * Free it with delete().
 */
export function softmaxSession(nnplay: NnplayModule, inputNames: string[], classes: string[], rows: SoftmaxRow[]): Session {
  for (const name of [...inputNames, ...classes]) {
    if (!/^[^,"\n\r]+$/.test(name)) throw new Error(`A class or input name may not be empty or hold a comma, a quote or a line break: "${name}".`);
  }
  const model = {
    format: 'nnplay-model',
    version: 1,
    inputs: { names: inputNames, features: [], standardization: null },
    output: { label: 'label', classes, target: null },
    // W: [classes][inputs], b: [classes]
    layers: [{ activation: 'softmax', weights: classes.map(() => inputNames.map(() => 0)), biases: classes.map(() => 0) }],
  };
  const csv = [[...inputNames, 'label'].join(','), ...rows.map((row) => [...row.inputs, row.label].join(','))].join('\n');
  return new nnplay.Session(JSON.stringify({ model, dataset: { csv, testCsv: csv } }));
}

/** The engine's trace of `inputs` with true class `trueClass`: the output layer's probabilities and the loss. */
export function traceSoftmax(session: Session, inputs: number[], trueClass: number): SoftmaxTrace {
  const trace = JSON.parse(session.traceJson(inputs, trueClass)) as { a: number[][]; loss: number };
  const output = trace.a[trace.a.length - 1];
  if (!output) throw new Error('The engine traced no output layer.');
  return { probabilities: output, loss: trace.loss };
}

/**
 * The output z of the true class that gives it probability `p` when the other `classes − 1` outputs
 * are 0: p = e^z / (e^z + classes − 1), so z = ln(p (classes − 1) / (1 − p)); with two classes, the
 * log-odds ln(p / (1 − p)).
 */
export function outputForProbability(p: number, classes: number): number {
  return Math.log((p * (classes - 1)) / (1 - p));
}
