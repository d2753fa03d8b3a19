// The words and formulas of the neuron widget, from numbers the engine gave: no DOM, no engine, so
// it loads alone under Node.

/** An activation the widget offers: the engine's name for it, its name in words and in TeX. */
export interface ActivationName {
  name: string;
  label: string;
  tex: string;
}

export const ACTIVATIONS: readonly ActivationName[] = [
  { name: 'sigmoid', label: 'Sigmoid', tex: '\\sigma' },
  { name: 'tanh', label: 'Tanh', tex: '\\tanh' },
  { name: 'relu', label: 'ReLU', tex: '\\operatorname{ReLU}' },
];

export function activationName(name: string): ActivationName {
  const found = ACTIVATIONS.find((activation) => activation.name === name);
  if (!found) throw new Error(`The neuron widget knows the activations ${ACTIVATIONS.map((a) => a.name).join(', ')}, not "${name}".`);
  return found;
}

/** `value` with at most 4 decimals, trailing zeros dropped, and a true minus sign: "0.6225", "−7.5". */
export function formatNumber(value: number): string {
  const text = value.toFixed(4).replace(/\.?0+$/, '');
  return text === '-0' ? '0' : text.replace('-', '−');
}

/** A number in TeX, its minus a sign rather than a subtraction; negative ones in parentheses when `enclosed` (a term after "+"). */
function texNumber(value: number, enclosed = false): string {
  const text = formatNumber(value);
  if (!text.startsWith('−')) return text;
  const signed = `{-${text.slice(1)}}`;
  return enclosed ? `(${signed})` : signed;
}

/** The weighted sum in symbols; weightedSumTex writes it with the numbers (two lines, to fit a phone). */
export const WEIGHTED_SUM_TEX = 'z = w_1 x_1 + w_2 x_2 + b';

/** z = w₁x₁ + w₂x₂ + b with the numbers put in, then the engine's z. */
export function weightedSumTex(inputs: readonly number[], weights: readonly number[], bias: number, z: number): string {
  const terms = weights.map((weight, i) => `${texNumber(weight, i > 0)} \\cdot ${texNumber(inputs[i]!, true)}`);
  return `z = ${terms.join(' + ')} + ${texNumber(bias, true)} = ${texNumber(z)}`;
}

/** a = f(z) with the engine's z and a. */
export function outputTex(activation: ActivationName, z: number, a: number): string {
  return `a = ${activation.tex}(z) = ${activation.tex}(${texNumber(z)}) = ${texNumber(a)}`;
}

/** The four corners of the unit square, in the order the corner table lists them. */
export const CORNERS: readonly (readonly [number, number])[] = [
  [0, 0],
  [0, 1],
  [1, 0],
  [1, 1],
];

/** The goal: exactly one of the corners' outputs `outputs` is above `threshold`. */
export const oneCornerAbove = (outputs: readonly number[], threshold: number): boolean =>
  outputs.filter((a) => a > threshold).length === 1;

/** Which corners give an output above `threshold`, in words: "none", "(1, 1) only", "(0, 1) and (1, 1)". */
export function cornersAboveText(outputs: readonly number[], threshold: number): string {
  const above = CORNERS.filter((_, i) => outputs[i]! > threshold).map(([x1, x2]) => `(${x1}, ${x2})`);
  if (above.length === 0) return 'none';
  if (above.length === 1) return `${above[0]} only`;
  return `${above.slice(0, -1).join(', ')} and ${above.at(-1)}`;
}
