// How the backprop widget names the 2–2–1 network's parts, in words and in TeX, in the step
// microscope's notation: layer [1] is the hidden layer, [2] the output, a_i^{[0]} = x_i. Pure.
import { formatNumber } from '../../microscope/steps';
import type { WeightPlace } from './backpropOptions';

const SUBSCRIPTS = '₀₁₂₃₄₅₆₇₈₉';

/** A neuron in words: `layer` −1 for the inputs (x₁), 0 for the hidden layer (h₁), 1 for the output. */
export function neuronName(layer: number, unit: number): string {
  if (layer === 1) return 'the output';
  return `${layer < 0 ? 'x' : 'h'}${SUBSCRIPTS[unit + 1]}`;
}

/** "the weight from x₁ to h₂". */
export function weightName({ layer, to, from }: WeightPlace): string {
  return `the weight from ${neuronName(layer - 1, from)} to ${neuronName(layer, to)}`;
}

/** A number in TeX, to 4 significant digits; a negative one braced, so its minus sign is a sign, not a subtraction. */
export function tex(value: number): string {
  const text = formatNumber(value).replace('−', '-');
  return value < 0 ? `{${text}}` : text;
}

/** A factor in TeX: in parentheses when negative. */
export function factor(value: number): string {
  return value < 0 ? `(${tex(value)})` : tex(value);
}

/** The weight's symbol: w_{ji}^{[ℓ]}. */
export function weightTex({ layer, to, from }: WeightPlace): string {
  return `w_{${to + 1}${from + 1}}^{[${layer + 1}]}`;
}

/** A neuron's quantity (z, a, δ) in TeX; the output has one neuron, so no subscript. */
export function unitTex(symbol: string, layer: number, unit: number): string {
  if (layer < 0) return `x_{${unit + 1}}`;
  return layer === 1 ? `${symbol}^{[2]}` : `${symbol}_{${unit + 1}}^{[1]}`;
}

/** ∂L/∂w for `place` in TeX. */
export function gradientTex(place: WeightPlace): string {
  return `\\frac{\\partial L}{\\partial ${weightTex(place)}}`;
}

/** "positive", "negative" or "zero". */
export function signWord(value: number): string {
  return value > 0 ? 'positive' : value < 0 ? 'negative' : 'zero';
}
