// Each neuron's computation written out in TeX with the numbers of one forward pass, for the
// widget to typeset: the sum, then on a line of its own the activation:
// parking = ReLU(4·20 + 0.5·0 + 3·10 − 110)
//         = ReLU(0) = 0
import { formatOutput, type ForwardPass, type NetworkView } from './drivingModel';

const ACTIVATION_TEX: Record<string, string> = { relu: '\\operatorname{ReLU}', sigmoid: '\\sigma', tanh: '\\tanh', linear: '' };

/** A number as TeX: short digits (as formatNumber); a negative one grouped, so its minus is a sign, not a subtraction's. */
const tex = (value: number): string => {
  const digits = String(Number(value.toPrecision(6)));
  return value < 0 ? `{${digits}}` : digits;
};

/** A name as TeX text, its special characters escaped. */
const text = (name: string): string => `\\text{${name.replace(/[\\{}$&#^_%~]/g, (c) => `\\${c}`)}}`;

/** w₁·x₁ + w₂·x₂ − |b| with the signs folded in: "4 \cdot 20 - 0.5 \cdot 1 + 6 \cdot 10 - 140". */
function weightedSum(weights: number[], values: number[], bias: number): string {
  const factor = (value: number): string => (value < 0 ? `(${tex(value)})` : tex(value));
  const terms = weights.map((weight, i) => ({ size: `${tex(Math.abs(weight))} \\cdot ${factor(values[i]!)}`, negative: weight < 0 }));
  terms.push({ size: tex(Math.abs(bias)), negative: bias < 0 });
  return terms.map((term, i) => (term.negative ? `- ${term.size}` : i === 0 ? term.size : `+ ${term.size}`)).join(' ');
}

/** Two TeX formulas per neuron, layer by layer, with the pass's inputs, sums and outputs: the sum, then the activation. */
export function neuronFormulas(view: NetworkView, pass: ForwardPass): [sum: string, output: string][] {
  return view.layers.flatMap((layer, l) => {
    const values = l === 0 ? pass.inputs : pass.a[l - 1]!;
    const f = ACTIVATION_TEX[layer.activation] ?? `\\operatorname{${layer.activation}}`;
    return layer.names.map((name, unit): [string, string] => {
      const shown = formatOutput(view, l, pass.a[l]![unit]!);
      const output = shown.endsWith('%') ? shown.replace('%', '\\%') : tex(pass.a[l]![unit]!);
      return [`${text(name)} = ${f}(${weightedSum(layer.weights[unit]!, values, layer.biases[unit]!)})`, `= ${f}(${tex(pass.z[l]![unit]!)}) = ${output}`];
    });
  });
}
