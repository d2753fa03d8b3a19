// Pixels for the figure, drawn by the browser: a grid of values as a PNG image URL (each cell one
// pixel), and the figure's SVG drawn to a PNG at a multiple of its size.
import type { Rgb } from '../colours';
import { withPixelDensity } from './pngDensity';

/** CSS pixels to the inch: an SVG's size in px is 1/96 of an inch each. */
const CSS_DPI = 96;

function canvasOf(width: number, height: number): { canvas: HTMLCanvasElement; context: CanvasRenderingContext2D } {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This browser has no 2-D canvas.');
  return { canvas, context };
}

/**
 * The resolution² grid that starts at `offset` in `grids` (row 0 at the top) as a PNG data URL,
 * each cell one pixel of the colour `colour` gives its value.
 */
export function gridImage(grids: Float32Array, offset: number, resolution: number, colour: (value: number) => Rgb): string {
  const { canvas, context } = canvasOf(resolution, resolution);
  const image = context.createImageData(resolution, resolution);
  for (let i = 0; i < resolution * resolution; i++) {
    const [r, g, b] = colour(grids[offset + i]!);
    image.data.set([r, g, b, 255], 4 * i);
  }
  context.putImageData(image, 0, 0);
  return canvas.toDataURL('image/png');
}

/**
 * `svg` (`width` × `height` CSS pixels) drawn as a PNG `scale` times as large, marked as
 * 96 × `scale` pixels to the inch so that it prints at the SVG's size.
 */
export async function svgToPng(svg: string, width: number, height: number, scale: number): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image(width, height);
    image.src = url;
    await image.decode();
    const { canvas, context } = canvasOf(Math.round(width * scale), Math.round(height * scale));
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const png = await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The figure is too large to draw as a PNG.'))), 'image/png'),
    );
    const bytes = withPixelDensity(new Uint8Array(await png.arrayBuffer()), CSS_DPI * scale);
    return new Blob([bytes], { type: 'image/png' });
  } finally {
    URL.revokeObjectURL(url);
  }
}
