// The run bar: Reset, Play/Pause, Step, the epoch counter and the training speed.
import { SPEEDS, type PlaygroundState, type Speed } from '../state';
import { button, element, Select, setOutput, stat } from '../widgets';

export interface RunActions {
  play(): void;
  pause(): void;
  step(): void;
  reset(): void;
  change(patch: Partial<PlaygroundState>): void;
}

const THOUSANDS = new Intl.NumberFormat('en-US');

const speedLabel = (speed: Speed): string =>
  speed === 'max' ? 'Fastest' : `${speed} epoch${speed === 1 ? '' : 's'} per frame`;

export class RunControls {
  private readonly playButton: HTMLButtonElement;
  private readonly epoch: HTMLOutputElement;
  private readonly speed: Select<Speed>;
  private playing = false;

  constructor(parent: HTMLElement, actions: RunActions) {
    const buttons = element('div', 'nnplay-run-buttons');
    button(buttons, 'Reset', actions.reset).classList.add('nnplay-reset');
    this.playButton = button(buttons, 'Play', () => (this.playing ? actions.pause() : actions.play()));
    this.playButton.classList.add('nnplay-play');
    button(buttons, 'Step', actions.step).classList.add('nnplay-step');
    parent.append(buttons);
    this.epoch = stat(parent, 'Epoch', 'nnplay-epoch');
    this.speed = new Select(
      parent,
      'speed',
      'Speed',
      SPEEDS.map((value) => ({ value, label: speedLabel(value) })),
      (speed) => actions.change({ speed }),
    );
  }

  setPlaying(playing: boolean): void {
    this.playing = playing;
    this.playButton.textContent = playing ? 'Pause' : 'Play';
    this.playButton.classList.toggle('nnplay-playing', playing);
  }

  showEpoch(epoch: number): void {
    setOutput(this.epoch, THOUSANDS.format(epoch));
  }

  show(state: Readonly<PlaygroundState>): void {
    this.speed.set(state.speed);
  }
}
