// The neuron widget's options, read from its block in the lesson file; a wrong one stops the widget
// with a message naming it, for the lesson's author.
import type { WidgetSpec } from '../lessonData';
import { ACTIVATIONS, activationName } from './neuronText';

export interface NeuronOptions {
  /** The engine names of the activations on the menu, and the one chosen at the start. */
  activations: string[];
  activation: string;
  /** x₁, x₂ at the start, on the INPUT_SLIDER's steps. */
  inputs: [number, number];
  /** w₁, w₂ and b at the start, on their sliders' steps: from −range to range in steps of `step`. */
  weights: [number, number];
  bias: number;
  range: number;
  step: number;
  /** The goal: the output above this at exactly one corner. */
  above: number;
  /** The plots show z from −plotRange to plotRange. */
  plotRange: number;
}

/** The inputs' sliders: the corners' 0 and 1, and the tenths between them. */
export const INPUT_SLIDER = { min: 0, max: 1, step: 0.1 };

/** Whether a slider from `min` to `max` in steps of `step` can show `value` exactly. */
const onSlider = (value: number, { min, max, step }: { min: number; max: number; step: number }): boolean => {
  const steps = (value - min) / step;
  return value >= min && value <= max && Math.abs(steps - Math.round(steps)) < 1e-9;
};

const DEFAULTS: Omit<NeuronOptions, 'activation'> = {
  activations: ACTIVATIONS.map((activation) => activation.name),
  inputs: [1, 0],
  weights: [1, 1],
  bias: -0.5,
  range: 10,
  step: 0.5,
  above: 0.9,
  plotRange: 8,
};

export function neuronOptions(spec: WidgetSpec): NeuronOptions {
  const wrong = (name: string, what: string): never => {
    throw new Error(`The neuron widget's option "${name}" must be ${what}.`);
  };
  const number = (name: 'bias' | 'range' | 'step' | 'above' | 'plotRange', test = (_: number) => true, what = 'a number'): number => {
    const value = spec[name] ?? DEFAULTS[name];
    return typeof value === 'number' && Number.isFinite(value) && test(value) ? value : wrong(name, what);
  };
  const pair = (name: 'inputs' | 'weights'): [number, number] => {
    const value = spec[name] ?? DEFAULTS[name];
    const ok = Array.isArray(value) && value.length === 2 && value.every((v) => typeof v === 'number' && Number.isFinite(v));
    return ok ? [value[0], value[1]] : wrong(name, 'a list of two numbers');
  };
  const activations = spec['activations'] ?? DEFAULTS.activations;
  if (!Array.isArray(activations) || activations.length === 0 || !activations.every((name) => typeof name === 'string')) {
    return wrong('activations', `a list of some of ${DEFAULTS.activations.join(', ')}`);
  }
  activations.forEach(activationName);
  const activation = spec['activation'] ?? activations[0];
  if (typeof activation !== 'string' || !activations.includes(activation)) return wrong('activation', `one of ${activations.join(', ')}`);
  const range = number('range', (v) => v > 0, 'a positive number');
  const step = number('step', (v) => v > 0, 'a positive number');
  const weightSlider = { min: -range, max: range, step };
  const onWeightSlider = `from ${-range} to ${range} in steps of ${step}`;
  const inputs = pair('inputs');
  if (!inputs.every((x) => onSlider(x, INPUT_SLIDER))) wrong('inputs', 'two numbers from 0 to 1 in steps of 0.1');
  const weights = pair('weights');
  if (!weights.every((w) => onSlider(w, weightSlider))) wrong('weights', `two numbers ${onWeightSlider}`);
  return {
    activations,
    activation,
    inputs,
    weights,
    bias: number('bias', (b) => onSlider(b, weightSlider), `a number ${onWeightSlider}`),
    range,
    step,
    above: number('above'),
    plotRange: number('plotRange', (v) => v > 0, 'a positive number'),
  };
}
