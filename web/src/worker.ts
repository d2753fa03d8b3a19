// Owns the engine and one Session; trains while playing and posts frames to the page.
import createNnplay, { type EpochStats, type NnplayModule, type Session } from '@engine/nnplay.mjs';
import wasmUrl from '@engine/nnplay.wasm?url';
import type { SessionConfig } from './config';
import type { FromWorker, LossHistory, NetworkWeights, Resolutions, ToWorker } from './protocol';
import type { Speed } from './state';

/** At the `max` speed, the training time between two looks at the messages. */
const BUDGET_MS = 10;
/** Frames posted but not yet drawn by the page, at most: one, so each displayed frame shows `speed` new epochs. */
const IN_FLIGHT = 1;
/** Loss points kept per frame; more epochs than this are trained in as many chunks. */
const CHART_POINTS_PER_FRAME = 8;
/** Loss points kept for a page that has not drawn for a while. */
const MAX_UNPOSTED = 1000;
/** Example points drawn in a dataset's thumbnail. */
const SAMPLE_POINTS = 200;

class Trainer {
  private session: Session | undefined;
  private resolutions: Resolutions = { output: 1, neuron: 1 };
  private speed: Speed = 1;
  private playing = false;
  /** A tick is queued. */
  private scheduled = false;
  /** Queues ticks as messages: unlike chained timeouts, they are not held back 4 ms each. */
  private readonly ticks = new MessageChannel();
  /** Frames the worker may post before the page has drawn the ones it has. */
  private credits = IN_FLIGHT;
  /** Measured, for the `max` speed. */
  private msPerEpoch = BUDGET_MS;
  private inspected: number | null = null;
  /** Epochs trained at the `max` speed while the page was still drawing the last frame. */
  private unposted: EpochStats[] = [];

  constructor(private readonly engine: NnplayModule) {
    this.ticks.port1.onmessage = this.tick;
  }

  handle(message: ToWorker): void {
    this.guard(() => {
      switch (message.type) {
        case 'init':
          this.init(message.session, message.resolutions);
          break;
        case 'play':
          this.playing = true;
          this.schedule();
          break;
        case 'pause':
          this.pause();
          break;
        case 'step':
          this.pause();
          this.unposted.push(...this.trainEpochs(1));
          this.postUnposted();
          break;
        case 'reset':
          this.pause();
          this.current().reset();
          this.postFrame([this.current().evaluate()]);
          break;
        case 'regenerate':
          this.current().regenerateData(message.seed);
          this.postPoints();
          if (!this.playing) this.postFrame([this.current().evaluate()]);
          break;
        case 'speed':
          this.speed = message.speed;
          this.schedule();
          break;
        case 'hyper': {
          const session = this.current();
          session.setLearningRate(message.learningRate);
          session.setRegularization(message.regularization, message.regularizationRate);
          session.setBatchSize(message.batchSize);
          break;
        }
        case 'weight':
          this.current().setWeight(message.layer, message.to, message.from, message.value);
          this.postStill();
          break;
        case 'bias':
          this.current().setBias(message.layer, message.unit, message.value);
          this.postStill();
          break;
        case 'inspect':
          this.inspected = message.neuron;
          this.postStill();
          break;
        case 'drawn':
          this.credits += message.frames;
          this.schedule();
          break;
        case 'samples':
          post({ type: 'samples', samples: message.datasets.map((name) => this.sample(name)) }, []);
          break;
      }
    });
  }

  private init(config: SessionConfig, resolutions: Resolutions): void {
    this.pause();
    const next = new this.engine.Session(JSON.stringify(config));
    this.session?.delete();
    this.session = next;
    this.resolutions = resolutions;
    this.msPerEpoch = BUDGET_MS;
    this.inspected = null;
    this.postPoints();
    this.postFrame([next.evaluate()]);
  }

  /** At a fixed speed the next tick waits for the page to draw; at `max` training never waits. */
  private schedule(): void {
    const ready = this.speed === 'max' || this.credits > 0;
    if (!this.playing || !ready || this.scheduled) return;
    this.scheduled = true;
    this.ticks.port2.postMessage(null);
  }

