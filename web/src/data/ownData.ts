// The learner's own 2-D data as the page keeps it: points with a class index (0, 1, …) or a value,
// each for training or testing, and the engine's dataset of them (config.ts OwnDataset: CSV text
// "x1,x2,class" or "x1,x2,value", with the training rows first). Pure: no DOM, no engine (tests/web/ownData.test.mjs).
import type { OwnDataset } from '../config';
import { ownDatasetOf } from '../sessionConfig';
import { MULTI_CLASS_DATASETS, type PlaygroundState } from '../state';

export interface OwnPoint {
  x: number;
  y: number;
  /** A class index 0, 1, … or a value. */
  label: number;
  test: boolean;
}

/** What the labels are: classes, or values to predict (regression). */
export type LabelKind = OwnDataset['labels'];

/**
 * The engine's dataset of `points`, or why there is none yet: the engine needs two points, one for
 * training and one for testing, and points of two classes for classification.
 */
export function ownDataset(points: readonly OwnPoint[], labels: LabelKind): OwnDataset | string {
  const train = points.filter((point) => !point.test);
  const test = points.filter((point) => point.test);
  if (train.length === 0 || test.length === 0) return 'Add at least two points: every other one is kept for testing.';
  if (labels === 'classes' && classCount(points) < 2) return 'Add points of at least two classes.';
  const rows = [...train, ...test].map(({ x, y, label }) => `${x},${y},${label}`);
  // The engine trains on the first ⌊n · trainPercent / 100⌋ rows: half a row more than train.length keeps ⌊⌋ exact.
  const trainPercent = ((train.length + 0.5) * 100) / points.length;
  return { csv: `${header(labels)}\n${rows.join('\n')}\n`, labels, trainPercent };
}

/** Distinct labels of classification points. */
export const classCount = (points: readonly OwnPoint[]): number => new Set(points.map((point) => point.label)).size;

/**
 * The points of the engine's x, y, label triples (its `points` message): for two classes its labels
 * are −1 and +1, which become classes 0 and 1, as the engine numbers them.
 */
export function pointsOfTriples(train: Float32Array, test: Float32Array, labels: LabelKind, classes: number): OwnPoint[] {
  const points: OwnPoint[] = [];
  for (const [triples, isTest] of [[train, false], [test, true]] as const) {
    for (let i = 0; i + 2 < triples.length; i += 3) {
      const label = labels === 'classes' && classes === 2 ? (triples[i + 2]! > 0 ? 1 : 0) : triples[i + 2]!;
      points.push({ x: triples[i]!, y: triples[i + 1]!, label, test: isTest });
    }
  }
  return points;
}

/** The points of a stored dataset's CSV (as ownDataset writes it: no quotes, training rows first). */
export function pointsOfDataset({ csv, trainPercent }: OwnDataset, fallbackPercent: number): OwnPoint[] {
  const rows = csv.trim().split('\n').slice(1).map((line) => line.split(',').map(Number));
  const trainRows = Math.min(rows.length - 1, Math.max(1, Math.floor((rows.length * (trainPercent ?? fallbackPercent)) / 100)));
  return rows.map(([x, y, label], row) => ({ x: x!, y: y!, label: label!, test: row >= trainRows }));
}

/** Classes of the data the engine has, or 0 for values: what decides whether new data fits the network. */
export function shapeOf(points: readonly OwnPoint[], labels: LabelKind): number {
  return labels === 'values' ? 0 : classCount(points);
}

/** The header of own data: the label column's name says what it holds, so a file read back keeps it. */
const header = (labels: LabelKind): string => `x1,x2,${labels === 'classes' ? 'class' : 'value'}`;

/** What a label column's name says it holds ("class", "value"), or 'auto'. */
export function labelsNamed(column: string): LabelKind | 'auto' {
  return column === 'class' ? 'classes' : column === 'value' ? 'values' : 'auto';
}

/** The CSV that "Download data" saves: one point per row, training rows first; "Upload CSV" reads it back. */
export function downloadCsv(points: readonly OwnPoint[], labels: LabelKind): string {
  const ordered = [...points.filter((point) => !point.test), ...points.filter((point) => point.test)];
  return `${header(labels)}\n${ordered.map(({ x, y, label }) => `${x},${y},${label}`).join('\n')}\n`;
}

/** What the data on screen is: its labels and classes (0 for values), from the settings and the own data `stored`. */
export function shapeOfState(state: Readonly<PlaygroundState>, stored: string | null): { labels: LabelKind; classes: number } {
  const own = state.customData ? ownDatasetOf(stored) : null;
  if (own) return { labels: own.labels, classes: shapeOf(pointsOfDataset(own, state.percTrainData), own.labels) };
  if (state.problem === 'regression') return { labels: 'values', classes: 0 };
  const multi = (MULTI_CLASS_DATASETS as readonly string[]).includes(state.dataset);
  return { labels: 'classes', classes: multi ? state.numClasses : 2 };
}

/** The settings that decide the data: when they change, the points on screen are other points. */
export function dataIdentity(state: Readonly<PlaygroundState>): string {
  const { customData, problem, dataset, regDataset, numClasses, points, curve, noise, percTrainData, seed, dataSeed } = state;
  return JSON.stringify([customData, problem, dataset, regDataset, numClasses, points, curve, noise, percTrainData, dataSeed || seed]);
}

/** What the page and the Share dialog say of own data. */
export const OWN_DATA_NOTE =
  'Your own data stays in this browser: a link to this experiment names it but does not carry it, so the link shows it only here, and generated data elsewhere.';
