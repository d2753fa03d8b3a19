// The output map of more than two classes as pixels: every class's colour blended by its
// probability, the most likely class alone (discretized), or one class's probability from white to
// its colour. The numbers are the engine's (classGrids, outputGrid); this only colours them. Pure.
import { CLASS_COLOURS } from './classColours';
import { lightened, type ColourScheme, type Rgb } from './colours';

export interface ClassMapView {
  /** The class whose probability alone is shown, or null for all of them. */
  shown: number | null;
  /** The most likely class in each cell instead of the probabilities. */
  discretize: boolean;
}

const WHITE: Rgb = [255, 255, 255];

/** RGB as one little-endian RGBA word of an ImageData's Uint32Array view. */
export function pixelWord([r, g, b]: Rgb): number {
  return ((255 << 24) | (b << 16) | (g << 8) | r) >>> 0;
}

/** Σₖ pₖ · colourₖ over the classes of `probabilities` [classes][cells] at `cell`. */
export function blendedRgb(probabilities: Float32Array, cells: number, cell: number): Rgb {
  const classes = probabilities.length / cells;
  let r = 0;
  let g = 0;
  let b = 0;
  for (let k = 0; k < classes; k++) {
    const p = probabilities[k * cells + cell]!;
    const colour = CLASS_COLOURS[k % CLASS_COLOURS.length]!;
    r += p * colour[0];
    g += p * colour[1];
    b += p * colour[2];
  }
  return [Math.round(r), Math.round(g), Math.round(b)];
}

/** White at p = 0 to class `k`'s colour at p = 1. */
export function classRampRgb(k: number, p: number): Rgb {
  const colour = CLASS_COLOURS[k % CLASS_COLOURS.length]!;
  const t = Math.max(0, Math.min(1, p));
  return WHITE.map((w, c) => Math.round(w + (colour[c]! - w) * t)) as Rgb;
}

const rampSchemes = new Map<number, ColourScheme>();

/** Class `k`'s probability as a colour scheme (values 0 to 1; below 0 as 0), one object per class. */
export function classRampScheme(k: number): ColourScheme {
  let scheme = rampSchemes.get(k);
  if (!scheme) {
    scheme = { name: `class-${k}`, label: `Class ${k + 1}`, rgb: (value) => classRampRgb(k, value) };
    rampSchemes.set(k, scheme);
  }
  return scheme;
}

/**
 * Fills `pixels` (one word per cell) from `probabilities` [classes][cells] and `best`, the engine's
 * most likely class of each cell [cells], as the background shows them (lightened).
 */
export function paintClasses(pixels: Uint32Array, probabilities: Float32Array, best: Float32Array, view: ClassMapView): void {
  const cells = best.length;
  const classWords = CLASS_COLOURS.map((colour) => pixelWord(lightened(colour)));
  const white = pixelWord(WHITE);
  const { shown, discretize } = view;
  for (let i = 0; i < cells; i++) {
    const top = best[i]!;
    if (discretize) pixels[i] = shown === null || shown === top ? classWords[top % classWords.length]! : white;
    else if (shown !== null) pixels[i] = pixelWord(lightened(classRampRgb(shown, probabilities[shown * cells + i]!)));
    else pixels[i] = pixelWord(lightened(blendedRgb(probabilities, cells, i)));
  }
}
