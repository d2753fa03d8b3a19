// Owns the engine and one Session; trains while playing and posts frames to the page.
import createNnplay, { type EpochStats, type NnplayModule, type Session } from '@engine/nnplay.mjs';
import wasmUrl from '@engine/nnplay.wasm?url';
import type { SessionConfig } from './config';
import type { FromWorker, LossHistory, ToWorker } from './protocol';

const FRAME_MS = 16;

class Trainer {
  private session: Session | undefined;
  private resolution = 0;
  private epochsPerFrame = 1;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly engine: NnplayModule) {}

  handle(message: ToWorker): void {
    this.guard(() => {
      switch (message.type) {
        case 'init':
          this.init(message.session, message.resolution, message.epochsPerFrame);
          break;
        case 'play':
          if (this.timer === undefined) this.tick();
          break;
        case 'pause':
          this.pause();
          break;
        case 'step':
          this.pause();
          this.train(1);
          break;
        case 'reset':
          this.pause();
          this.current().reset();
          this.postInitial();
          break;
      }
    });
  }

  private init(config: SessionConfig, resolution: number, epochsPerFrame: number): void {
    this.pause();
    const next = new this.engine.Session(JSON.stringify(config));
    this.session?.delete();
    this.session = next;
    this.resolution = resolution;
    this.epochsPerFrame = epochsPerFrame;
    const train = next.points('train');
    const test = next.points('test');
    post({ type: 'points', train, test }, [train.buffer, test.buffer]);
    this.postInitial();
  }

  private readonly tick = (): void => {
    this.guard(() => {
      const started = performance.now();
      this.train(this.epochsPerFrame);
      this.timer = setTimeout(this.tick, Math.max(0, FRAME_MS - (performance.now() - started)));
    });
  };

  /** Runs `action`; on an exception pauses and tells the page. */
  private guard(action: () => void): void {
    try {
      action();
    } catch (error) {
      this.pause();
      post({ type: 'error', message: messageOf(error) }, []);
    }
  }

  private pause(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private current(): Session {
    if (!this.session) throw new Error('No session: send init first.');
    return this.session;
  }

  /** Trains epoch by epoch, so the page gets every epoch's losses. */
  private train(epochs: number): void {
    const session = this.current();
    const trained = Array.from({ length: epochs }, () => session.train(1));
    this.postFrame(trained[trained.length - 1]!, trained);
  }

  private postInitial(): void {
    const stats = this.current().evaluate();
    this.postFrame(stats, [stats]);
  }

  private postFrame(stats: EpochStats, epochs: EpochStats[]): void {
    const history: LossHistory = {
      firstEpoch: stats.epoch - epochs.length + 1,
      train: Float32Array.from(epochs, (e) => e.trainLoss),
      test: Float32Array.from(epochs, (e) => e.testLoss),
    };
    const outputGrid = this.current().outputGrid(this.resolution);
    post({ type: 'frame', stats, history, outputGrid }, [history.train.buffer, history.test.buffer, outputGrid.buffer]);
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
    (error: unknown) => post({ type: 'error', message: `The engine did not load: ${messageOf(error)}` }, []),
  );
});
