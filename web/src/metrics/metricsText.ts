// What the Metrics panel says, from the engine's numbers (protocol.ts MetricsReport): how a class is
// named, how a number is written, and which points a cell of a confusion matrix counts. Pure, no
// imports of values, so it is tested under Node.
import type { MapPoint } from '../map/mapTools';
import type { MetricsReport } from '../protocol';

/** A cell of one set's confusion matrix. */
export interface Cell {
  set: 'train' | 'test';
  truth: number;
  predicted: number;
}

export const SET_NAMES = { train: 'Training', test: 'Test' } as const;

/** Two classes are the Playground's −1 and 1 (class 0 and class 1 in the engine); more are numbered from 1, as the legend names them. */
export function className(index: number, classes: number): string {
  return classes === 2 ? (index === 0 ? '−1' : '1') : String(index + 1);
}

/** The engine's class index of a point's label as `session.points` gives it: ±1 for two classes, the index for more. */
export function classOfLabel(label: number, classes: number): number {
  return classes === 2 ? (label > 0 ? 1 : 0) : label;
}

/** A share as a percentage with one decimal; "—" where it does not apply (null). */
export function percent(share: number | null): string {
  return share === null ? '—' : `${(100 * share).toFixed(1)}%`;
}

/** Three decimals, in powers of ten when huge; "—" where it does not apply (null). */
export function decimal(value: number | null): string {
  if (value === null) return '—';
  return Math.abs(value) < 1e4 ? value.toFixed(3) : value.toExponential(2);
}

/**
 * The places of the points counted in `cell`: those of `points` (x, y, label triples) whose true
 * class is `cell.truth` and whose predicted class (`predicted`, one per point) is `cell.predicted`.
 * None when the two do not describe the same data (new points before their metrics).
 */
export function cellPoints(points: Float32Array, predicted: readonly number[], classes: number, cell: Cell): MapPoint[] {
  if (points.length !== 3 * predicted.length) return [];
  const found: MapPoint[] = [];
  for (let i = 0; i < predicted.length; i++) {
    if (predicted[i] === cell.predicted && classOfLabel(points[3 * i + 2]!, classes) === cell.truth) {
      found.push({ x: points[3 * i]!, y: points[3 * i + 1]! });
    }
  }
  return found;
}

/** What the live region says of the points ringed on the map. */
export function cellSentence(cell: Cell, count: number, classes: number): string {
  const points = count === 1 ? 'point' : 'points';
  return `Ringed on the map: ${count} ${SET_NAMES[cell.set].toLowerCase()} ${points} of class ${className(cell.truth, classes)} predicted as ${className(cell.predicted, classes)}.`;
}

/** The panel's rows of numbers, each a name and its text: accuracies for classification, RMSE and R² for regression. */
export function metricRows(report: MetricsReport): [string, string][] {
  const classes = report.confusion.length;
  if (classes === 0) return [['Loss', decimal(report.loss)], ['RMSE', decimal(report.rmse)], ['R²', decimal(report.r2)]];
  return [
    ['Loss', decimal(report.loss)],
    ['Accuracy', percent(report.accuracy)],
    ...report.classAccuracy.map((share, c): [string, string] => [`Accuracy of class ${className(c, classes)}`, percent(share)]),
  ];
}
