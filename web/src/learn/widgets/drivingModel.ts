// The numbers of the driving-test widget, without DOM or engine: the widget's options, the network
// and one forward pass as the engine reports them (networkJson, modelJson, traceJson), the names of
// its weights and biases, and how each number is written.
import type { WidgetSpec } from '../lessonData';

/** The network as the engine describes it; weights[to][from], as networkJson gives them. */
export interface NetworkView {
  inputs: string[];
  layers: { activation: string; names: string[]; weights: number[][]; biases: number[] }[];
}

/** One forward pass: the raw inputs, then each layer's weighted sums z and outputs a, by unit. */
export interface ForwardPass {
  inputs: number[];
  z: number[][];
  a: number[][];
}

/** One weight or bias of the network, numbered as setWeight/setBias number them. */
export type Parameter = { kind: 'weight'; layer: number; to: number; from: number } | { kind: 'bias'; layer: number; unit: number };

/** Someone to try the network on: age in years, sex as the engine's preset codes it, lessons taken. */
export interface Person {
  name: string;
  age: number;
  sex: number;
  lessons: number;
}

export interface Range {
  min: number;
  max: number;
}

export interface DrivingOptions {
  people: Person[];
  /** The person whose chance of passing the goal is about, and the chance to reach. */
  goal: { person: Person; atLeast: number };
  age: Range;
  lessons: Range;
}

/** The preset's coding of the sex input (core/presets.cpp: 0 male, 1 female), in the select's order. */
export const SEXES = ['male', 'female'] as const;

/** The widget's options from its block in the lesson file; a wrong one is an error its author can act on. */
export function drivingOptions(spec: WidgetSpec): DrivingOptions {
  const fail = (problem: string): never => {
    throw new Error(`The driving widget's ${problem}`);
  };
  const number = (value: unknown, what: string): number =>
    typeof value === 'number' && Number.isFinite(value) ? value : fail(`${what} must be a number.`);
  const range = (name: string): Range => {
    const value = spec[name];
    if (typeof value !== 'object' || value === null) return fail(`option "${name}" must be {min, max}.`);
    const { min, max } = value as Record<string, unknown>;
    const result = { min: number(min, `${name}.min`), max: number(max, `${name}.max`) };
    return result.min < result.max ? result : fail(`option "${name}" needs min below max.`);
  };
  const list = spec['people'];
  if (!Array.isArray(list) || list.length === 0) return fail('option "people" must list people {name, age, sex, lessons}.');
  const people = list.map((entry: unknown, index): Person => {
    const person = (typeof entry === 'object' && entry !== null ? entry : {}) as Record<string, unknown>;
    const sex = SEXES.indexOf(person['sex'] as (typeof SEXES)[number]);
    return {
      name: typeof person['name'] === 'string' ? person['name'] : fail(`people[${index}] needs a "name".`),
      age: number(person['age'], `people[${index}].age`),
      sex: sex >= 0 ? sex : fail(`people[${index}].sex must be ${SEXES.join(' or ')}.`),
      lessons: number(person['lessons'], `people[${index}].lessons`),
    };
  });
  const goal = (typeof spec['passes'] === 'object' && spec['passes'] !== null ? spec['passes'] : {}) as Record<string, unknown>;
  const person = people.find((candidate) => candidate.name === goal['person']) ?? fail('option "passes" must name one of the people: {person, atLeast}.');
  const atLeast = number(goal['atLeast'], 'passes.atLeast');
  const age = range('age');
  const lessons = range('lessons');
  const within = (value: number, { min, max }: Range): boolean => value >= min && value <= max;
  const outside = people.find((p) => !within(p.age, age) || !within(p.lessons, lessons));
  if (outside) fail(`person "${outside.name}" is outside the sliders' ranges (options "age" and "lessons").`);
  return { people, goal: { person, atLeast }, age, lessons };
}

/** The names of the model's inputs (modelJson's inputs.names): "age", "sex", "lessons". */
export const inputNames = (modelJson: string): string[] => (JSON.parse(modelJson) as { inputs: { names: string[] } }).inputs.names;

/** The engine's network (networkJson) with its inputs' names. */
export function networkView(networkJson: string, inputs: string[]): NetworkView {
  return { inputs, layers: (JSON.parse(networkJson) as { layers: NetworkView['layers'] }).layers };
}

