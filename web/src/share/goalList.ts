// The Share / Embed dialog's goals: a row of fields per goal (what it watches, at most or at least,
// the value, within how many epochs, the message), added and removed by the author.
import type { GoalMetric } from '../config';
import { element, uniqueId } from '../widgets';
import { BOUNDS, METRICS, newGoalFields, withMetric, type Bound, type GoalFields } from './goalForm';

const ACCURACY_HINT = 'from 0 to 1: 0.95 is 95%';

/** The fields of one goal, in a group named "Goal n". */
class GoalRow {
  readonly element: HTMLFieldSetElement;
  readonly remove: HTMLButtonElement;
  private readonly metric: HTMLSelectElement;
  private readonly bound: HTMLSelectElement;
  private readonly value: HTMLInputElement;
  private readonly hint: HTMLElement;

  constructor(number: number, private fields: GoalFields, onChange: (fields: GoalFields) => void, onRemove: () => void) {
    this.element = element('fieldset', 'nnplay-share-goal');
    this.element.append(element('legend', 'nnplay-share-legend', `Goal ${number}`));
    const field = (label: string, control: HTMLElement): void => {
      const box = element('div', 'nnplay-share-field');
      const name = element('label', 'nnplay-label', label);
      control.id = uniqueId('goal');
      name.htmlFor = control.id;
      box.append(name, control);
      this.element.append(box);
    };
    this.metric = select(METRICS.map(({ metric, label }) => [metric, label]));
    this.bound = select(BOUNDS.map(({ bound, label }) => [bound, label]));
    this.value = input('number', '0', 'any');
    const within = input('number', '1', '1');
    const message = input('text');
    message.maxLength = 500;
    message.placeholder = 'Said when the goal is met';
    field('Watch', this.metric);
    field('Is', this.bound);
    field('Value', this.value);
    this.hint = element('small', 'nnplay-share-hint', ACCURACY_HINT);
    this.value.after(this.hint);
    field('Within epochs', within);
    field('Message', message);
    this.remove = element('button', 'nnplay-button nnplay-share-remove', 'Remove');
    this.remove.type = 'button';
    this.remove.setAttribute('aria-label', `Remove goal ${number}`);
    this.remove.addEventListener('click', onRemove);
    this.element.append(this.remove);

    within.value = fields.withinEpochs;
    message.value = fields.message;
    this.show();
    const change = (patch: Partial<GoalFields>): void => {
      this.fields = { ...this.fields, ...patch };
      onChange(this.fields);
    };
    this.metric.addEventListener('change', () => {
      this.fields = withMetric(this.fields, this.metric.value as GoalMetric);
      this.show();
      onChange(this.fields);
    });
    this.bound.addEventListener('change', () => change({ bound: this.bound.value as Bound }));
    this.value.addEventListener('input', () => change({ value: this.value.value }));
    within.addEventListener('input', () => change({ withinEpochs: within.value }));
    message.addEventListener('input', () => change({ message: message.value }));
  }

  focus(): void {
    this.metric.focus();
  }

  /** The fields a change of metric sets: the bound, the value, and whether it is an accuracy. */
  private show(): void {
    this.metric.value = this.fields.metric;
    this.bound.value = this.fields.bound;
    this.value.value = this.fields.value;
    this.hint.hidden = !this.fields.metric.endsWith('Accuracy');
  }
}

export class GoalList {
  readonly element: HTMLElement;
  private readonly list: HTMLElement;
  private readonly add: HTMLButtonElement;
  private goals: GoalFields[] = [];
  private rows: GoalRow[] = [];

  constructor(private readonly onChange: () => void) {
    this.element = element('section', 'nnplay-share-goals');
    const heading = element('h3', 'nnplay-share-subheading', 'Goals');
    heading.id = uniqueId('heading');
    this.element.setAttribute('aria-labelledby', heading.id);
    const about = element('p', 'nnplay-share-note', 'The embed shows each goal with its progress and says when it is met.');
    this.list = element('div', 'nnplay-share-goal-list');
    this.add = element('button', 'nnplay-button', 'Add a goal');
    this.add.type = 'button';
    this.add.addEventListener('click', () => {
      this.goals.push(newGoalFields());
      this.render();
      this.rows.at(-1)?.focus();
      onChange();
    });
    this.element.append(heading, about, this.list, this.add);
  }

  get fields(): GoalFields[] {
    return this.goals.map((goal) => ({ ...goal }));
  }

  set(goals: readonly GoalFields[]): void {
    this.goals = goals.map((goal) => ({ ...goal }));
    this.render();
  }

  private render(): void {
    this.rows = this.goals.map(
      (fields, i) =>
        new GoalRow(
          i + 1,
          fields,
          (changed) => {
            this.goals[i] = changed;
            this.onChange();
          },
          () => this.removeGoal(i),
        ),
    );
    this.list.replaceChildren(...this.rows.map((row) => row.element));
  }

  /** Removes goal `index`; the focus goes to the next goal's Remove button, or to Add a goal. */
  private removeGoal(index: number): void {
    this.goals.splice(index, 1);
    this.render();
    (this.rows[index]?.remove ?? this.add).focus();
    this.onChange();
  }
}

function select(choices: readonly [string, string][]): HTMLSelectElement {
  const box = element('select', 'nnplay-select');
  box.append(...choices.map(([value, label]) => new Option(label, value)));
  return box;
}

function input(type: string, min?: string, step?: string): HTMLInputElement {
  const box = element('input', 'nnplay-share-input');
  box.type = type;
  if (min !== undefined) box.min = min;
  if (step !== undefined) box.step = step;
  return box;
}
