// The output map's top layer: a canvas over the heatmap that draws MapTools' overlays and hands the
// pointer to the active tool, with the tool's label under the map. Without a tool it lets the pointer through.
import { gridExtent } from '../engineFacts';
import { element } from '../widgets';
import type { MapPoint, MapTools } from './mapTools';

export class MapSurface {
  private readonly canvas = element('canvas', 'nnplay-map-overlay');
  private readonly label = element('p', 'nnplay-map-tool');
  private readonly resizing: ResizeObserver;
  private readonly stopListening: () => void;
  private pressed = false;

  /** `frame`: the heatmap's frame, which the overlay covers; the label goes after `frame`. */
  constructor(frame: HTMLElement, private readonly tools: MapTools) {
    this.canvas.setAttribute('aria-hidden', 'true');
    frame.append(this.canvas);
    this.label.hidden = true;
    this.label.setAttribute('aria-live', 'polite');
    frame.after(this.label);
    this.canvas.addEventListener('pointerdown', (event) => {
      this.pressed = true;
      this.canvas.setPointerCapture(event.pointerId);
      this.tools.active?.down?.(this.placeOf(event), event);
    });
    this.canvas.addEventListener('pointermove', (event) => {
      if (this.pressed) this.tools.active?.drag?.(this.placeOf(event), event);
    });
    const up = (event: PointerEvent): void => {
      if (!this.pressed) return;
      this.pressed = false;
      this.tools.active?.up?.(this.placeOf(event), event);
    };
    this.canvas.addEventListener('pointerup', up);
    this.canvas.addEventListener('pointercancel', up);
    this.resizing = new ResizeObserver(() => this.redraw());
    this.resizing.observe(this.canvas);
    this.stopListening = tools.subscribe(() => this.redraw());
  }

  /** Draws the overlays again (the heatmap under them was redrawn, or the data changed). */
  redraw(): void {
    const tool = this.tools.active;
    this.canvas.classList.toggle('nnplay-map-overlay-active', tool !== null);
    this.canvas.style.cursor = tool?.cursor ?? '';
    this.label.hidden = tool === null;
    this.label.textContent = tool?.label ?? '';
    const ratio = window.devicePixelRatio;
    const pixels = Math.round(this.canvas.clientWidth * ratio);
    if (pixels !== this.canvas.width) this.canvas.width = this.canvas.height = pixels;
    const ctx = this.canvas.getContext('2d');
    if (!ctx) return;
    ctx.clearRect(0, 0, this.canvas.width, this.canvas.height);
    // Nothing to draw: the engine's facts (the extent) may not have arrived yet when the canvas is first laid out.
    const overlays = this.tools.overlayList;
    if (overlays.length === 0) return;
    const extent = gridExtent();
    const scale = this.canvas.width / (2 * extent);
    const toCanvas = ({ x, y }: MapPoint): [number, number] => [(x + extent) * scale, (extent - y) * scale];
    for (const overlay of overlays) overlay(ctx, toCanvas, ratio);
  }

  destroy(): void {
    this.resizing.disconnect();
    this.stopListening();
  }

  private placeOf(event: PointerEvent): MapPoint {
    // The square is the canvas's content box, inside its border.
    const box = this.canvas.getBoundingClientRect();
    const left = box.left + this.canvas.clientLeft;
    const top = box.top + this.canvas.clientTop;
    const extent = gridExtent();
    return {
      x: ((event.clientX - left) / this.canvas.clientWidth) * 2 * extent - extent,
      y: extent - ((event.clientY - top) / this.canvas.clientHeight) * 2 * extent,
    };
  }
}
