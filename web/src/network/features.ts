// TensorFlow Playground's input features: their labels and their values over the input square.
import { EXTENT } from '../points';

const FEATURES: Record<string, { label: string; value(x: number, y: number): number }> = {
  x: { label: 'X₁', value: (x) => x },
  y: { label: 'X₂', value: (_, y) => y },
  xSquared: { label: 'X₁²', value: (x) => x * x },
  ySquared: { label: 'X₂²', value: (_, y) => y * y },
  xTimesY: { label: 'X₁X₂', value: (x, y) => x * y },
  sinX: { label: 'sin(X₁)', value: (x) => Math.sin(x) },
  sinY: { label: 'sin(X₂)', value: (_, y) => Math.sin(y) },
};

/** What the page shows for a feature: X₁ for `x`, and so on; an unknown name is shown as it is. */
export function featureLabel(name: string): string {
  return FEATURES[name]?.label ?? name;
}

/**
 * The feature over the engine's resolution² grid (row 0 at y = 6, column 0 at x = −6), unscaled
 * as the engine computes it; an unknown feature is 0 everywhere.
 */
export function featureGrid(name: string, resolution: number): Float32Array {
  const grid = new Float32Array(resolution * resolution);
  const feature = FEATURES[name];
  if (!feature) return grid;
  const step = (2 * EXTENT) / (resolution - 1);
  for (let row = 0; row < resolution; ++row) {
    for (let col = 0; col < resolution; ++col) {
      grid[row * resolution + col] = feature.value(-EXTENT + step * col, EXTENT - step * row);
    }
  }
  return grid;
}
