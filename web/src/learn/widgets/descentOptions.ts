// The options of a `descent` widget block (docs/lessons.md), checked and given their defaults: the
// data, which parameters the steps move, where they start, the step sizes to offer and the goal.
import type { WidgetSpec } from '../lessonData';

/** A closed interval [low, high] of one parameter's values. */
export type Interval = readonly [number, number];

/** A value of the model's two parameters: the weight w and the bias b of prediction = w·x + b. */
export interface Parameters {
  w: number;
  b: number;
}

export interface StepSize {
  /** What the learner picks it by: "too small", "about right", "too large". */
  name: string;
  /** The learning rate η. */
  rate: number;
}

export interface DescentOptions {
  /** The data set's (x, y) pairs: the model predicts y from x. */
  points: readonly (readonly [number, number])[];
  /** Whether the steps move the bias too (a contour map of w and b) or only w (a curve of w, b held). */
  learnBias: boolean;
  start: Parameters;
  /** The values of w (and b) the figure shows at first; it widens to show every step. */
  range: { w: Interval; b: Interval };
  /** The step sizes offered, in order; the learner may also type a value of their own. */
  stepSizes: readonly StepSize[];
  /** The step size at the start: one of `stepSizes` by name. */
  stepSize: string;
  /** The goal is reached with a loss within `goalWithin` (a fraction) of the lowest, in fewer than `goalSteps` steps. */
  goalSteps: number;
  goalWithin: number;
  /** Milliseconds between two steps while running. */
  stepMs: number;
}

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** The options of `spec`, or an error naming the option that is wrong, for the lesson's author. */
export function descentOptions(spec: WidgetSpec): DescentOptions {
  const fail = (problem: string): never => {
    throw new Error(`The descent widget "${spec.label}": ${problem}`);
  };
  const number = (value: unknown, name: string, fallback?: number): number => {
    if (value === undefined && fallback !== undefined) return fallback;
    return isNumber(value) ? value : fail(`"${name}" must be a number.`);
  };
  const interval = (value: unknown, name: string, fallback: Interval): Interval => {
    if (value === undefined) return fallback;
    const [low, high] = Array.isArray(value) && value.length === 2 ? value : [];
    return isNumber(low) && isNumber(high) && low < high ? [low, high] : fail(`"${name}" must be two numbers [low, high], low first.`);
  };

  const points = spec['points'];
  if (!Array.isArray(points) || points.length < 2 || !points.every((p) => Array.isArray(p) && p.length === 2 && p.every(isNumber))) {
    return fail('"points" must be a list of at least two [x, y] pairs of numbers.');
  }
  const learn = spec['learn'] ?? 'w';
  if (learn !== 'w' && learn !== 'w and b') return fail('"learn" must be "w" or "w and b".');
  const start = record(spec['start'] ?? {}, 'start', fail);
  const range = record(spec['range'] ?? {}, 'range', fail);
  const sizes = record(spec['stepSizes'], 'stepSizes', fail);
  const stepSizes = Object.entries(sizes).map(([name, rate]) => ({ name, rate: number(rate, `stepSizes.${name}`) }));
  if (stepSizes.length === 0 || stepSizes.some((size) => size.rate <= 0)) return fail('"stepSizes" must name at least one step size, each above 0.');
  const stepSize = spec['stepSize'] ?? stepSizes[0]!.name;
  if (!stepSizes.some((size) => size.name === stepSize)) return fail(`"stepSize" must be one of ${stepSizes.map((size) => size.name).join(', ')}.`);
  const goalSteps = number(spec['goalSteps'], 'goalSteps', 20);
  if (!Number.isInteger(goalSteps) || goalSteps < 1) return fail('"goalSteps" must be a whole number of steps, 1 or more.');
  return {
    points: points as [number, number][],
    learnBias: learn === 'w and b',
    start: { w: number(start['w'], 'start.w', 0), b: number(start['b'], 'start.b', 0) },
    range: { w: interval(range['w'], 'range.w', [-3, 3]), b: interval(range['b'], 'range.b', [-3, 3]) },
    stepSizes,
    stepSize: String(stepSize),
    goalSteps,
    goalWithin: number(spec['goalWithin'], 'goalWithin', 0.01),
    stepMs: number(spec['stepMs'], 'stepMs', 200),
  };
}

function record(value: unknown, name: string, fail: (problem: string) => never): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail(`"${name}" must be a mapping (name: value).`);
  return value as Record<string, unknown>;
}
