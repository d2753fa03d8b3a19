// The words and numbers a descent widget shows and says: pure, so the sentences can be checked alone.
import type { Parameters } from './descentOptions';
import type { PathPoint } from './descentPath';

const threeDigits = new Intl.NumberFormat('en-US', { maximumSignificantDigits: 3 });
const scientific = new Intl.NumberFormat('en-US', { notation: 'scientific', maximumSignificantDigits: 3 });

/** A number to three significant digits: 0.000412, 6.13, 1,230; "1.23E12" from 10¹² on; "∞" past the floats. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return value > 0 ? '∞' : value < 0 ? '-∞' : '?';
  if (Math.abs(value) < 1e-6) return '0';
  return (Math.abs(value) >= 1e12 ? scientific : threeDigits).format(value);
}

const percent = (fraction: number): string => `${threeDigits.format(fraction * 100)}%`;

/** What step `steps` did: the slope, the update w ← w − η ∂L/∂w worked out, and the loss before and after. */
export function stepSentence(steps: number, from: PathPoint & { slope: Parameters }, to: PathPoint, rate: number, learnBias: boolean): string {
  const f = formatNumber;
  const moveW = `w moved by −η × ∂L/∂w = −${f(rate)} × (${f(from.slope.w)}) = ${f(to.w - from.w)}, from ${f(from.w)} to ${f(to.w)}`;
  const moveB = learnBias ? `; b moved by −${f(rate)} × (${f(from.slope.b)}) = ${f(to.b - from.b)}, to ${f(to.b)}` : '';
  return `Step ${steps}: ${moveW}${moveB}. The loss went from ${f(from.loss)} to ${f(to.loss)}.`;
}

/** Said when the steps run away: the loss grows without bound, from the start to now. */
export function runawaySentence(path: readonly PathPoint[]): string {
  const first = path[0]!;
  const last = path[path.length - 1]!;
  return (
    `The steps got bigger each time: the loss is growing without bound (from ${formatNumber(first.loss)} to ` +
    `${formatNumber(last.loss)} in ${path.length - 1} steps): training diverges. Press Reset and pick a smaller step size.`
  );
}

/** Said when the engine's loss overflowed at step `steps`. */
export const infiniteSentence = (steps: number): string =>
  `The steps got bigger each time: the loss went to infinity at step ${steps}, training diverged. Press Reset and pick a smaller step size.`;

/** Said when the goal is met. */
export const bottomSentence = (steps: number, loss: number, lowest: number, within: number): string =>
  `At the bottom in ${steps} ${steps === 1 ? 'step' : 'steps'}: the loss ${formatNumber(loss)} is within ${percent(within)} of the lowest, ${formatNumber(lowest)}.`;

/** Added when the bottom was reached, but not in fewer than `goalSteps` steps. */
export const lateSentence = (goalSteps: number): string => `The goal asks for fewer than ${goalSteps} steps: try a larger step size.`;

/** Said when `steps` steps have not reached the bottom. */
export const tooSlowSentence = (steps: number, loss: number, lowest: number): string =>
  `${steps} steps and not at the bottom yet: the loss is ${formatNumber(loss)}, the lowest is ${formatNumber(lowest)}.`;

/** Said when a step changes nothing any more. */
export const settledSentence = (steps: number): string =>
  `The ball has stopped after ${steps} steps: the slope here is 0, so every step is 0 long.`;
