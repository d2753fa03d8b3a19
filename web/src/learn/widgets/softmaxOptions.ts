// The options of a `softmax` widget block, read and checked: the outputs (2 to 8, each a class name
// and its z at the start) and the sliders' range. Pure: no DOM, no engine.
import type { WidgetSpec } from '../lessonData';

/** One output of the network: the class it stands for and its value z at the start. */
export interface SoftmaxOutput {
  name: string;
  z: number;
}

const SUBSCRIPTS = '₀₁₂₃₄₅₆₇₈₉';
/** `n` in subscript digits: z₁, z₁₂. */
export const subscript = (n: number): string => [...String(n)].map((digit) => SUBSCRIPTS[Number(digit)]).join('');

export function softmaxOptions(spec: WidgetSpec): { outputs: SoftmaxOutput[]; range: number } {
  const fail = (problem: string): never => {
    throw new Error(`The softmax widget's ${problem}`);
  };
  const range = spec['range'] ?? 5;
  if (typeof range !== 'number' || !(range > 0) || range > 20) fail('option "range" (the sliders go from −range to range) must be a number above 0, at most 20.');
  const list = spec['outputs'];
  if (!Array.isArray(list) || list.length < 2 || list.length > 8) return fail('option "outputs" must list 2 to 8 outputs, each {name, z}.');
  const outputs = list.map((item: unknown, i) => {
    const { name, z } = (typeof item === 'object' && item !== null ? item : {}) as Record<string, unknown>;
    if (typeof name !== 'string' || name.trim() === '') fail(`outputs[${i}].name must be some text.`);
    if (typeof z !== 'number' || Math.abs(z) > (range as number)) fail(`outputs[${i}].z must be a number from −range to range.`);
    return { name: name as string, z: z as number };
  });
  if (new Set(outputs.map((output) => output.name)).size !== outputs.length) fail('outputs must have different names.');
  return { outputs, range: range as number };
}
