// The options of a `loss` widget block, read and checked: a lesson author who writes one wrong
// reads what is wrong instead of seeing a broken widget.
import type { WidgetSpec } from '../lessonData';

/** One example of the batch: its name, its true class, the probability a model gives that class at the start. */
export interface LossExample {
  name: string;
  trueClass: string;
  probability: number;
}

/** A model to compare: the probability it gives the first example's true class. */
export interface LossComparison {
  model: string;
  probability: number;
}

export interface LossOptions {
  classes: string[];
  examples: LossExample[];
  compare: LossComparison[];
  /** The goal: the (average) loss below this. */
  below: number;
}

/** The probabilities a slider offers: 0.01 to 0.99 in steps of 0.01 (0 and 1 would give an infinite loss or none). */
export const PROBABILITY = { min: 0.01, max: 0.99, step: 0.01 } as const;

export function lossOptions(spec: WidgetSpec): LossOptions {
  const fail = (problem: string): never => {
    throw new Error(`The loss widget's ${problem}`);
  };
  const text = (value: unknown, where: string): string => (typeof value === 'string' && value.trim() !== '' ? value : fail(`${where} must be some text.`));
  const probability = (value: unknown, where: string): number =>
    typeof value === 'number' && value >= PROBABILITY.min && value <= PROBABILITY.max ? value : fail(`${where} must be a probability from ${PROBABILITY.min} to ${PROBABILITY.max}.`);
  const list = (name: string, optional: boolean): Record<string, unknown>[] => {
    const value = spec[name] ?? (optional ? [] : undefined);
    if (!Array.isArray(value) || (!optional && value.length === 0)) return fail(`option "${name}" must be a list.`);
    return value.map((item, i) => (typeof item === 'object' && item !== null ? (item as Record<string, unknown>) : fail(`${name}[${i}] must be a mapping.`)));
  };
  const classes = (Array.isArray(spec['classes']) ? spec['classes'] : fail('option "classes" must be a list of class names.')).map((name, i) => text(name, `classes[${i}]`));
  if (classes.length < 2 || new Set(classes).size !== classes.length) fail('option "classes" must name at least two classes, each once.');
  const examples = list('examples', false).map((item, i) => {
    const trueClass = text(item['trueClass'], `examples[${i}].trueClass`);
    if (!classes.includes(trueClass)) fail(`examples[${i}].trueClass "${trueClass}" is not one of the classes.`);
    return { name: text(item['name'], `examples[${i}].name`), trueClass, probability: probability(item['probability'], `examples[${i}].probability`) };
  });
  if (examples.length > 1 && new Set(examples.map((example) => example.trueClass)).size < 2) fail('examples, when more than one, must have at least two different true classes.');
  const compare = list('compare', true).map((item, i) => ({
    model: text(item['model'], `compare[${i}].model`),
    probability: probability(item['probability'], `compare[${i}].probability`),
  }));
  const below = spec['below'];
  if (typeof below !== 'number' || !(below > 0)) fail('option "below" (the loss to go below) must be a positive number.');
  return { classes, examples, compare, below: below as number };
}
