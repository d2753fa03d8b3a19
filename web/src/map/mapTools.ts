// Who has the output map's pointer, and what is drawn over its points. One tool at a time: drawing
// data, picking the microscope's example, ... A tool given the map ends the one before it. Overlays
// (highlighted points, the chosen example) are drawn over the points, each under a key of its own.
// No DOM here: parts/mapSurface.ts turns pointer events into calls and draws the overlays.

/** A place in the input square, in the data's coordinates (the square is ±gridExtent()). */
export interface MapPoint {
  x: number;
  y: number;
}

export interface MapTool {
  /** Said under the map while the tool has it, such as "Click or drag to add points of class 2". */
  label: string;
  /** The CSS cursor over the map. */
  cursor: string;
  down?(at: MapPoint, event: PointerEvent): void;
  /** The pointer moved while pressed. */
  drag?(at: MapPoint, event: PointerEvent): void;
  up?(at: MapPoint, event: PointerEvent): void;
  /** Another tool took the map, or this one was released. */
  ended?(): void;
}

/** Draws over the points; `toCanvas` turns a place into canvas pixels, `pixelRatio` is the canvas's pixels per CSS pixel. */
export type MapOverlay = (ctx: CanvasRenderingContext2D, toCanvas: (at: MapPoint) => [number, number], pixelRatio: number) => void;

export class MapTools {
  private tool: MapTool | null = null;
  private readonly overlays = new Map<string, MapOverlay>();
  private readonly listeners = new Set<() => void>();

  get active(): MapTool | null {
    return this.tool;
  }

  /** Gives the map to `tool` (null: to nobody); the tool that had it ends. */
  use(tool: MapTool | null): void {
    if (tool === this.tool) return;
    const before = this.tool;
    this.tool = tool;
    before?.ended?.();
    this.changed();
  }

  /** Takes the map back from `tool`, if it has it. */
  release(tool: MapTool): void {
    if (this.tool === tool) this.use(null);
  }

  /** Sets (or, with null, removes) the overlay drawn under `key`. */
  setOverlay(key: string, overlay: MapOverlay | null): void {
    if (overlay) this.overlays.set(key, overlay);
    else this.overlays.delete(key);
    this.changed();
  }

  get overlayList(): MapOverlay[] {
    return [...this.overlays.values()];
  }

  /** Calls `listener` whenever the tool or an overlay changes; returns what stops that. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(): void {
    this.listeners.forEach((listener) => listener());
  }
}
