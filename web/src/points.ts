// Data points on a square canvas that shows the engine's input square: discs coloured by label.
import type { LabelColour } from './classColours';
import { gridExtent } from './engineFacts';

/** Draws x, y, label triples as discs of `radius` pixels, outlined when `ctx.strokeStyle` should be used. */
export function drawPoints(
  ctx: CanvasRenderingContext2D,
  points: Float32Array,
  colourOf: LabelColour,
  radius: number,
  outlined: boolean,
): void {
  const extent = gridExtent();
  const scale = ctx.canvas.width / (2 * extent);
  for (let i = 0; i + 2 < points.length; i += 3) {
    const [r, g, b] = colourOf(points[i + 2]!);
    ctx.fillStyle = `rgb(${r} ${g} ${b})`;
    ctx.beginPath();
    ctx.arc((points[i]! + extent) * scale, (extent - points[i + 1]!) * scale, radius, 0, 2 * Math.PI);
    ctx.fill();
    if (outlined) ctx.stroke();
  }
}
