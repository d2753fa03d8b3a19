// Where the network column's parts go, in CSS pixels, for the width it is given.

/** Room left of the feature thumbnails for their labels. */
export const LABEL_WIDTH = 58;
/** Room above the neurons for each hidden layer's +/− buttons and "N neurons". */
const HEADER_HEIGHT = 58;
/** More room for a hidden layer's activation menu under its "N neurons" (layerMenus). */
const MENU_HEIGHT = 26;
/** The bias square at a neuron's bottom-left. */
export const BIAS_SIZE = 6;
/** Side of the square that a click or tap on a bias hits: 24 px, WCAG's minimum target size. */
export const BIAS_TARGET = 24;

const NODE_MAX = 36;
const NODE_MIN = 24;
/** A column of more than DENSE_ROWS neurons shrinks them, down to NODE_DENSE_MIN, to stay as tall as DENSE_ROWS. */
const DENSE_ROWS = 8;
const NODE_DENSE_MIN = 8;
const GAP_MIN = 42;
const GAP_MAX = 170;
const PADDING = 8;

export interface Geometry {
  /** Side of the largest neuron's square thumbnail; each column is that wide. */
  node: number;
  /** Side of each column's squares: smaller in a column of many neurons. */
  nodes: number[];
  /** Distance between the tops of two neurons of each column. */
  pitches: number[];
  /** Height of the layers' headers above the neurons. */
  header: number;
  width: number;
  height: number;
  /** Left edge of each column. */
  columnX: number[];
}

/** Distance between the tops of two neurons of side `node`; a column of many is packed closer. */
const pitchOf = (node: number, dense: boolean): number => node + Math.max(dense ? 4 : 10, Math.round(node * 0.45));

/** Side of the squares of a column of `rows` neurons, at most `node`: a dense column fits the height of DENSE_ROWS largest. */
function columnNode(rows: number, node: number): number {
  if (rows <= DENSE_ROWS) return node;
  const room = (DENSE_ROWS - 1) * pitchOf(NODE_MAX, false) + NODE_MAX;
  let side = node;
  while (side > NODE_DENSE_MIN && (rows - 1) * pitchOf(side, true) + side > room) side -= 1;
  return side;
}

/**
 * Columns of `columnRows[c]` neurons spread over `available` pixels: squares shrink to NODE_MIN
 * before the diagram grows wider than it is given (its container then scrolls), and in a column
 * of more than DENSE_ROWS neurons they shrink so that the column stays as tall as DENSE_ROWS.
 * `layerMenus`: the headers have room for an activation menu.
 */
export function geometryOf(columnRows: readonly number[], available: number, { layerMenus = false } = {}): Geometry {
  const columns = columnRows.length;
  const gaps = Math.max(1, columns - 1);
  const room = available - LABEL_WIDTH - 2 * PADDING;
  const node = Math.floor(Math.max(NODE_MIN, Math.min(NODE_MAX, (room - gaps * GAP_MIN) / columns)));
  const gap = Math.floor(Math.max(GAP_MIN, Math.min(GAP_MAX, (room - columns * node) / gaps)));
  const nodes = columnRows.map((rows) => columnNode(rows, node));
  const pitches = columnRows.map((rows, c) => pitchOf(nodes[c]!, rows > DENSE_ROWS));
  const columnX = Array.from({ length: columns }, (_, c) => PADDING + LABEL_WIDTH + c * (node + gap));
  const header = HEADER_HEIGHT + (layerMenus ? MENU_HEIGHT : 0);
  const tallest = Math.max(...columnRows.map((rows, c) => (rows - 1) * pitches[c]! + nodes[c]!));
  return {
    node,
    nodes,
    pitches,
    header,
    width: columnX[columns - 1]! + node + PADDING,
    height: header + tallest + BIAS_SIZE + PADDING,
    columnX,
  };
}

/** The top-left corner of the neuron at `row` of `column`: centred in its column. */
export function nodeAt(geometry: Geometry, column: number, row: number): { x: number; y: number } {
  const inset = Math.floor((geometry.node - geometry.nodes[column]!) / 2);
  return { x: geometry.columnX[column]! + inset, y: geometry.header + row * geometry.pitches[column]! };
}

/** Side of the squares of `column`. */
export const sizeOf = (geometry: Geometry, column: number): number => geometry.nodes[column]!;

/** Two geometries that draw the same. */
export function sameGeometry(a: Geometry, b: Geometry): boolean {
  return a.nodes.join() === b.nodes.join() && a.width === b.width && a.height === b.height && a.header === b.header;
}
