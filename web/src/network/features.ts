// What the page shows for each of TensorFlow Playground's input features.

const LABELS: Record<string, string> = {
  x: 'X₁',
  y: 'X₂',
  xSquared: 'X₁²',
  ySquared: 'X₂²',
  xTimesY: 'X₁X₂',
  sinX: 'sin(X₁)',
  sinY: 'sin(X₂)',
};

/** X₁ for `x`, and so on; an unknown name is shown as it is. */
export function featureLabel(name: string): string {
  return LABELS[name] ?? name;
}
