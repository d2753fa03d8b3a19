// Which training point a click on the map picks for the microscope.
import type { MapPoint } from '../map/mapTools';

/** The training point nearest `at` among (x, y, label) triples, as its index; -1 when there is none. */
export function nearestPoint(points: Float32Array, at: MapPoint): number {
  let best = -1;
  let bestDistance = Infinity;
  for (let i = 0; i * 3 + 1 < points.length; i++) {
    const distance = (points[i * 3]! - at.x) ** 2 + (points[i * 3 + 1]! - at.y) ** 2;
    if (distance < bestDistance) {
      best = i;
      bestDistance = distance;
    }
  }
  return best;
}
