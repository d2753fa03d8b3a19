// The goals of the Share / Embed dialog as its fields hold them (texts), turned into the
// configuration's goals and checked by the configuration's own validator, whose messages are
// reworded from its paths to the dialog's field names. Pure, no DOM.
import type { Goal, GoalMetric } from '../config';
import { validateConfig } from '../embed/validate';

export type Bound = 'atMost' | 'atLeast';

/** One goal's fields: the value and the epoch budget as typed, accuracies from 0 to 1 as in the configuration. */
export interface GoalFields {
  metric: GoalMetric;
  bound: Bound;
  value: string;
  /** Empty: no budget. */
  withinEpochs: string;
  /** Empty: the widget's own words. */
  message: string;
}

export const METRICS: readonly { metric: GoalMetric; label: string }[] = [
  { metric: 'testLoss', label: 'Test loss' },
  { metric: 'trainLoss', label: 'Training loss' },
  { metric: 'testAccuracy', label: 'Test accuracy' },
  { metric: 'trainAccuracy', label: 'Training accuracy' },
  { metric: 'epoch', label: 'Epoch' },
];

export const BOUNDS: readonly { bound: Bound; label: string }[] = [
  { bound: 'atMost', label: 'at most' },
  { bound: 'atLeast', label: 'at least' },
];

/** What a goal of each metric starts from when chosen: losses go down, accuracies and epochs up. */
const STARTS: Readonly<Record<GoalMetric, Pick<GoalFields, 'bound' | 'value'>>> = {
  testLoss: { bound: 'atMost', value: '0.05' },
  trainLoss: { bound: 'atMost', value: '0.05' },
  testAccuracy: { bound: 'atLeast', value: '0.95' },
  trainAccuracy: { bound: 'atLeast', value: '0.95' },
  epoch: { bound: 'atLeast', value: '100' },
};

/** A new goal: the example, "test loss ≤ 0.05 within 300 epochs". */
export const newGoalFields = (): GoalFields => ({ metric: 'testLoss', ...STARTS.testLoss, withinEpochs: '300', message: '' });

/** `fields` with another metric, its bound and value those that metric starts from. */
export const withMetric = (fields: GoalFields, metric: GoalMetric): GoalFields => ({ ...fields, metric, ...STARTS[metric] });

/** The fields of a goal of the configuration. */
export function fieldsOfGoal(goal: Goal): GoalFields {
  const bound: Bound = goal.atMost !== undefined ? 'atMost' : 'atLeast';
  return {
    metric: goal.metric,
    bound,
    value: String(goal[bound] ?? ''),
    withinEpochs: goal.withinEpochs === undefined ? '' : String(goal.withinEpochs),
    message: goal.message ?? '',
  };
}

/** A number typed, or the text itself, for the schema to refuse. */
const numberOf = (text: string): number | string => (text.trim() !== '' && Number.isFinite(Number(text)) ? Number(text) : text.trim());

/** The goal the fields describe, not yet checked. */
function goalOfFields(fields: GoalFields): Record<string, unknown> {
  const goal: Record<string, unknown> = { metric: fields.metric, [fields.bound]: numberOf(fields.value) };
  if (fields.withinEpochs.trim() !== '') goal.withinEpochs = numberOf(fields.withinEpochs);
  if (fields.message.trim() !== '') goal.message = fields.message.trim();
  return goal;
}

/** What the dialog calls the configuration's fields of a goal. */
const FIELD_NAMES: Readonly<Record<string, string>> = {
  atMost: 'value',
  atLeast: 'value',
  withinEpochs: '“within epochs”',
  message: 'message',
};

/** A validator message about `config.goals[i]…` in the dialog's words: "Goal 2's value must be …". */
export function reworded(message: string): string {
  return message.replace(/^config\.goals\[(\d+)\](?:\.(\w+))?/, (_match, index: string, field?: string) => {
    const goal = `Goal ${Number(index) + 1}`;
    return field ? `${goal}'s ${FIELD_NAMES[field] ?? field}` : goal;
  });
}

/** The goals the fields describe, or what is wrong with them. */
export function goalsOf(fields: readonly GoalFields[]): { goals: Goal[]; errors: string[] } {
  const { config, errors } = validateConfig({ goals: fields.map(goalOfFields) });
  return config ? { goals: config.goals ?? [], errors: [] } : { goals: [], errors: errors.map(reworded) };
}
