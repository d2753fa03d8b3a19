// The worker's one experiment: the engine's Session, trained while playing as pacing.ts says, and
// every frame, dataset and reply posted to the page; the weights of each frame posted are kept in the
// training timeline (timeline.ts), and a frame of an earlier epoch is made from them on request.
// worker/handlers.ts maps each message to it.
import type { EpochStats, NnplayModule, Session } from '@engine/nnplay.mjs';
import type { SessionConfig } from '../config';
import type { FromWorker, NetworkWeights, Resolutions, Resume } from '../protocol';
import { engineError } from './facts';
import { buildFrame, NetworkCache, readNetwork } from './frames';
import { MetricsSchedule, readMetrics } from './metricsSchedule';
import { Pacing, type Trainable } from './pacing';
import { Timeline } from './timeline';

/** Example points drawn in a dataset's thumbnail. */
const SAMPLE_POINTS = 200;

export type Post = (message: FromWorker, transfer: Transferable[]) => void;

export class Runner {
  readonly pacing = new Pacing(() => performance.now());
  readonly metrics = new MetricsSchedule(() => performance.now());
  /** The neuron the output view shows, null for the output. */
  inspected: number | null = null;
  private session: Session | undefined;
  /**
   * Epochs trained before this session was made: a resumed experiment (protocol.ts Resume) goes on
   * from its saved epoch, which the engine's count, starting at 0, is shifted by.
   */
  private epochsBefore = 0;
  /** The session as pacing trains it, its epochs shifted. */
  private readonly trainable: Trainable = { train: (epochs) => this.shifted(this.current().train(epochs)) };
  private resolutions: Resolutions = { output: 1, neuron: 1 };
  private readonly network = new NetworkCache();
  /** The weights of the frames posted, by epoch. */
  private readonly timeline = new Timeline<Float32Array>();
  /** The epoch of the timeline the page is shown, null for the network now. */
  private shown: number | null = null;
  /** The id of the last `timeline` command handled. */
  private answered = 0;
  /** A tick is queued. */
  private scheduled = false;
  /** Queues ticks as messages: unlike chained timeouts, they are not held back 4 ms each. */
  private readonly ticks = new MessageChannel();

  constructor(
    readonly engine: NnplayModule,
    readonly post: Post,
  ) {
    this.ticks.port1.onmessage = this.tick;
  }

  /**
   * Runs `action`; on an exception pauses and tells the page. A trap or abort of the WebAssembly
   * module (memory exhausted beyond what the engine catches, say) leaves the module unusable: it
   * escapes, and the page, seeing the worker fail, starts a new one with the experiment.
   */
  guard(action: () => void): void {
    try {
      action();
    } catch (error) {
      if (error instanceof WebAssembly.RuntimeError) throw error;
      this.pause();
      this.post({ type: 'error', ...engineError(error) }, []);
    }
  }

  /**
   * A new session for init `id`, with `resume`'s weights and epoch when given; if the engine refuses
   * `config` or the weights, the session there was stays.
   */
  init(id: number, config: SessionConfig, resolutions: Resolutions, resume?: Resume): void {
    this.pause();
    let next: Session | undefined;
    try {
      next = new this.engine.Session(JSON.stringify(config));
      if (resume) putWeights(next, resume.network);
      // After the weights: setting a weight by hand revives it, which the state may say is dead.
      if (resume?.training) next.restoreTrainingState(resume.training);
    } catch (error) {
      if (error instanceof WebAssembly.RuntimeError) throw error;
      next?.delete();
      this.post({ type: 'error', init: id, ...engineError(error) }, []);
      return;
    }
    this.session?.delete();
    this.session = next;
    this.epochsBefore = resume?.epoch ?? 0;
    this.resolutions = resolutions;
    this.pacing.restart();
    this.inspected = null;
    this.forget();
    this.postPoints();
    this.postFrame([this.evaluate()]);
  }

  /** Builds `config` and frees it again: true, or the engine's refusal thrown. The session stays as it was. */
  check(config: SessionConfig): true {
    new this.engine.Session(JSON.stringify(config)).delete();
    return true;
  }

  current(): Session {
    if (!this.session) throw new Error('No session: send init first.');
    return this.session;
  }

  /** The weights changed outside training (an edit, a reset): the page sees them as they are now. */
  weightsChanged(): void {
    this.network.invalidate();
    this.shown = null;
  }

  /** Back to the initial weights, epoch 0, with an empty timeline. */
  reset(): void {
    this.pause();
    this.current().reset();
    this.epochsBefore = 0;
    this.forget();
    this.postStill();
  }

  /** Pauses and shows the network of the timeline's `epoch` (null, or one not kept: as it is now). */
  look(id: number, epoch: number | null): void {
    this.pause();
    this.answered = id;
    this.shown = epoch !== null && epoch !== this.timeline.newest && this.timeline.at(epoch) ? epoch : null;
    this.postStill();
  }

