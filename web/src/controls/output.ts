// The output's numbers and options: losses and accuracies, Show test data, Discretize output, colours.
import type { Locks } from '../app/locks';
import type { Part, PartContext } from '../app/part';
import { colourSchemes } from '../colours';
import { helpOn } from '../help/helpTexts';
import type { Frame } from '../protocol';
import type { PlaygroundState } from '../state';
import { Checkbox, element, Select, setIfChanged, setOutput, stat, statBox } from '../widgets';

export class OutputControls implements Part {
  private readonly testLoss: HTMLOutputElement;
  private readonly trainLoss: HTMLOutputElement;
  private readonly testAccuracy: HTMLOutputElement;
  private readonly trainAccuracy: HTMLOutputElement;
  private readonly showTestData: Checkbox;
  private readonly discretize: Checkbox;
  private readonly colours: Select<string>;
  /** The test numbers are hidden (no test share to choose: `percTrainData_hide`). */
  private testHidden = false;

  /** Puts the numbers into `stats` and the options into `options`. */
  constructor(stats: HTMLElement, options: HTMLElement, { settings }: PartContext) {
    const change = (patch: Partial<PlaygroundState>): void => void settings.update(patch);
    const losses = element('div', 'nnplay-stats');
    this.testLoss = stat(losses, 'Test loss');
    this.trainLoss = stat(losses, 'Training loss');
    this.testAccuracy = stat(losses, 'Test accuracy');
    this.trainAccuracy = stat(losses, 'Training accuracy');
    stats.append(losses);
    helpOn(this.testLoss.labels[0]!, 'testLoss');
    helpOn(this.trainLoss.labels[0]!, 'trainLoss');
    this.showTestData = new Checkbox(options, 'showTestData', 'Show test data', (showTestData) => change({ showTestData }));
    this.discretize = new Checkbox(options, 'discretize', 'Discretize output', (discretize) => change({ discretize }));
    this.colours = new Select(
      options,
      'colours',
      'Colours',
      colourSchemes.map((scheme) => ({ value: scheme.name, label: scheme.label })),
      (colours) => change({ colours }),
    );
  }

  draw({ stats }: Frame): void {
    setOutput(this.testLoss, formatLoss(stats.testLoss));
    setOutput(this.trainLoss, formatLoss(stats.trainLoss));
    // NaN for regression: the accuracies are hidden.
    for (const [output, accuracy, hidden] of [
      [this.testAccuracy, stats.testAccuracy, this.testHidden],
      [this.trainAccuracy, stats.trainAccuracy, false],
    ] as const) {
      setIfChanged(statBox(output), 'hidden', hidden || Number.isNaN(accuracy));
      setOutput(output, `${(100 * accuracy).toFixed(1)}%`);
    }
  }

  show(state: Readonly<PlaygroundState>, locks: Locks): void {
    this.showTestData.set(state.showTestData);
    this.discretize.set(state.discretize);
    this.colours.set(state.colours);
    for (const control of [this.showTestData, this.discretize, this.colours]) control.lock(locks);
    this.testHidden = locks.hidden.has('testAccuracy');
    statBox(this.testLoss).hidden = locks.hidden.has('testLoss');
  }
}

/** Three decimals; huge losses (a network about to diverge) in powers of ten. */
export function formatLoss(loss: number): string {
  if (!Number.isFinite(loss)) return Number.isNaN(loss) ? 'not a number' : 'infinite';
  return loss < 1e4 ? loss.toFixed(3) : loss.toExponential(2);
}
