// The big output view: a grid of values over the input square as colours (or, for more than two
// classes, the classes' colours by probability), the data points on top.
import { labelColour, type LabelColour } from './classColours';
import { paintClasses } from './classMap';
import { lightened, type ColourScheme, type Rgb } from './colours';
import { drawPoints } from './points';

/** Point radius in CSS pixels. */
const POINT_RADIUS = 3.5;
const SHADES = 256;

/** The background colour of `value` (clamped to [-1, 1]): the scheme's colour, lightened towards white. */
export function heatmapRgb(scheme: ColourScheme, value: number): Rgb {
  return lightened(scheme.rgb(value));
}

export interface HeatmapView {
  scheme: ColourScheme;
  /** Each cell's sign (or most likely class) instead of its value (or probabilities). */
  discretize: boolean;
  showTestData: boolean;
  /** Classes of the data: more than two colour the points by class. */
  classes: number;
  /**
   * More than two classes: each class's probability [class][cell], with the grid holding each cell's
   * most likely class, and the class shown alone (null for all); null to colour the grid's values.
   */
  classMap: { probabilities: Float32Array; shown: number | null } | null;
}

export class Heatmap {
  /** Drawn at its on-screen pixel size: the scaled-up grid, then the points. */
  private readonly canvas: HTMLCanvasElement;
  /** One pixel per grid cell. */
  private readonly cells: HTMLCanvasElement;
  private readonly image: ImageData;
  /** The image's pixels as little-endian RGBA words. */
  private readonly pixels: Uint32Array;
  /** The points, drawn again only when they, the size or the view change. */
  private readonly pointsLayer: HTMLCanvasElement;
  private pointsDrawn = false;
  private readonly resizing: ResizeObserver;
  private train: Float32Array = new Float32Array();
  private test: Float32Array = new Float32Array();
  private grid: Float32Array | undefined;
  private view: HeatmapView | undefined;
  /** Background pixel words by shade, for `shadesOf`. */
  private shades = new Uint32Array(SHADES);
  private shadesOf: ColourScheme | undefined;

  constructor(parent: HTMLElement, resolution: number) {
    this.canvas = document.createElement('canvas');
    this.canvas.className = 'nnplay-heatmap';
    this.canvas.setAttribute('role', 'img');
    this.canvas.setAttribute('aria-label', 'Decision boundary');
    parent.append(this.canvas);
    this.cells = document.createElement('canvas');
    this.cells.width = this.cells.height = resolution;
    this.image = new ImageData(resolution, resolution);
    this.pixels = new Uint32Array(this.image.data.buffer);
    this.pointsLayer = document.createElement('canvas');

    this.resizing = new ResizeObserver(() => this.resize());
    this.resizing.observe(this.canvas);
  }

  /** Sets the data as x, y, label triples; shown from the next `draw`. */
  setPoints(train: Float32Array, test: Float32Array): void {
    this.train = train;
    this.test = test;
    this.pointsDrawn = false;
  }

  /** Draws `grid`, resolution² values row by row from the top (y = 6), and the points. */
  draw(grid: Float32Array, view: HeatmapView): void {
    const before = this.view;
    if (view.scheme !== before?.scheme || view.showTestData !== before.showTestData || view.classes !== before.classes) {
      this.pointsDrawn = false;
    }
    this.grid = grid;
    this.view = view;
    if (this.canvas.width === 0) return;
    if (this.shadesOf !== view.scheme) this.tabulate(view.scheme);
    const { pixels, shades } = this;
    const top = SHADES - 1;
    if (view.classMap) paintClasses(pixels, view.classMap.probabilities, grid, { shown: view.classMap.shown, discretize: view.discretize });
    else {
      for (let i = 0; i < grid.length; i++) {
        const value = grid[i]!;
        const v = view.discretize ? (value >= 0 ? 1 : -1) : value >= -1 ? (value <= 1 ? value : 1) : value < -1 ? -1 : 0;
        pixels[i] = shades[Math.round((v + 1) * (top / 2))]!;
      }
    }
    context(this.cells).putImageData(this.image, 0, 0);

    if (!this.pointsDrawn) this.drawPoints(view);
    const ctx = context(this.canvas);
    ctx.imageSmoothingEnabled = true;
    ctx.drawImage(this.cells, 0, 0, this.canvas.width, this.canvas.height);
    ctx.drawImage(this.pointsLayer, 0, 0);
  }

  destroy(): void {
    this.resizing.disconnect();
  }

  private resize(): void {
    const pixels = Math.round(this.canvas.clientWidth * window.devicePixelRatio);
    if (pixels === this.canvas.width) return;
    this.canvas.width = this.canvas.height = pixels;
    this.pointsLayer.width = this.pointsLayer.height = pixels;
    this.pointsDrawn = false;
    if (this.grid && this.view) this.draw(this.grid, this.view);
  }

  private tabulate(scheme: ColourScheme): void {
    this.shadesOf = scheme;
    this.shades = Uint32Array.from({ length: SHADES }, (_, i) => {
      const [r, g, b] = heatmapRgb(scheme, (2 * i) / (SHADES - 1) - 1);
      return ((255 << 24) | (b! << 16) | (g! << 8) | r!) >>> 0;
    });
  }

  private drawPoints(view: HeatmapView): void {
    const ctx = context(this.pointsLayer);
    ctx.clearRect(0, 0, this.pointsLayer.width, this.pointsLayer.height);
    const colourOf = labelColour(view.scheme, view.classes);
    this.drawSet(ctx, this.train, 'white', colourOf);
    if (view.showTestData) this.drawSet(ctx, this.test, 'black', colourOf);
    this.pointsDrawn = true;
  }

  private drawSet(ctx: CanvasRenderingContext2D, points: Float32Array, stroke: string, colourOf: LabelColour): void {
    const dpr = window.devicePixelRatio;
    // Smaller points on small screens, so the boundary stays visible.
    const radius = Math.min(POINT_RADIUS, this.canvas.clientWidth / 90) * dpr;
    ctx.lineWidth = dpr;
    ctx.strokeStyle = stroke;
    drawPoints(ctx, points, colourOf, radius, true);
  }
}

function context(canvas: HTMLCanvasElement): CanvasRenderingContext2D {
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('This browser has no 2-D canvas.');
  return ctx;
}
