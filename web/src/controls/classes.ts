// Under the dataset picker: how many classes the many-class datasets have (2–8, shown only for
// them) and how many points any dataset has (the Playground fixes 500).
import type { Locks } from '../app/locks';
import type { Part, PartContext } from '../app/part';
import { LIMITS, MULTI_CLASS_DATASETS, type PlaygroundState } from '../state';
import { Select, Slider } from '../widgets';

/** The numbers of points offered; 0 is the dataset's own (a link's other value is added in order). */
const POINTS = [0, 100, 200, 500, 1000, 2000, 5000];

/** Whether `state` shows a dataset that has a class count. */
const hasClassCount = (state: Readonly<PlaygroundState>): boolean =>
  state.problem === 'classification' && (MULTI_CLASS_DATASETS as readonly string[]).includes(state.dataset);

export class ClassesControls implements Part {
  private readonly classes: Slider;
  private readonly points: Select<number>;

  /** The Classes slider goes into `parent`, the Number of points into `pointsParent` (the same by default). */
  constructor(parent: HTMLElement, { settings }: PartContext, pointsParent = parent) {
    this.classes = new Slider(parent, 'classes', 'Classes', LIMITS.numClasses, 1, String, (numClasses) => void settings.update({ numClasses }));
    this.points = new Select(
      pointsParent,
      'points',
      'Number of points',
      POINTS.map((value) => ({ value, label: pointsLabel(value) })),
      (points) => void settings.update({ points }),
      (a, b) => a - b,
    );
  }

  show(state: Readonly<PlaygroundState>, locks: Locks): void {
    this.classes.set(state.numClasses);
    this.points.set(state.points, pointsLabel(state.points));
    this.classes.lock(locks, hasClassCount(state));
    this.points.lock(locks);
  }
}

function pointsLabel(points: number): string {
  return points === 0 ? 'The dataset’s own' : String(points);
}
