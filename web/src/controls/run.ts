// The run bar: Reset, Play/Pause, Step, the epoch counter and the training speed.
import type { Locks } from '../app/locks';
import type { Part, PartContext } from '../app/part';
import type { Frame } from '../protocol';
import { SPEEDS, type PlaygroundState, type Speed } from '../state';
import { helpOn } from '../help/helpTexts';
import { applyLock, button, element, Select, setOutput, stat } from '../widgets';

const THOUSANDS = new Intl.NumberFormat('en-US');

const speedLabel = (speed: Speed): string =>
  speed === 'max' ? 'Fastest' : `${speed} epoch${speed === 1 ? '' : 's'} per frame`;

export class RunControls implements Part {
  private readonly playButton: HTMLButtonElement;
  private readonly resetButton: HTMLButtonElement;
  private readonly stepButton: HTMLButtonElement;
  private readonly epoch: HTMLOutputElement;
  private readonly speed: Select<Speed>;
  private readonly training: PartContext['training'];

  constructor(parent: HTMLElement, { settings, training }: PartContext) {
    this.training = training;
    const buttons = element('div', 'nnplay-run-buttons');
    this.resetButton = button(buttons, 'Reset', () => training.reset());
    this.resetButton.classList.add('nnplay-reset');
    this.playButton = button(buttons, 'Play', () => (training.playing ? training.pause() : training.play()));
    this.playButton.classList.add('nnplay-play');
    this.stepButton = button(buttons, 'Step', () => training.step());
    this.stepButton.classList.add('nnplay-step');
    helpOn(buttons, 'training');
    parent.append(buttons);
    this.epoch = stat(parent, 'Epoch', 'nnplay-epoch');
    helpOn(this.epoch.labels[0]!, 'epoch');
    this.speed = new Select(
      parent,
      'speed',
      'Speed',
      SPEEDS.map((value) => ({ value, label: speedLabel(value) })),
      (speed) => settings.update({ speed }),
    );
  }

  /** Play or Pause, as the training is. */
  run(): void {
    const { playing } = this.training;
    this.playButton.textContent = playing ? 'Pause' : 'Play';
    this.playButton.classList.toggle('nnplay-playing', playing);
  }

  draw(frame: Frame): void {
    const text = THOUSANDS.format(frame.stats.epoch);
    // Its box does not grow with its text (style.css, .nnplay-live): a count of more digits widens it.
    if (text.length !== this.epoch.value.length) this.epoch.style.setProperty('--nnplay-chars', String(text.length));
    setOutput(this.epoch, text);
  }

  show(state: Readonly<PlaygroundState>, locks: Locks): void {
    this.speed.set(state.speed);
    this.speed.lock(locks);
    // TensorFlow Playground's names for its buttons' `_hide` keys.
    applyLock(this.resetButton, 'resetButton', locks);
    applyLock(this.playButton, 'playButton', locks);
    applyLock(this.stepButton, 'stepButton', locks);
  }
}
