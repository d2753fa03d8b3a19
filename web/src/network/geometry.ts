// Where the network column's parts go, in CSS pixels, for the width it is given.

/** Room left of the feature thumbnails for their labels. */
export const LABEL_WIDTH = 58;
/** Room above the neurons for each hidden layer's +/− buttons and "N neurons". */
const HEADER_HEIGHT = 58;
/** The bias square at a neuron's bottom-left. */
export const BIAS_SIZE = 6;
/** Side of the square that a click or tap on a bias hits: 24 px, WCAG's minimum target size. */
export const BIAS_TARGET = 24;

const NODE_MAX = 36;
const NODE_MIN = 24;
const GAP_MIN = 42;
const GAP_MAX = 170;
const PADDING = 8;

export interface Geometry {
  /** Side of a neuron's square thumbnail. */
  node: number;
  /** Distance between the tops of two neurons of a column. */
  pitch: number;
  width: number;
  height: number;
  /** Left edge of each column's squares. */
  columnX: number[];
}

/**
 * Columns of at most `rows` neurons spread over `available` pixels: squares shrink to NODE_MIN
 * before the diagram grows wider than it is given (its container then scrolls).
 */
export function geometryOf(columns: number, rows: number, available: number): Geometry {
  const gaps = Math.max(1, columns - 1);
  const room = available - LABEL_WIDTH - 2 * PADDING;
  const node = Math.floor(Math.max(NODE_MIN, Math.min(NODE_MAX, (room - gaps * GAP_MIN) / columns)));
  const gap = Math.floor(Math.max(GAP_MIN, Math.min(GAP_MAX, (room - columns * node) / gaps)));
  const pitch = node + Math.max(10, Math.round(node * 0.45));
  const columnX = Array.from({ length: columns }, (_, c) => PADDING + LABEL_WIDTH + c * (node + gap));
  return {
    node,
    pitch,
    width: columnX[columns - 1]! + node + PADDING,
    height: HEADER_HEIGHT + (rows - 1) * pitch + node + BIAS_SIZE + PADDING,
    columnX,
  };
}

/** The top-left corner of the neuron at `row` of `column`. */
export function nodeAt(geometry: Geometry, column: number, row: number): { x: number; y: number } {
  return { x: geometry.columnX[column]!, y: HEADER_HEIGHT + row * geometry.pitch };
}

/** Two geometries that draw the same. */
export function sameGeometry(a: Geometry, b: Geometry): boolean {
  return a.node === b.node && a.width === b.width && a.height === b.height;
}
