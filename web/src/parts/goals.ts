// The Goal panel: each goal of the configuration in words, with its progress while pending, a success
// state (and the author's message) once met, and, once its epoch budget has passed unmet, a word
// that it can no longer be met and a Reset. Met and missed are said to screen readers; each goal
// emits `goalReached` once per training. app/goals.ts decides every status.
import { describeGoal, epochs, formatTarget, frameObservations, GoalBoard, isLoss, type GoalProgress, type GoalStatus } from '../app/goals';
import type { Locks } from '../app/locks';
import type { Part, PartContext } from '../app/part';
import type { RunEvent } from '../app/training';
import { Announcer } from '../announcer';
import type { PlaygroundConfig } from '../config';
import { formatLoss } from '../controls/output';
import type { Frame } from '../protocol';
import type { PlaygroundState } from '../state';
import { applyLock, button, element, uniqueId } from '../widgets';

/** One goal's line: its words, a progress bar, what it is at now, and Reset once missed. */
class GoalRow {
  readonly item: HTMLLIElement;
  private readonly progress: HTMLProgressElement;
  private readonly now: HTMLElement;
  private readonly message: HTMLElement;
  /** Holds Reset, shown once missed; the button itself is hidden or locked as the run bar's Reset is. */
  private readonly missed: HTMLElement;
  readonly reset: HTMLButtonElement;
  private state: GoalStatus['state'] | undefined;

  constructor(
    readonly tracked: GoalProgress,
    onReset: () => void,
  ) {
    const { goal } = tracked;
    this.item = element('li', 'nnplay-goal');
    const text = element('p', 'nnplay-goal-text', describeGoal(goal));
    text.id = uniqueId('goal');
    this.progress = element('progress', 'nnplay-goal-progress');
    this.progress.max = 1;
    // Determinate from the start: without a value a progress bar is an animated "busy".
    this.progress.value = 0;
    this.progress.setAttribute('aria-labelledby', text.id);
    this.now = element('p', 'nnplay-goal-now');
    this.message = element('p', 'nnplay-goal-message', goal.message ?? '');
    this.missed = element('div', 'nnplay-goal-missed');
    this.reset = button(this.missed, 'Reset and try again', onReset);
    this.item.append(text, this.progress, this.now, this.message, this.missed);
  }

  /** Shows the goal's status; returns it when it became met or missed since last shown. */
  render(): GoalStatus | undefined {
    const status = this.tracked.status;
    const changed = status.state !== this.state;
    if (changed) {
      this.state = status.state;
      this.item.dataset.state = status.state;
      this.progress.hidden = status.state !== 'pending';
      this.message.hidden = status.state !== 'met' || !this.tracked.goal.message;
      this.missed.hidden = status.state !== 'missed';
    }
    const text = this.statusText(status);
    if (this.now.textContent !== text) this.now.textContent = text;
    if (status.state === 'pending' && this.progress.value !== status.progress) this.progress.value = status.progress;
    return changed && status.state !== 'pending' ? status : undefined;
  }

  private statusText(status: GoalStatus): string {
    const { metric, withinEpochs } = this.tracked.goal;
    if (status.state === 'met') return `Goal met at epoch ${status.epoch}.`;
    if (status.state === 'missed') return `Not met within ${epochs(withinEpochs!)}: it can no longer be met in this run.`;
    if (status.value === undefined) return 'Not started yet.';
    const value = isLoss(metric) ? formatLoss(status.value) : formatTarget(metric, status.value);
    const left = withinEpochs === undefined ? '' : `, ${epochs(Math.max(0, withinEpochs - status.epoch))} left`;
    return `Now ${value}${left}.`;
  }
}

export class GoalsPart implements Part {
  private readonly panel: HTMLElement;
  private readonly heading: HTMLElement;
  private readonly list: HTMLUListElement;
  private readonly announcer: Announcer;
  private board = new GoalBoard([]);
  private rows: GoalRow[] = [];
  private locks: Locks | undefined;

  constructor(
    parent: HTMLElement,
    private readonly context: PartContext,
  ) {
    this.panel = element('div', 'nnplay-goals');
    this.panel.setAttribute('role', 'group');
    this.heading = element('h3', 'nnplay-goals-heading');
    this.heading.id = uniqueId('goals');
    this.panel.setAttribute('aria-labelledby', this.heading.id);
    this.list = element('ul', 'nnplay-goals-list');
    this.panel.append(this.heading, this.list);
    this.announcer = new Announcer(this.panel);
    parent.append(this.panel);
  }

  configure({ goals = [] }: Readonly<PlaygroundConfig>): void {
    this.board = new GoalBoard(goals);
    this.rows = this.board.goals.map((tracked) => new GoalRow(tracked, () => this.context.training.reset()));
    this.list.replaceChildren(...this.rows.map((row) => row.item));
    this.applyLocks();
    this.heading.textContent = goals.length === 1 ? 'Goal' : 'Goals';
    this.panel.hidden = goals.length === 0;
    this.render();
  }

  show(_state: Readonly<PlaygroundState>, locks: Locks): void {
    this.locks = locks;
    this.applyLocks();
  }

  run(event: RunEvent): void {
    if (event === 'reset' || event === 'rebuild') this.board.restartAsked();
    // A refused new experiment: the worker goes on with the training it had.
    else if (event === 'stop') this.board.restartRefused();
  }

  receive(frame: Frame): void {
    const met = this.board.observe(frameObservations(frame));
    if (met === false) return;
    this.render();
    for (const index of met) this.context.events.emit('goalReached', { index, goal: { ...this.board.goals[index]!.goal }, stats: frame.stats });
  }

  destroy(): void {
    this.announcer.destroy();
  }

  private applyLocks(): void {
    const { locks } = this;
    if (locks) for (const row of this.rows) applyLock(row.reset, 'resetButton', locks);
  }

  private render(): void {
    const said: string[] = [];
    for (const row of this.rows) {
      const { goal } = row.tracked;
      const outcome = row.render();
      if (outcome?.state === 'met') said.push(`Goal met: ${describeGoal(goal)}, at epoch ${outcome.epoch}. ${goal.message ?? ''}`.trim());
      if (outcome?.state === 'missed') said.push(`Goal missed: ${describeGoal(goal)} can no longer be met in this run. Reset to try again.`);
    }
    if (said.length > 0) this.announcer.sayNow(said.join(' '));
  }
}
