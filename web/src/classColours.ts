// The colours of 3 to 8 classes: Okabe and Ito's palette, told apart with the common colour-vision
// deficiencies. Two classes keep the Playground's diverging scheme (colours.ts). Pure, no DOM.
import type { ColourScheme, Rgb } from './colours';

/** Okabe–Ito, orange and blue first as in the Playground: class k is CLASS_COLOURS[k]. */
export const CLASS_COLOURS: readonly Rgb[] = [
  [230, 159, 0], // orange
  [0, 114, 178], // blue
  [0, 158, 115], // bluish green
  [213, 94, 0], // vermilion
  [86, 180, 233], // sky blue
  [204, 121, 167], // reddish purple
  [240, 228, 66], // yellow
  [0, 0, 0], // black
];

/** Okabe and Ito's names of CLASS_COLOURS, for the legend's accessible names. */
export const CLASS_COLOUR_NAMES: readonly string[] = ['orange', 'blue', 'bluish green', 'vermilion', 'sky blue', 'reddish purple', 'yellow', 'black'];

/** The colour of a point's label: a class index when there are more than two classes, else a value in [-1, 1]. */
export type LabelColour = (label: number) => Rgb;

/** Labels of `classes` classes (the engine's ±1 for two, class indices for more, 0 for regression) in colours. */
export function labelColour(scheme: ColourScheme, classes: number): LabelColour {
  return classes > 2 ? (label) => CLASS_COLOURS[Math.round(label) % CLASS_COLOURS.length]! : (label) => scheme.rgb(label);
}