  /** Shows the network as it is now (Play, Step). */
  lookAtNow(): void {
    this.shown = null;
  }

  /** The next tick waits for the page to have drawn: the worker never trains ahead of the page. */
  schedule(): void {
    if (!this.pacing.ready || this.scheduled) return;
    this.scheduled = true;
    this.ticks.port2.postMessage(null);
  }

  pause(): void {
    this.pacing.playing = false;
    this.postEpochs(this.pacing.take());
  }

  step(): void {
    this.pause();
    this.lookAtNow();
    this.network.invalidate();
    this.postEpochs(this.pacing.step(this.trainable));
  }

  /** A frame for a change made while paused; while playing, the next frame shows it. */
  postStill(): void {
    if (this.pacing.playing) return;
    if (this.shown === null) this.postFrame([this.evaluate()]);
    else this.postPast(this.shown);
  }

  /** Paused while the frame on screen lacks the metrics of its weights: a still frame with them. */
  catchUpMetrics(): void {
    if (this.session && this.metrics.behind) this.postStill();
  }

  postPoints(): void {
    const train = this.current().points('train');
    const test = this.current().points('test');
    this.post({ type: 'points', train, test }, [train.buffer, test.buffer]);
  }

  /** Example points of `dataset` (of `classes` classes when given), train and test together. */
  sample(dataset: string, classes?: number): { dataset: string; points: Float32Array } {
    const config = { dataset: { name: dataset, points: SAMPLE_POINTS, ...(classes === undefined ? {} : { classes }) } };
    const session = new this.engine.Session(JSON.stringify(config));
    try {
      const train = session.points('train');
      const test = session.points('test');
      const points = new Float32Array(train.length + test.length);
      points.set(train);
      points.set(test, train.length);
      return { dataset, points };
    } finally {
      session.delete();
    }
  }

  private readonly tick = (): void => {
    this.scheduled = false;
    if (!this.pacing.playing) return;
    this.guard(() => {
      this.network.invalidate();
      this.postEpochs(this.pacing.tick(this.trainable));
      this.schedule();
    });
  };

  /** The engine's stats now, at the experiment's epoch. */
  private evaluate(): EpochStats {
    return this.shifted(this.current().evaluate());
  }

  private shifted(stats: EpochStats): EpochStats {
    return { ...stats, epoch: stats.epoch + this.epochsBefore };
  }

  private postEpochs(epochs: EpochStats[]): void {
    if (epochs.length > 0) this.postFrame(epochs);
  }

  /** Posts the frame of the network now, after `epochs` (the last is now), and keeps its weights. */
  private postFrame(epochs: EpochStats[]): void {
    const session = this.current();
    this.timeline.add(epochs[epochs.length - 1]!.epoch, session.snapshot());
    this.send(epochs, this.network.get(session));
  }

  /**
   * Posts the frame of the network at the timeline's `epoch`: its weights are restored for as long
   * as the frame takes, then the newest are put back; the training, the optimiser's state and the
   * epoch are not touched. Its stats are the engine's for those weights and the data now.
   */
  private postPast(epoch: number): void {
    const session = this.current();
    const now = session.snapshot();
    session.restore(this.timeline.at(epoch)!);
    try {
      this.send([{ ...session.evaluate(), epoch }], readNetwork(session));
    } finally {
      session.restore(now);
    }
  }

  private send(epochs: EpochStats[], network: NetworkWeights): void {
    const session = this.current();
    const timeline = { epochs: this.timeline.epochs, shown: this.shown, answered: this.answered };
    const { frame, transfer } = buildFrame(session, epochs, this.resolutions, this.inspected, network, timeline, (neuron, resolution) =>
      session.neuronGrid(neuron, resolution),
    );
    if (this.metrics.due(this.pacing.playing)) frame.metrics = readMetrics(session);
    this.inspected = frame.inspected;
    this.pacing.posted();
    this.post(frame, transfer);
  }

  /** A new training: no timeline yet, the network shown as it is now. */
  private forget(): void {
    this.network.invalidate();
    this.timeline.clear();
    this.shown = null;
  }
}

/** Sets every weight and bias of `session` to `network`'s, through the engine (which checks each). */
function putWeights(session: Session, network: NetworkWeights): void {
  const shape = (weights: NetworkWeights): string => JSON.stringify(weights.layers.map((layer) => layer.weights.map((row) => row.length)));
  if (shape(readNetwork(session)) !== shape(network)) {
    throw Object.assign(new Error('The saved weights do not fit this network (its layers have other sizes).'), { kind: 'bad-input' });
  }
  network.layers.forEach(({ weights, biases }, layer) => {
    weights.forEach((row, to) => row.forEach((value, from) => session.setWeight(layer, to, from, value)));
    biases.forEach((value, unit) => session.setBias(layer, unit, value));
  });
}
