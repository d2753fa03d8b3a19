// Diverging colour schemes for values in [-1, 1]: -1 the negative class (or the low end), +1 the positive.
import { interpolateCividis, interpolatePuOr } from 'd3-scale-chromatic';

export type Rgb = [number, number, number];

export interface ColourScheme {
  /** Stable key, used in the URL hash (`colours=...`). */
  name: string;
  /** What the scheme selector shows. */
  label: string;
  /** The colour of `value` in [-1, 1]; values outside are clamped, NaN is the middle. */
  rgb(value: number): Rgb;
}

/** Entries in each scheme's lookup table: fine enough that neighbouring shades cannot be told apart. */
const STEPS = 256;

/** A scheme read from a table of STEPS colours sampled evenly over [-1, 1]. */
function tabulated(name: string, label: string, colourAt: (t: number) => Rgb): ColourScheme {
  const table = Array.from({ length: STEPS }, (_, i) => colourAt(i / (STEPS - 1)));
  return {
    name,
    label,
    rgb(value: number): Rgb {
      const v = Number.isNaN(value) ? 0 : Math.max(-1, Math.min(1, value));
      return table[Math.round(((v + 1) / 2) * (STEPS - 1))]!;
    },
  };
}

function mix(a: Rgb, b: Rgb, t: number): Rgb {
  return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t].map(Math.round) as Rgb;
}

/** d3's interpolators answer "rgb(r, g, b)"; t in [0, 1]. */
function fromD3(interpolate: (t: number) => string): (t: number) => Rgb {
  return (t) => {
    const [r, g, b] = interpolate(t).match(/\d+/g)!.map(Number);
    return [r!, g!, b!];
  };
}

// TensorFlow Playground's scale: -1 orange, 0 light grey, +1 blue.
const ORANGE: Rgb = [245, 147, 34];
const GREY: Rgb = [232, 234, 235];
const BLUE: Rgb = [8, 119, 189];

export const colourSchemes: ColourScheme[] = [
  tabulated('playground', 'Orange / blue', (t) => (t < 0.5 ? mix(ORANGE, GREY, 2 * t) : mix(GREY, BLUE, 2 * t - 1))),
  // ColorBrewer's PuOr, safe for the common colour-vision deficiencies; reversed so +1 is purple.
  tabulated('puor', 'Orange / purple (colour-blind safe)', fromD3((t) => interpolatePuOr(1 - t))),
  // Cividis changes lightness monotonically: dark for -1, light for +1, readable even in greyscale.
  tabulated('cividis', 'Dark / light (cividis)', fromD3(interpolateCividis)),
];

/** The output map's background is its colours at this opacity over white, so the points stand out. */
const BACKGROUND_OPACITY = 160 / 255;

/** A colour as the output map's background shows it: lightened towards white. */
export function lightened(rgb: Rgb): Rgb {
  return rgb.map((c) => Math.round(255 + (c - 255) * BACKGROUND_OPACITY)) as Rgb;
}

/** The scheme named `name`, else the Playground's. */
export function colourScheme(name: string): ColourScheme {
  return colourSchemes.find((scheme) => scheme.name === name) ?? colourSchemes[0]!;
}
