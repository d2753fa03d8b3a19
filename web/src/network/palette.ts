// A colour scheme tabulated for drawing many values a frame: pixels and CSS colours by shade index.
import { classRampScheme } from '../classMap';
import type { ColourScheme } from '../colours';

const SHADES = 256;

export class Palette {
  /** Each shade as one RGBA pixel of a little-endian Uint32Array view of ImageData. */
  readonly pixels = new Uint32Array(SHADES);
  /** Each shade as a CSS colour. */
  readonly css: string[] = [];

  constructor(scheme: ColourScheme) {
    for (let i = 0; i < SHADES; ++i) {
      const [r, g, b] = scheme.rgb(this.valueOf(i)).map(Math.round) as [number, number, number];
      this.pixels[i] = ((255 << 24) | (b << 16) | (g << 8) | r) >>> 0;
      this.css.push(`rgb(${r} ${g} ${b})`);
    }
  }

  /** The shade of `value`, clamped to [-1, 1]; NaN is the middle. Called per pixel: keep it plain. */
  shade(value: number): number {
    if (value > -1) return value < 1 ? ((value + 1) * ((SHADES - 1) / 2) + 0.5) | 0 : SHADES - 1;
    return value <= -1 ? 0 : SHADES >> 1;
  }

  private valueOf(shade: number): number {
    return (2 * shade) / (SHADES - 1) - 1;
  }
}

const classPalettes = new Map<number, Palette>();

/** Class `k`'s probability (values 0 to 1; below 0 as 0): white to the class's colour. */
export function classPalette(k: number): Palette {
  let palette = classPalettes.get(k);
  if (!palette) {
    palette = new Palette(classRampScheme(k));
    classPalettes.set(k, palette);
  }
  return palette;
}
