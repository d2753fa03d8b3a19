// The options of a `houses` widget block (docs/lessons.md), read and checked: a wrong block stops
// with a message that tells the lesson's author what to write. Pure: no DOM, no engine.
import type { WidgetSpec } from '../lessonData';

/** One blank of the template, in the order of the engine's inputs (size, stories, distance). */
export interface Blank {
  /** The slider's label and accessible name: "Price per m² of size". */
  label: string;
  /** The input's name in the typeset formula: "size". */
  term: string;
  /** The table's column heading for the input: "Size (m²)". */
  column: string;
  min: number;
  max: number;
  step: number;
  /** The blank's value when the widget opens and after Reset. */
  start: number;
}

/** A house of the table: its inputs in the blanks' order, and its real price. */
export interface House {
  inputs: number[];
  price: number;
}

/** The gradient-descent part: how it runs and when its goal is met. */
export interface DescentOptions {
  learningRate: number;
  /** Epochs one press of the button runs (it can be pressed again). */
  epochs: number;
  epochsPerSecond: number;
  /** The coefficients the goal asks for, and how close (0.01: within 1% of each). */
  target: number[];
  tolerance: number;
}

export interface HousesOptions {
  /** The template's fixed part, the price before the blanks add theirs. */
  basePrice: number;
  blanks: Blank[];
  houses: House[];
  /** The goal is met when the average error falls to this or below by hand; null: no such goal. */
  errorGoal: number | null;
  /** Null: no gradient descent in this widget. */
  descent: DescentOptions | null;
}

export function housesOptions(spec: WidgetSpec): HousesOptions {
  const where = (name: string): string => `The houses widget's option "${name}"`;
  const number = (value: unknown, name: string): number => {
    if (typeof value !== 'number' || !Number.isFinite(value)) throw new Error(`${where(name)} must be a number.`);
    return value;
  };
  const text = (value: unknown, name: string): string => {
    if (typeof value !== 'string' || value.trim() === '') throw new Error(`${where(name)} must be some text.`);
    return value;
  };
  const list = (value: unknown, name: string): unknown[] => {
    if (!Array.isArray(value) || value.length === 0) throw new Error(`${where(name)} must be a list.`);
    return value;
  };
  const record = (value: unknown, name: string): Record<string, unknown> => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error(`${where(name)} must be a mapping.`);
    return value as Record<string, unknown>;
  };
  const blanks = list(spec['blanks'], 'blanks').map((item, i): Blank => {
    const blank = record(item, `blanks[${i}]`);
    const field = (key: string): number => number(blank[key], `blanks[${i}].${key}`);
    const read = { min: field('min'), max: field('max'), step: field('step'), start: field('start') };
    if (!(read.min < read.max) || read.step <= 0 || read.start < read.min || read.start > read.max) {
      throw new Error(`${where(`blanks[${i}]`)} needs min < max, a positive step and a start between them.`);
    }
    return {
      label: text(blank['label'], `blanks[${i}].label`),
      term: text(blank['term'], `blanks[${i}].term`),
      column: text(blank['column'], `blanks[${i}].column`),
      ...read,
    };
  });
  const houses = list(spec['houses'], 'houses').map((item, i): House => {
    const house = record(item, `houses[${i}]`);
    const inputs = list(house['inputs'], `houses[${i}].inputs`).map((value, j) => number(value, `houses[${i}].inputs[${j}]`));
    if (inputs.length !== blanks.length) throw new Error(`${where(`houses[${i}].inputs`)} must have one number per blank.`);
    return { inputs, price: number(house['price'], `houses[${i}].price`) };
  });
  return {
    basePrice: number(spec['basePrice'], 'basePrice'),
    blanks,
    houses,
    errorGoal: spec['errorGoal'] === undefined ? null : number(spec['errorGoal'], 'errorGoal'),
    descent: spec['descent'] === undefined ? null : descentOptions(record(spec['descent'], 'descent'), blanks.length, number, list),
  };
}

function descentOptions(
  descent: Record<string, unknown>,
  blanks: number,
  number: (value: unknown, name: string) => number,
  list: (value: unknown, name: string) => unknown[],
): DescentOptions {
  const positive = (key: string): number => {
    const value = number(descent[key], `descent.${key}`);
    if (value <= 0) throw new Error(`The houses widget's option "descent.${key}" must be above 0.`);
    return value;
  };
  const target = list(descent['target'], 'descent.target').map((value, i) => number(value, `descent.target[${i}]`));
  if (target.length !== blanks) throw new Error('The houses widget\'s option "descent.target" must have one number per blank.');
  const epochs = positive('epochs');
  if (!Number.isInteger(epochs)) throw new Error('The houses widget\'s option "descent.epochs" must be a whole number.');
  return {
    learningRate: positive('learningRate'),
    epochs,
    epochsPerSecond: positive('epochsPerSecond'),
    target,
    tolerance: positive('tolerance'),
  };
}