/** The inputs, z and a of a traceJson answer. */
export function forwardPass(traceJson: string): ForwardPass {
  const { inputs, z, a } = JSON.parse(traceJson) as ForwardPass;
  return { inputs, z, a };
}

export const personInputs = (person: Person): number[] => [person.age, person.sex, person.lessons];

/** Names of the units feeding layer `layer`: the inputs, or the layer before. */
export const sourceNames = (view: NetworkView, layer: number): string[] => (layer === 0 ? view.inputs : view.layers[layer - 1]!.names);

/** Every weight and bias, neuron by neuron: the weights into it, then its bias. */
export function parameters(view: NetworkView): Parameter[] {
  return view.layers.flatMap((layer, l) =>
    layer.names.flatMap((_, to): Parameter[] => [
      ...sourceNames(view, l).map((__, from): Parameter => ({ kind: 'weight', layer: l, to, from })),
      { kind: 'bias', layer: l, unit: to },
    ]),
  );
}

export function parameterValue(view: NetworkView, parameter: Parameter): number {
  const layer = view.layers[parameter.layer]!;
  return parameter.kind === 'weight' ? layer.weights[parameter.to]![parameter.from]! : layer.biases[parameter.unit]!;
}

/** "Weight from age to parking", "Bias of pass". */
export function parameterLabel(view: NetworkView, parameter: Parameter): string {
  const layer = view.layers[parameter.layer]!;
  return parameter.kind === 'weight'
    ? `Weight from ${sourceNames(view, parameter.layer)[parameter.from]} to ${layer.names[parameter.to]}`
    : `Bias of ${layer.names[parameter.unit]}`;
}

/** A number field's text as a weight, or null when it is not a number (empty, "1e", "abc"). */
export function parseParameter(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : null;
}

/**
 * A value of the engine (a 32-bit float) as short text: 0.009999999776 is the 0.01 that was set, and
 * 2.9925003 the 2.9925 of 1.505 + 4.4875 − 3. Negative numbers with a true minus sign.
 */
export function formatNumber(value: number): string {
  return String(Number(value.toPrecision(6))).replace('-', '−');
}

/** The value to put in a number field: the float's shortest faithful digits, ASCII. */
export const fieldText = (value: number): string => String(Number(value.toPrecision(7)));

/** A probability as a percentage with two decimals: 0.0474258 → "4.74%". */
export const formatPercent = (probability: number): string => `${(100 * probability).toFixed(2)}%`;

const ACTIVATION_NAMES: Record<string, string> = { relu: 'ReLU', sigmoid: 'sigmoid', tanh: 'tanh', linear: 'linear' };
export const activationName = (activation: string): string => ACTIVATION_NAMES[activation] ?? activation;

/** An output `value` of layer `layer`: a percentage for a sigmoid output layer, else a number. */
export function formatOutput(view: NetworkView, layer: number, value: number): string {
  return layer === view.layers.length - 1 && view.layers[layer]!.activation === 'sigmoid' ? formatPercent(value) : formatNumber(value);
}

/** How an input's value reads: sex by name, the others as numbers. */
export const inputText = (name: string, value: number): string =>
  name === 'sex' ? (SEXES[value] ?? formatNumber(value)) : formatNumber(value);

/** The figure's text alternative: the person, then every neuron's sum and output, with the weights. */
export function describePass(view: NetworkView, pass: ForwardPass): string {
  const person = view.inputs.map((name, i) => `${name} ${inputText(name, pass.inputs[i]!)}`).join(', ');
  const neurons = view.layers.flatMap((layer, l) =>
    layer.names.map((name, unit) => {
      const weights = sourceNames(view, l).map((from, i) => `${formatNumber(layer.weights[unit]![i]!)} from ${from}`);
      return `${name}: weights ${weights.join(', ')}, bias ${formatNumber(layer.biases[unit]!)}; sum ${formatNumber(pass.z[l]![unit]!)}, ${activationName(layer.activation)} output ${formatOutput(view, l, pass.a[l]![unit]!)}`;
    }),
  );
  return `The driving-test network for ${person}. ${neurons.join('. ')}.`;
}