  private readonly tick = (): void => {
    this.scheduled = false;
    if (!this.playing) return;
    this.guard(() => {
      if (this.speed === 'max') {
        // Trains for about BUDGET_MS, then lets messages in; a frame goes out when the page can take one.
        this.unposted.push(...this.trainEpochs(Math.max(1, Math.floor(BUDGET_MS / this.msPerEpoch))));
        if (this.credits > 0) this.postUnposted();
        // A page that does not draw (a hidden tab) gets a thinned history when it comes back.
        else if (this.unposted.length > MAX_UNPOSTED) {
          this.unposted = this.unposted.filter((_, i, all) => i % 2 === 0 || i === all.length - 1);
        }
      } else if (this.credits > 0) {
        this.unposted.push(...this.trainEpochs(this.speed));
        this.postUnposted();
      }
      this.schedule();
    });
  };

  /** Runs `action`; on an exception pauses and tells the page. */
  private guard(action: () => void): void {
    try {
      action();
    } catch (error) {
      this.pause();
      const divergence = error instanceof Error && error.name === 'DivergenceError';
      post({ type: 'error', message: messageOf(error), divergence }, []);
    }
  }

  private pause(): void {
    this.postUnposted();
    this.playing = false;
  }

  private current(): Session {
    if (!this.session) throw new Error('No session: send init first.');
    return this.session;
  }

  /**
   * Trains `epochs` epochs in at most CHART_POINTS_PER_FRAME chunks (`train(n)` reports only its last
   * epoch) and returns each chunk's stats. On a divergence, posts the chunks done before it and throws.
   */
  private trainEpochs(epochs: number): EpochStats[] {
    const session = this.current();
    const chunk = Math.ceil(epochs / CHART_POINTS_PER_FRAME);
    const trained: EpochStats[] = [];
    const started = performance.now();
    try {
      for (let done = 0; done < epochs; done += chunk) trained.push(session.train(Math.min(chunk, epochs - done)));
    } catch (error) {
      this.unposted.push(...trained);
      this.postUnposted();
      throw error;
    }
    this.msPerEpoch = (this.msPerEpoch + (performance.now() - started) / epochs) / 2;
    return trained;
  }

  /** Posts the epochs trained since the last frame, if any. */
  private postUnposted(): void {
    if (this.unposted.length > 0) this.postFrame(this.unposted);
    this.unposted = [];
  }

  /** A frame for a change made while paused; while playing, the next frame shows it. */
  private postStill(): void {
    if (!this.playing) this.postFrame([this.current().evaluate()]);
  }

  private postPoints(): void {
    const train = this.current().points('train');
    const test = this.current().points('test');
    post({ type: 'points', train, test }, [train.buffer, test.buffer]);
  }

  /** Posts the network as it is now, with `epochs`' losses for the chart (the last is now). */
  private postFrame(epochs: EpochStats[]): void {
    const session = this.current();
    const history: LossHistory = {
      epochs: Int32Array.from(epochs, (e) => e.epoch),
      train: Float32Array.from(epochs, (e) => e.trainLoss),
      test: Float32Array.from(epochs, (e) => e.testLoss),
    };
    const { features, layers } = JSON.parse(session.networkJson()) as NetworkWeights;
    const neuronGrids = session.neuronGrids(this.resolutions.neuron);
    const neurons = neuronGrids.length / this.resolutions.neuron ** 2;
    if (this.inspected !== null && this.inspected >= neurons) this.inspected = null;
    const cells = this.resolutions.output ** 2;
    const grid =
      this.inspected === null
        ? session.outputGrid(this.resolutions.output)
        : session.neuronGrids(this.resolutions.output).slice(this.inspected * cells, (this.inspected + 1) * cells);
    this.credits--;
    post(
      {
        type: 'frame',
        stats: epochs[epochs.length - 1]!,
        history,
        grid,
        inspected: this.inspected,
        neuronGrids,
        network: { features, layers },
      },
      [history.epochs.buffer, history.train.buffer, history.test.buffer, grid.buffer, neuronGrids.buffer],
    );
  }

  /** Example points of `dataset`, train and test together. */
  private sample(dataset: string): { dataset: string; points: Float32Array } {
    const session = new this.engine.Session(JSON.stringify({ dataset: { name: dataset, points: SAMPLE_POINTS } }));
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
}

function post(message: FromWorker, transfer: Transferable[]): void {
  self.postMessage(message, transfer);
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

const trainer = createNnplay({ locateFile: (path) => (path.endsWith('.wasm') ? wasmUrl : path) }).then(
  (engine) => new Trainer(engine),
);

self.addEventListener('message', (event: MessageEvent<ToWorker>) => {
  trainer.then(
    (t) => t.handle(event.data),
    (error: unknown) =>
      post({ type: 'error', message: `The engine did not load: ${messageOf(error)}`, divergence: false }, []),
  );
});
