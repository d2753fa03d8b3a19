// The controls and read-outs of a descent widget: the step size (a named choice or a value of one's
// own), Step, Run and Reset, the numbers of the point the ball is at, and a line of news.
import { element, uniqueId } from '../../widgets';
import type { DescentOptions } from './descentOptions';
import type { Position } from './descentModel';
import { formatNumber } from './descentText';

export interface DescentActions {
  step(): void;
  /** Starts running, or pauses a run. */
  run(): void;
  reset(): void;
}

const OWN = 'your own';
/** The largest step size a learner may type: far past where every lesson's steps run away. */
const MAX_RATE = 100;

export class DescentControls {
  readonly element = element('div', 'descent-controls');
  private readonly choice = element('select', 'descent-select');
  private readonly rateInput = element('input', 'descent-rate');
  private readonly rateProblem = element('p', 'descent-problem');
  private readonly stepButton = button('Step');
  private readonly runButton = button('Run');
  private readonly resetButton = button('Reset');
  private readonly numbers = element('div', 'descent-numbers');
  private readonly outputs = new Map<string, HTMLOutputElement>();
  private readonly news = element('p', 'descent-news');
  private rateValue: number;

  constructor(
    private readonly options: DescentOptions,
    actions: DescentActions,
  ) {
    this.rateValue = options.stepSizes.find((size) => size.name === options.stepSize)!.rate;
    for (const name of [...options.stepSizes.map((size) => size.name), OWN]) this.choice.append(new Option(name, name));
    this.choice.value = options.stepSize;
    this.choice.addEventListener('change', () => this.choose());
    Object.assign(this.rateInput, { type: 'number', min: '0', max: String(MAX_RATE), step: 'any', value: String(this.rateValue) });
    this.rateInput.addEventListener('change', () => this.type());
    this.rateProblem.hidden = true;
    const sizes = element('div', 'descent-sizes');
    sizes.append(labelled('Step size', this.choice), labelled('Learning rate η', this.rateInput));
    this.stepButton.addEventListener('click', actions.step);
    this.runButton.addEventListener('click', actions.run);
    this.resetButton.addEventListener('click', actions.reset);
    const buttons = element('div', 'descent-buttons');
    buttons.append(this.stepButton, this.runButton, this.resetButton);
    const names = ['Steps', 'w', ...(options.learnBias ? ['b'] : []), 'Loss', 'Slope ∂L/∂w', ...(options.learnBias ? ['Slope ∂L/∂b'] : []), 'Lowest loss'];
    for (const name of names) {
      const output = element('output', 'descent-number', '…');
      this.outputs.set(name, output);
      this.numbers.append(labelled(name, output));
    }
    this.element.append(sizes, this.rateProblem, buttons, this.numbers, this.news);
    this.enable({ step: false, run: false, reset: false });
  }

  /** The learning rate η of the next step. */
  rate(): number {
    return this.rateValue;
  }

  enable({ step, run, reset }: { step: boolean; run: boolean; reset: boolean }): void {
    this.stepButton.disabled = !step;
    this.runButton.disabled = !run;
    this.resetButton.disabled = !reset;
  }

  showRunning(running: boolean): void {
    this.runButton.textContent = running ? 'Pause' : 'Run';
  }

  showNumbers(steps: number, here: Position, lowest: number): void {
    const values: Record<string, number> = { Steps: steps, w: here.w, b: here.b, Loss: here.loss, 'Slope ∂L/∂w': here.slope.w, 'Slope ∂L/∂b': here.slope.b, 'Lowest loss': lowest };
    for (const [name, output] of this.outputs) output.textContent = name === 'Steps' ? String(steps) : formatNumber(values[name]!);
  }

  /** Shows the loss as infinite: the engine's loss overflowed and there is no slope to show. */
  showInfinite(steps: number): void {
    this.outputs.get('Steps')!.textContent = String(steps);
    this.outputs.get('Loss')!.textContent = '∞';
  }

  say(text: string): void {
    this.news.textContent = text;
  }

  private choose(): void {
    this.rateProblem.hidden = true;
    const size = this.options.stepSizes.find((candidate) => candidate.name === this.choice.value);
    if (size) {
      this.rateValue = size.rate;
      this.rateInput.value = String(size.rate);
    } else {
      this.rateInput.focus();
    }
  }

  private type(): void {
    const value = this.rateInput.valueAsNumber;
    if (!Number.isFinite(value) || value <= 0 || value > MAX_RATE) {
      this.rateProblem.textContent = `The learning rate must be a number above 0 and at most ${MAX_RATE}; it stays ${formatNumber(this.rateValue)}.`;
      this.rateProblem.hidden = false;
      this.rateInput.value = String(this.rateValue);
      return;
    }
    this.rateProblem.hidden = true;
    this.rateValue = value;
    this.choice.value = this.options.stepSizes.find((size) => size.rate === value)?.name ?? OWN;
  }
}

function button(label: string): HTMLButtonElement {
  const made = element('button', 'nnplay-button', label);
  made.type = 'button';
  return made;
}

/** `control` with a label that is its accessible name, in a box of their own. */
function labelled(name: string, control: HTMLSelectElement | HTMLInputElement | HTMLOutputElement): HTMLElement {
  const box = element('div', 'descent-field');
  const label = element('label', 'descent-label', name);
  control.id = uniqueId('descent');
  label.htmlFor = control.id;
  box.append(label, control);
  return box;
}
