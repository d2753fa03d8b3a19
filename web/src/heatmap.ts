// The decision boundary: the network's output over the input square as colours, the data drawn on top.

/** Half the side of the input square [-6, 6]² that the engine's grid and datasets span. */
const EXTENT = 6;
const POINT_RADIUS = 3.5;

type Rgb = readonly [number, number, number];
// TensorFlow Playground's diverging scale: -1 orange, 0 light grey, +1 blue.
const NEGATIVE: Rgb = [245, 147, 34];
const NEUTRAL: Rgb = [232, 234, 235];
const POSITIVE: Rgb = [8, 119, 189];

function mix(a: Rgb, b: Rgb, t: number): Rgb {
  return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t];
}

const clamp = (value: number): number => Math.max(-1, Math.min(1, value));

/** The scale's colour for `value` in [-1, 1]; values outside are clamped. */
function colorOf(value: number): Rgb {
  const v = clamp(value);
  return v < 0 ? mix(NEUTRAL, NEGATIVE, -v) : mix(NEUTRAL, POSITIVE, v);
}

/** 256 background shades over [-1, 1]: the scale at 160/255 opacity over white, so the points stand out. */
const SHADES = Array.from({ length: 256 }, (_, i) => mix([255, 255, 255], colorOf((2 * i) / 255 - 1), 160 / 255));
const shadeOf = (value: number): Rgb => SHADES[Math.round((clamp(value) + 1) * 127.5)]!;

const css = (c: Rgb): string => `rgb(${c.map(Math.round).join(' ')})`;

export class Heatmap {
  /** Drawn at its full pixel size: the scaled-up grid, then the points. */
  private readonly canvas: HTMLCanvasElement;
  /** One pixel per grid cell. */
  private readonly cells: HTMLCanvasElement;
  private readonly image: ImageData;
  private train: Float32Array = new Float32Array();
  private test: Float32Array = new Float32Array();

  constructor(parent: HTMLElement, resolution: number, size: number) {
    this.canvas = document.createElement('canvas');
    this.canvas.className = 'nnplay-heatmap';
    this.canvas.setAttribute('role', 'img');
    this.canvas.setAttribute('aria-label', 'Decision boundary');
    const pixels = Math.round(size * window.devicePixelRatio);
    this.canvas.width = this.canvas.height = pixels;
    this.canvas.style.width = this.canvas.style.height = `${size}px`;
    parent.append(this.canvas);

    this.cells = document.createElement('canvas');
    this.cells.width = this.cells.height = resolution;
    this.image = new ImageData(resolution, resolution);
  }

  /** Sets the data as x, y, label triples; shown from the next `draw`. */
  setPoints(train: Float32Array, test: Float32Array): void {
    this.train = train;
    this.test = test;
  }

  /** Draws `output`, resolution² values row by row from the top (y = 6), and the points. */
  draw(output: Float32Array): void {
    const data = this.image.data;
    output.forEach((value, i) => {
      const [r, g, b] = shadeOf(value);
      data[4 * i] = r;
      data[4 * i + 1] = g;
      data[4 * i + 2] = b;
      data[4 * i + 3] = 255;
    });
    context(this.cells).putImageData(this.image, 0, 0);

    const ctx = context(this.canvas);
    ctx.imageSmoothingEnabled = true;
    ctx.drawImage(this.cells, 0, 0, this.canvas.width, this.canvas.height);
    this.drawPoints(ctx, this.train, 'white');
    this.drawPoints(ctx, this.test, 'black');
  }

  private drawPoints(ctx: CanvasRenderingContext2D, points: Float32Array, stroke: string): void {
    const scale = this.canvas.width / (2 * EXTENT);
    const radius = POINT_RADIUS * window.devicePixelRatio;
    ctx.lineWidth = window.devicePixelRatio;
    ctx.strokeStyle = stroke;
    for (let i = 0; i + 2 < points.length; i += 3) {
      const x = points[i]!;
      const y = points[i + 1]!;
      ctx.fillStyle = css(colorOf(points[i + 2]!));
      ctx.beginPath();
      ctx.arc((x + EXTENT) * scale, (EXTENT - y) * scale, radius, 0, 2 * Math.PI);
      ctx.fill();
      ctx.stroke();
    }
  }
}

function context(canvas: HTMLCanvasElement): CanvasRenderingContext2D {
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('This browser has no 2-D canvas.');
  return ctx;
}
