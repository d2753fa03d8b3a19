// What "Draw data" does to the learner's points: add one (for training or testing, so that the
// page's share of training data holds), paint several along a drag, erase those near the pointer,
// clear all, and undo a whole stroke at a time. Pure: no DOM (tests/web/drawing.test.mjs).
import type { OwnPoint } from './ownData';

/** Painted points are at least this far apart (in the data's units: the square is ±6). */
export const PAINT_SPACING = 0.35;
/** The eraser removes points within this distance. */
export const ERASE_RADIUS = 0.5;
/** Strokes that Undo can take back. */
const UNDO_STEPS = 50;

export class Drawing {
  private current: OwnPoint[];
  private readonly undos: OwnPoint[][] = [];
  private lastPainted: { x: number; y: number } | null = null;
  private added = 0;

  /** `trainPercent`: the share of added points kept for training (the page's setting). */
  constructor(
    points: readonly OwnPoint[],
    private readonly trainPercent: number,
  ) {
    this.current = [...points];
  }

  get points(): readonly OwnPoint[] {
    return this.current;
  }

  get canUndo(): boolean {
    return this.undos.length > 0;
  }

  /** Starts a stroke (Undo goes back to before it) and adds or erases at its first place. */
  begin(at: { x: number; y: number }, action: Action): void {
    this.undos.push(this.current);
    this.undos.splice(0, this.undos.length - UNDO_STEPS);
    this.lastPainted = null;
    this.apply(at, action);
  }

  /** The stroke goes on to `at`: a new point once it is PAINT_SPACING from the last, or erasing there. */
  continue(at: { x: number; y: number }, action: Action): void {
    if (action.kind === 'add' && this.lastPainted && Math.hypot(at.x - this.lastPainted.x, at.y - this.lastPainted.y) < PAINT_SPACING) return;
    this.apply(at, action);
  }

  clear(): void {
    if (this.current.length === 0) return;
    this.undos.push(this.current);
    this.current = [];
  }

  undo(): void {
    const before = this.undos.pop();
    if (before) this.current = before;
  }

  private apply(at: { x: number; y: number }, action: Action): void {
    if (action.kind === 'erase') {
      this.current = this.current.filter((point) => Math.hypot(point.x - at.x, point.y - at.y) > ERASE_RADIUS);
      return;
    }
    this.current = [...this.current, { x: at.x, y: at.y, label: action.label, test: this.nextIsTest() }];
    this.lastPainted = at;
  }

  /** Point n (from 0) is for testing when ⌊(n + 1)·s⌋ > ⌊n·s⌋, s the test share: at 50%, every second one. */
  private nextIsTest(): boolean {
    const share = (100 - this.trainPercent) / 100;
    const n = this.added++;
    return Math.floor((n + 1) * share + 1e-9) > Math.floor(n * share + 1e-9);
  }
}

/** What a stroke does: add points of a label (class index or value), or erase. */
export type Action = { kind: 'add'; label: number } | { kind: 'erase' };
