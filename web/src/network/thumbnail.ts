// A neuron's activation over the input square, drawn small: a canvas of every k-th grid cell.
import type { Palette } from './palette';

export class Thumbnail {
  readonly canvas = document.createElement('canvas');
  private readonly context: CanvasRenderingContext2D;
  private image = new ImageData(1, 1);
  private pixels = new Uint32Array(this.image.data.buffer);
  private resolution = 0;
  private step = 1;

  /** Shown `size` CSS pixels wide, with about one grid cell per CSS pixel. */
  constructor(private readonly size: number) {
    this.canvas.className = 'nnplay-net-thumbnail';
    this.canvas.style.width = this.canvas.style.height = `${size}px`;
    const context = this.canvas.getContext('2d');
    if (!context) throw new Error('This browser has no 2-D canvas.');
    this.context = context;
  }

  /**
   * Draws the resolution × resolution grid that starts at `offset` in `grids`, row 0 at the top;
   * `discretize`: each cell's sign instead of its value (as the output view's Discretize output).
   */
  draw(grids: Float32Array, offset: number, resolution: number, palette: Palette, discretize = false): void {
    if (resolution !== this.resolution) this.resize(resolution);
    const { pixels, step } = this;
    const shades = palette.pixels;
    const cells = this.image.width;
    let i = 0;
    for (let row = 0; row < cells; ++row) {
      const start = offset + row * step * resolution;
      for (let col = 0; col < cells; ++col) {
        const value = grids[start + col * step]!;
        pixels[i++] = shades[palette.shade(discretize ? (value >= 0 ? 1 : -1) : value)]!;
      }
    }
    this.context.putImageData(this.image, 0, 0);
  }

  private resize(resolution: number): void {
    this.resolution = resolution;
    this.step = Math.max(1, Math.floor(resolution / this.size));
    const cells = Math.floor((resolution - 1) / this.step) + 1;
    this.canvas.width = this.canvas.height = cells;
    this.image = new ImageData(cells, cells);
    this.pixels = new Uint32Array(this.image.data.buffer);
  }
}
