// The neuron of lesson 2 as the engine computes it: z = w₁x₁ + w₂x₂ + b, a = f(z). One Session per
// activation on the menu, all kept at the learner's weights, so each plot's point comes from the
// engine too. The engine allows ReLU only in a hidden layer, so each network is the neuron as its
// one hidden unit and an output unit that passes it on unchanged (linear, weight 1, bias 0); the
// widget reads the neuron's z and a from traceJson's first layer and never trains.
import type { NnplayModule, Session } from '@engine/nnplay.mjs';

/** What the neuron computes for one input: its weighted sum and its output. */
export interface NeuronValue {
  z: number;
  a: number;
}

/** A Session needs data: the four corners (labels unused). */
const CORNERS_CSV = 'x1,x2,y\n0,0,0\n0,1,0\n1,0,0\n1,1,0\n';

/** A model file (docs/model-format.md) of the neuron with activation `activation`, weights (1, 0) and bias 0: a = f(x₁). */
function unitNeuronModel(activation: string): object {
  return {
    format: 'nnplay-model',
    version: 1,
    inputs: { names: ['x1', 'x2'], features: [], standardization: null },
    output: { label: 'y', classes: [], target: null },
    layers: [
      { activation, weights: [[1, 0]], biases: [0] }, // [1 neuron][2 inputs]
      { activation: 'linear', weights: [[1]], biases: [0] }, // [1 output][1 neuron]
    ],
  };
}

function neuronValue(session: Session, inputs: readonly number[]): NeuronValue {
  // z and a are [layer][unit]: layer 0 is the neuron.
  const trace = JSON.parse(session.traceJson(inputs, 0)) as { z: number[][]; a: number[][] };
  return { z: trace.z[0]![0]!, a: trace.a[0]![0]! };
}

export class NeuronEngine {
  private constructor(
    private readonly sessions: ReadonlyMap<string, Session>,
    /** Each activation's curve: (z, f(z)) at the `zs` it was made with. */
    readonly curves: ReadonlyMap<string, NeuronValue[]>,
  ) {}

  /** The neuron under each of `activations`, with each curve sampled at `zs`, then set to `weights` and `bias`. */
  static create(nnplay: NnplayModule, activations: readonly string[], zs: readonly number[], weights: readonly number[], bias: number): NeuronEngine {
    const sessions = new Map<string, Session>();
    const curves = new Map<string, NeuronValue[]>();
    try {
      for (const activation of activations) {
        const session = new nnplay.Session(JSON.stringify({ model: unitNeuronModel(activation), dataset: { csv: CORNERS_CSV, testCsv: CORNERS_CSV, labels: 'values' } }));
        sessions.set(activation, session);
        // With weights (1, 0) and bias 0, z = x₁: the input [z, 0] draws the curve.
        curves.set(activation, zs.map((z) => neuronValue(session, [z, 0])));
      }
      const neuron = new NeuronEngine(sessions, curves);
      weights.forEach((weight, input) => neuron.setWeight(input, weight));
      neuron.setBias(bias);
      return neuron;
    } catch (error) {
      sessions.forEach((session) => session.delete());
      throw error;
    }
  }

  setWeight(input: number, value: number): void {
    for (const session of this.sessions.values()) session.setWeight(0, 0, input, value);
  }

  setBias(value: number): void {
    for (const session of this.sessions.values()) session.setBias(0, 0, value);
  }

  /** z and a of the neuron with activation `activation` for `inputs` [x₁, x₂]. */
  value(activation: string, inputs: readonly number[]): NeuronValue {
    const session = this.sessions.get(activation);
    if (!session) throw new Error(`The neuron has no activation "${activation}".`);
    return neuronValue(session, inputs);
  }

  delete(): void {
    this.sessions.forEach((session) => session.delete());
  }
}
