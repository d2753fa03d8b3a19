// The page's side of the worker: typed commands out, typed messages in, and requests whose replies
// come back as promises, matched by a correlation id. A worker that died is replaced by a new one
// (restart()); what it had is the caller's to send again.
import type { Command, EngineError, FromWorker, Frame, RequestArgs, Requests, RequestName, ToWorker } from '../protocol';

/** The parts of a Worker the client uses (a fake in tests). */
export interface WorkerPort {
  postMessage(message: ToWorker): void;
  addEventListener(type: 'message', listener: (event: { data: FromWorker }) => void): void;
  addEventListener(type: 'error', listener: (event: { message: string }) => void): void;
  terminate(): void;
}

type MessageOf<T extends FromWorker['type']> = Extract<FromWorker, { type: T }>;
type Handler<T extends FromWorker['type']> = (message: MessageOf<T>) => void;

interface Pending {
  resolve(value: Requests[RequestName]): void;
  reject(error: Error): void;
}

/** A failed request: the engine's message and kind. */
export class RequestError extends Error {
  constructor(readonly error: EngineError) {
    super(error.message);
    this.name = 'RequestError';
  }
}

export class EngineClient {
  private readonly handlers = new Map<FromWorker['type'], Set<(message: never) => void>>();
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private worker: WorkerPort;
  /** Takes the worker's uncaught failures (its 'error' event) first: true when it dealt with one. */
  private failureHandler: (message: string) => boolean = () => false;

  /** `start` makes a worker: the first now (unless `first` is one already started), another on each restart(). */
  constructor(
    private readonly start: () => WorkerPort,
    first?: WorkerPort,
  ) {
    this.worker = this.started(first ?? start());
  }

  send(command: Command): void {
    this.worker.postMessage(command);
  }

  /** Asks the worker; the promise settles with its reply (rejected with a RequestError on failure). */
  request<K extends RequestName>(name: K, ...args: RequestArgs[K]): Promise<Requests[K]> {
    const id = this.nextId++;
    return new Promise<Requests[K]>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as Pending['resolve'], reject });
      this.worker.postMessage(args.length > 0 ? { type: 'request', id, name, args } : { type: 'request', id, name });
    });
  }

  on<T extends FromWorker['type']>(type: T, handler: Handler<T>): () => void {
    const set = this.handlers.get(type) ?? new Set();
    this.handlers.set(type, set);
    set.add(handler as (message: never) => void);
    return () => set.delete(handler as (message: never) => void);
  }

  onFrame(handler: (frame: Frame) => void): () => void {
    return this.on('frame', handler);
  }

  onPoints(handler: Handler<'points'>): () => void {
    return this.on('points', handler);
  }

  onError(handler: Handler<'error'>): () => void {
    return this.on('error', handler);
  }

  /**
   * `handler` runs on the worker's uncaught failures; those it does not deal with (returning false)
   * reach the `error` listeners as an internal error.
   */
  onFailure(handler: (message: string) => boolean): void {
    this.failureHandler = handler;
  }

  /** Stops the worker and starts a new one, empty; requests still waiting are rejected. */
  restart(): void {
    this.stop('The training worker was restarted.');
    this.worker = this.started(this.start());
  }

  /** Stops the worker; requests still waiting are rejected. */
  destroy(): void {
    this.stop('The playground was destroyed.');
  }

  private started(worker: WorkerPort): WorkerPort {
    // A replaced worker's last messages are not this one's.
    worker.addEventListener('message', (event) => worker === this.worker && this.receive(event.data));
    worker.addEventListener('error', (event) => worker === this.worker && this.failed(event.message));
    return worker;
  }

  private failed(message: string): void {
    if (!this.failureHandler(message)) this.receive({ type: 'error', message: `The training worker failed: ${message}`, kind: 'internal' });
  }

  private stop(reason: string): void {
    this.worker.terminate();
    for (const { reject } of this.pending.values()) reject(new Error(reason));
    this.pending.clear();
  }

  private receive(message: FromWorker): void {
    if (message.type === 'reply') {
      const pending = this.pending.get(message.id);
      this.pending.delete(message.id);
      if ('error' in message) pending?.reject(new RequestError(message.error));
      else pending?.resolve(message.value);
      return;
    }
    for (const handler of this.handlers.get(message.type) ?? []) (handler as Handler<typeof message.type>)(message as never);
  }
}
