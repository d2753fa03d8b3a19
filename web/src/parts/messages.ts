// The two message boxes: errors (a bad setting, a training that diverged, a failed worker) and the
// notice of a network that cannot learn any more, each with its one-click fix where there is one.
import { diagnose, divergence, fixLabel, LossTrend, type Notice } from '../app/diagnosis';
import type { Locks } from '../app/locks';
import type { Part, PartContext } from '../app/part';
import { settingsRefused } from '../app/refusals';
import type { RunEvent } from '../app/training';
import { ErrorBox } from '../errorBox';
import type { Frame } from '../protocol';
import type { PlaygroundState } from '../state';
import type { Announcements } from './announcements';

/** The fix of a learning rate too high: `rate`, and a fresh start. */
function lowerRateFix({ settings, training }: PartContext, rate: number): { label: string; action: () => void } {
  return {
    label: fixLabel(rate),
    action: () => {
      settings.update({ learningRate: rate });
      training.reset();
    },
  };
}

export class ErrorMessage implements Part {
  private readonly box: ErrorBox;
  private readonly stopListening: () => void;

  constructor(parent: HTMLElement, private readonly context: PartContext, announcements: Announcements) {
    this.box = new ErrorBox(parent);
    this.stopListening = context.engine.onError(({ message, kind, init }) => {
      context.training.stopped();
      // A refused init: the settings go back first (a rebuild hides this box), then the message.
      const kept = init === undefined ? null : context.training.initFailed(init);
      const text = kept === null ? message : settingsRefused(message, kept);
      const notice = kind === 'divergence' ? divergence(message, context.settings.get()) : { text, fixRate: null };
      this.showNotice(notice);
      announcements.sayNow(notice.text);
    });
  }

  get shown(): boolean {
    return this.box.shown;
  }

  /** Shows a message without interrupting training (a setting the page refused); null shows nothing. */
  tell(text: string | null): void {
    if (text !== null) this.box.show(text);
  }

  run(event: RunEvent): void {
    if (event === 'play' || event === 'step' || event === 'reset' || event === 'rebuild') this.box.hide();
  }

  destroy(): void {
    this.stopListening();
  }

  private showNotice({ text, fixRate }: Notice): void {
    this.box.show(text, fixRate === null ? undefined : lowerRateFix(this.context, fixRate));
  }
}

/** Shown, updated or hidden for each frame drawn, as app/diagnosis.ts finds. */
export class StuckNotice implements Part {
  private readonly box: ErrorBox;
  private text = '';
  /** The training loss of every frame, for a training that stopped making progress. */
  private readonly trend = new LossTrend();
  /** The hyper-parameters the trend was measured with: new ones start it afresh. */
  private hyper = '';
  /** A lower learning rate is offered only where the learner may change it (not locked or hidden by the page's author). */
  private rateFixable = true;
  private readonly stopListening: () => void;

  constructor(
    parent: HTMLElement,
    private readonly context: PartContext,
    private readonly errors: ErrorMessage,
    /** Values per neuron grid. */
    private readonly cells: number,
  ) {
    this.box = new ErrorBox(parent, 'status');
    // A stop (divergence) says more than the notice would.
    this.stopListening = context.engine.onError(({ kind }) => kind === 'divergence' && this.hide());
  }

  show({ learningRate, regularization, regularizationRate, batchSize }: Readonly<PlaygroundState>, locks: Locks): void {
    const hyper = [learningRate, regularization, regularizationRate, batchSize].join();
    if (hyper !== this.hyper) this.trend.clear();
    this.hyper = hyper;
    this.rateFixable = !locks.locked.has('learningRate') && !locks.hidden.has('learningRate');
  }

  receive({ history }: Frame): void {
    this.trend.add(history.epochs, history.train);
  }

  draw(frame: Frame, state: Readonly<PlaygroundState>): void {
    // An earlier epoch of the timeline is looked at, not diagnosed: the notice stays the training's.
    if (frame.timeline.shown !== null) return;
    const notice = diagnose(frame, state, this.cells, this.errors.shown, this.trend.stalled);
    if (!notice) this.hide();
    else if (notice.text !== this.text || !this.box.shown) {
      this.text = notice.text;
      this.box.show(notice.text, notice.fixRate === null || !this.rateFixable ? undefined : lowerRateFix(this.context, notice.fixRate));
    }
  }

  run(event: RunEvent): void {
    if (event === 'rebuild' || event === 'reset' || event === 'regenerate') {
      this.hide();
      this.trend.clear();
    }
  }

  destroy(): void {
    this.stopListening();
  }

  private hide(): void {
    this.box.hide();
    this.text = '';
  }
}
