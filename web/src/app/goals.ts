// The configuration's goals ("test loss ≤ 0.05 within 300 epochs"): each in words, and its status as
// the training goes: pending with its progress, met (and it stays met), or missed once its epoch
// budget has passed. Pure, no imports of values; parts/goals.ts shows them.
import type { EpochStats } from '@engine/nnplay.mjs';
import type { Goal, GoalMetric } from '../config';
import type { Frame } from '../protocol';

/** An epoch with the numbers known for it: a frame's stats know them all, its chart points only the losses. */
export type Observation = Pick<EpochStats, 'epoch'> & Partial<Omit<EpochStats, 'epoch'>>;

export type GoalStatus =
  /** `progress`: 0 at the value the training started from, 1 at the target; `value`: the metric now, if known. */
  | { state: 'pending'; progress: number; value: number | undefined; epoch: number }
  | { state: 'met'; epoch: number }
  /** The budget passed unmet: only a restart of the training can meet it. */
  | { state: 'missed' };

/** 0.955 → "95.5%", 0.9 → "90%". */
const percent = (fraction: number): string => `${Number((100 * fraction).toFixed(1))}%`;

/** Each metric's name, and how a target is written: as the author gave it, an accuracy in percent. */
const METRICS: Readonly<Record<GoalMetric, { name: string; format: (value: number) => string }>> = {
  trainLoss: { name: 'Training loss', format: String },
  testLoss: { name: 'Test loss', format: String },
  trainAccuracy: { name: 'Training accuracy', format: percent },
  testAccuracy: { name: 'Test accuracy', format: percent },
  epoch: { name: 'Epoch', format: String },
};

export const isLoss = (metric: GoalMetric): boolean => metric === 'trainLoss' || metric === 'testLoss';

/** "1 epoch", "300 epochs". */
export const epochs = (count: number): string => `${count} ${count === 1 ? 'epoch' : 'epochs'}`;

/** The goal in words: "Test loss ≤ 0.05 within 300 epochs", "Test accuracy ≥ 95%". */
export function describeGoal(goal: Goal): string {
  const { name, format } = METRICS[goal.metric];
  const bound = goal.atMost !== undefined ? ` ≤ ${format(goal.atMost)}` : goal.atLeast !== undefined ? ` ≥ ${format(goal.atLeast)}` : '';
  const within = goal.withinEpochs === undefined ? '' : ` within ${epochs(goal.withinEpochs)}`;
  return `${name}${bound}${within}`;
}

/** A value of `metric` as the goal's words write it: 0.05, 95%, 300. */
export function formatTarget(metric: GoalMetric, value: number): string {
  return METRICS[metric].format(value);
}

/** `goal`'s metric at `point`, undefined when the point does not know it. */
function metricAt(goal: Goal, point: Observation): number | undefined {
  return goal.metric === 'epoch' ? point.epoch : point[goal.metric];
}

/** Whether `value` meets `goal`'s bounds (NaN meets none). */
export function meetsBounds(goal: Goal, value: number): boolean {
  return (goal.atMost === undefined || value <= goal.atMost) && (goal.atLeast === undefined || value >= goal.atLeast);
}

/**
 * How far `value` has come from `start` towards the goal's target (its `atMost`, else its
 * `atLeast`), 0 to 1: a loss from 0.5 to 0.2 of a target 0.1 is (0.5 − 0.2) / (0.5 − 0.1) = 0.75.
 */
export function progressOf(goal: Goal, start: number, value: number): number {
  if (meetsBounds(goal, value)) return 1;
  const target = goal.atMost ?? goal.atLeast;
  if (target === undefined || !Number.isFinite(value) || !Number.isFinite(start) || start === target) return 0;
  return Math.min(1, Math.max(0, (start - value) / (start - target)));
}

/** One goal's status through a training: fed its epochs in order, told when the training restarts. */
export class GoalProgress {
  private current: GoalStatus = { state: 'pending', progress: 0, value: undefined, epoch: 0 };
  /** The metric at the first epoch that told it, since the training started. */
  private start: number | undefined;

  constructor(readonly goal: Goal) {}

  get status(): GoalStatus {
    return this.current;
  }

  /** A new training (a reset, a new experiment): pending again, from its first epoch. */
  restart(): void {
    this.current = { state: 'pending', progress: 0, value: undefined, epoch: 0 };
    this.start = undefined;
  }

  /** Takes the next epochs, in order; true when they met the goal. Met and missed stay so until restart(). */
  observe(points: readonly Observation[]): boolean {
    for (const point of points) {
      if (this.current.state !== 'pending') return false;
      const value = metricAt(this.goal, point);
      const inBudget = this.goal.withinEpochs === undefined || point.epoch <= this.goal.withinEpochs;
      if (value !== undefined && inBudget && meetsBounds(this.goal, value)) {
        this.current = { state: 'met', epoch: point.epoch };
        return true;
      }
      if (!inBudget) this.current = { state: 'missed' };
      else if (value !== undefined) {
        this.start ??= value;
        this.current = { state: 'pending', progress: progressOf(this.goal, this.start, value), value, epoch: point.epoch };
      } else this.current = { ...this.current, epoch: point.epoch };
    }
    return false;
  }
}

/**
 * A frame's epochs in order: its chart points (losses only, thinned when many epochs ran in one
 * frame), the last replaced by the frame's stats, which know every metric.
 */
export function frameObservations({ stats, history }: Pick<Frame, 'stats' | 'history'>): Observation[] {
  const points: Observation[] = Array.from(history.epochs, (epoch, i) => ({ epoch, trainLoss: history.train[i]!, testLoss: history.test[i]! }));
  if (points[points.length - 1]?.epoch === stats.epoch) points.pop();
  points.push(stats);
  return points;
}

/**
 * All the goals of a configuration through the trainings of one playground. A reset or a new
 * experiment is asked of the worker before the frames it had on their way arrive: from restartAsked()
 * on, frames are ignored until the new training's first (its epoch 0), which restarts every goal.
 */
export class GoalBoard {
  readonly goals: GoalProgress[];
  private restarting = false;

  constructor(goals: readonly Goal[]) {
    this.goals = goals.map((goal) => new GoalProgress(goal));
  }

  /** A reset or a new experiment was asked for. */
  restartAsked(): void {
    this.restarting = true;
  }

  /** The restart did not happen (the engine refused the new experiment, and the old one goes on). */
  restartRefused(): void {
    this.restarting = false;
  }

  /** A frame's epochs in order; returns the indices of the goals they met; false when nothing changed. */
  observe(points: readonly Observation[]): number[] | false {
    const first = points[0];
    if (first === undefined) return false;
    if (this.restarting) {
      if (first.epoch !== 0) return false;
      this.restarting = false;
      for (const goal of this.goals) goal.restart();
    }
    return this.goals.flatMap((goal, index) => (goal.observe(points) ? [index] : []));
  }
}
