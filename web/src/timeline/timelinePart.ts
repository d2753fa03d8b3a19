// The training timeline under the loss chart: a slider over the epochs whose weights the worker
// keeps (worker/timeline.ts). Moving it pauses the training and shows the decision boundary, every
// neuron and the weights as they were at that epoch, made by the engine from those weights; the
// training itself is not touched, its end is the network now, and Play goes on from the newest
// epoch. Its room is kept from the start, so nothing moves when it appears with the first epoch to
// go back to; the `timeline` key hides or locks it.
import type { Locks } from '../app/locks';
import type { Part, PartContext } from '../app/part';
import type { Frame, TimelineView } from '../protocol';
import type { PlaygroundState } from '../state';
import { applyLock, element, liveOutput, setIfChanged, uniqueId } from '../widgets';
import './timeline.css';

const HELP =
  'The network as it was at an earlier epoch: its decision boundary, every neuron and the weights. ' +
  'Drag back to see how the boundary formed. The training is not touched: Play goes on from the newest epoch.';

const THOUSANDS = new Intl.NumberFormat('en-US');

/** What the slider says: "epoch 12 of 340", or "epoch 340, now" at its end. */
function timelineText(epochs: readonly number[], index: number): string {
  const newest = epochs[epochs.length - 1] ?? 0;
  const epoch = epochs[index] ?? newest;
  return index >= epochs.length - 1
    ? `epoch ${THOUSANDS.format(newest)}, now`
    : `epoch ${THOUSANDS.format(epoch)} of ${THOUSANDS.format(newest)}`;
}

export class TimelinePart implements Part {
  private readonly box = element('div', 'nnplay-field nnplay-field-slider nnplay-timeline');
  private readonly slider = element('input', 'nnplay-slider');
  /** The slider moves every frame: like the value beside it, it is laid out alone (timeline.css). */
  private readonly track = element('div', 'nnplay-timeline-track');
  private readonly value = liveOutput('nnplay-slider-value');
  private view: TimelineView = { epochs: [], shown: null, answered: 0 };
  /** The id of the last epoch asked of the worker; its frame may not have come yet. */
  private asked = 0;

  /** Puts the timeline right after `chart`, the loss chart's element. */
  constructor(
    chart: HTMLElement,
    private readonly context: PartContext,
  ) {
    const label = element('label', 'nnplay-label', 'Timeline');
    this.slider.type = 'range';
    this.slider.min = '0';
    this.slider.step = '1';
    this.slider.id = uniqueId('timeline');
    label.htmlFor = this.slider.id;
    this.track.dataset.help = HELP;
    this.track.dataset.helpName = 'Timeline';
    this.track.append(this.slider);
    // The slider itself tells its value (aria-valuetext).
    this.value.output.htmlFor.add(this.slider.id);
    this.box.append(label, this.value.box, this.track);
    this.box.classList.add('nnplay-timeline-empty');
    this.slider.addEventListener('input', () => this.look(Number(this.slider.value)));
    chart.after(this.box);
  }

  show(_state: Readonly<PlaygroundState>, locks: Locks): void {
    applyLock(this.box, 'timeline', locks);
  }

  draw(frame: Frame): void {
    this.view = frame.timeline;
    this.render();
  }

  destroy(): void {
    this.box.remove();
  }

  /** Shows the epoch at `index`: its end is the network now. */
  private look(index: number): void {
    const { epochs } = this.view;
    if (index >= epochs.length) return;
    const { training, engine } = this.context;
    if (training.playing) training.pause();
    this.asked++;
    engine.send({ type: 'timeline', id: this.asked, epoch: index === epochs.length - 1 ? null : epochs[index]! });
    this.showValue(index);
  }

  private render(): void {
    const { epochs, shown, answered } = this.view;
    this.box.classList.toggle('nnplay-timeline-empty', epochs.length < 2);
    setIfChanged(this.slider, 'max', String(Math.max(0, epochs.length - 1)));
    // While an epoch asked is on its way, the slider stays where the learner put it.
    if (answered < this.asked) return;
    const index = shown === null ? epochs.length - 1 : epochs.indexOf(shown);
    setIfChanged(this.slider, 'value', String(index));
    this.showValue(index);
  }

  private showValue(index: number): void {
    const text = timelineText(this.view.epochs, index);
    setIfChanged(this.value.output, 'value', text);
    this.slider.setAttribute('aria-valuetext', text);
    this.box.classList.toggle('nnplay-timeline-past', index < this.view.epochs.length - 1);
  }
}
