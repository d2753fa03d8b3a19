// The microscope's numbers on the network drawing itself: under each neuron, its numbers; along
// each link, its number. A layer over the diagram's stage (network/networkView.ts), placed from the
// neurons' buttons (data-key) and the links' hit paths (data-weight); put back when the stage is rebuilt.
import { formatNumber, type Shown } from './steps';

/** Where along a link its label goes: each link between two columns at its own place, so labels overlap less. */
function alongLink(to: number, from: number, [targets, sources]: [number, number]): number {
  const links = targets * sources;
  return links <= 1 ? 0.5 : 0.15 + (0.7 * (from * targets + to)) / (links - 1);
}

/** "z = 0.1234", or an update's "w 0.5 → 0.48". */
export function shownText({ symbol, value, before }: Shown): string {
  return before === undefined ? `${symbol} = ${formatNumber(value)}` : `${symbol} ${formatNumber(before)} → ${formatNumber(value)}`;
}

export class NetworkLabels {
  private readonly layer = document.createElement('div');
  private readonly rebuilt: MutationObserver;
  private shown: readonly Shown[] = [];
  private features: readonly string[] = [];

  constructor(private readonly networkRegion: HTMLElement) {
    this.layer.className = 'nnplay-microscope-labels';
    this.layer.setAttribute('aria-hidden', 'true');
    // The diagram rebuilds its stage (a new shape, a new width) and drops the labels with it.
    this.rebuilt = new MutationObserver(() => {
      if (this.shown.length > 0 && !this.layer.isConnected) this.show(this.shown, this.features);
    });
    this.rebuilt.observe(networkRegion, { childList: true, subtree: true });
  }

  /** Shows `shown` on the diagram (nothing, with an empty list); `features`: the network inputs' names. */
  show(shown: readonly Shown[], features: readonly string[]): void {
    this.shown = shown;
    this.features = features;
    this.layer.replaceChildren();
    const stage = this.networkRegion.querySelector<HTMLElement>('.nnplay-net-stage');
    if (!stage || shown.length === 0) {
      this.layer.remove();
      return;
    }
    if (this.layer.parentElement !== stage) stage.append(this.layer);
    const neuronLines = new Map<string, string[]>();
    // Per layer: [targets, sources] of its links shown.
    const counts = new Map<number, [number, number]>();
    for (const { place } of shown) {
      if (place.kind !== 'link') continue;
      const [targets, sources] = counts.get(place.layer) ?? [0, 0];
      counts.set(place.layer, [Math.max(targets, place.to + 1), Math.max(sources, place.from + 1)]);
    }
    for (const item of shown) {
      const { place } = item;
      if (place.kind === 'link') {
        const path = stage.querySelector<SVGPathElement>(`[data-weight="${place.layer},${place.to},${place.from}"]`);
        if (!path) continue;
        const point = path.getPointAtLength(path.getTotalLength() * alongLink(place.to, place.from, counts.get(place.layer)!));
        this.label(shownText(item), point.x, point.y, 'link', item);
      } else {
        const key = place.layer < 0 ? `feature-${features[place.unit]}` : `neuron-${place.layer}-${place.unit}`;
        neuronLines.set(key, [...(neuronLines.get(key) ?? []), shownText(item)]);
      }
    }
    for (const [key, lines] of neuronLines) {
      const button = stage.querySelector<HTMLElement>(`[data-key="${key}"]`);
      const thumbnail = button?.querySelector('canvas');
      if (!button || !thumbnail) continue;
      const left = button.offsetLeft + thumbnail.offsetLeft;
      this.label(lines.join('\n'), left + thumbnail.offsetWidth / 2, button.offsetTop + button.offsetHeight + 1, 'neuron');
    }
  }

  private label(text: string, x: number, y: number, kind: 'link' | 'neuron', item?: Shown): void {
    const label = document.createElement('span');
    label.className = `nnplay-microscope-label nnplay-microscope-label-${kind}`;
    label.textContent = text;
    label.style.left = `${x}px`;
    label.style.top = `${y}px`;
    if (item) label.dataset.value = String(item.value);
    this.layer.append(label);
  }

  destroy(): void {
    this.rebuilt.disconnect();
    this.layer.remove();
  }
}
