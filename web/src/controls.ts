// The bar above the playground: Play/Pause, Step, Reset, the epoch and the losses.
import type { EpochStats } from '@engine/nnplay.mjs';

export interface ControlActions {
  play(): void;
  pause(): void;
  step(): void;
  reset(): void;
}

export class Controls {
  private readonly playButton: HTMLButtonElement;
  private readonly epoch: HTMLOutputElement;
  private readonly trainLoss: HTMLOutputElement;
  private readonly testLoss: HTMLOutputElement;
  private readonly error: HTMLElement;
  private playing = false;

  constructor(parent: HTMLElement, actions: ControlActions) {
    const bar = element('div', 'nnplay-controls');
    const reset = button('Reset', () => {
      this.setPlaying(false);
      actions.reset();
    });
    this.playButton = button('Play', () => {
      if (this.playing) actions.pause();
      else actions.play();
      this.setPlaying(!this.playing);
    });
    this.playButton.classList.add('nnplay-play');
    const step = button('Step', () => {
      this.setPlaying(false);
      actions.step();
    });
    bar.append(reset, this.playButton, step);
    this.epoch = stat(bar, 'Epoch');
    this.trainLoss = stat(bar, 'Train loss');
    this.testLoss = stat(bar, 'Test loss');
    this.error = element('p', 'nnplay-error');
    this.error.setAttribute('role', 'alert');
    this.error.hidden = true;
    parent.append(bar, this.error);
  }

  setPlaying(playing: boolean): void {
    this.playing = playing;
    this.playButton.textContent = playing ? 'Pause' : 'Play';
  }

  show(stats: EpochStats): void {
    this.epoch.value = String(stats.epoch);
    this.trainLoss.value = stats.trainLoss.toFixed(3);
    this.testLoss.value = stats.testLoss.toFixed(3);
    this.error.hidden = true;
  }

  showError(message: string): void {
    this.setPlaying(false);
    this.error.textContent = message;
    this.error.hidden = false;
  }
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  el.className = className;
  return el;
}

function button(label: string, onClick: () => void): HTMLButtonElement {
  const el = element('button', 'nnplay-button');
  el.type = 'button';
  el.textContent = label;
  el.addEventListener('click', onClick);
  return el;
}

/** A labelled number; not a live region, since it changes many times a second. */
function stat(parent: HTMLElement, label: string): HTMLOutputElement {
  const box = element('span', 'nnplay-stat');
  const name = element('span', 'nnplay-stat-label');
  name.textContent = label;
  const value = element('output', 'nnplay-stat-value');
  value.setAttribute('aria-label', label);
  value.setAttribute('aria-live', 'off');
  box.append(name, value);
  parent.append(box);
  return value;
}
