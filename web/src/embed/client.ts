// nnplay-embed.js: the typed client of the host-page API (docs/embedding.md) for a page that embeds
// nnplay's embed page in an iframe. Each method is a promise of the widget's reply; events arrive
// through on(); the frame takes the height the widget asks for.
//
//   import { NnplayFrame } from './nnplay-embed.js';
//   const widget = new NnplayFrame(document.querySelector('iframe'));
//   widget.on('epoch', (stats) => console.log(stats.epoch, stats.testLoss));
//   await widget.play();
import type { EpochStats } from '@engine/nnplay.mjs';
import type { PlaygroundEvent, PlaygroundEvents } from '../app/events';
import type { PlaygroundConfig } from '../config';
import { checkWidgetMessage, PROTOCOL_VERSION, type HostMessage, type HostMethods, type MethodName, type WidgetMessage } from './hostProtocol';

export type { PlaygroundConfig, PlaygroundEvent, PlaygroundEvents, EpochStats };

export interface NnplayFrameOptions {
  /** Set the iframe's height to the height the widget posts (default true). */
  autoResize?: boolean;
}

interface Pending {
  resolve(value: HostMethods[MethodName]): void;
  reject(error: Error): void;
}

type Listener = (detail: never) => void;

/** The widget in `iframe` (an nnplay embed page), driven over postMessage. */
export class NnplayFrame {
  /** The newest stats once the widget has its first epoch on screen. */
  readonly ready: Promise<EpochStats>;
  private readonly connected: Promise<void>;
  private connect!: () => void;
  private becomeReady!: (stats: EpochStats) => void;
  private readonly pending = new Map<number, Pending>();
  /** Calls that ask whether the widget is listening and ready; those sent before a load are lost. */
  private readonly probes = new Set<number>();
  private readonly listeners = new Map<PlaygroundEvent, Set<Listener>>();
  private readonly autoResize: boolean;
  private nextId = 1;

  constructor(
    readonly iframe: HTMLIFrameElement,
    options: NnplayFrameOptions = {},
  ) {
    this.autoResize = options.autoResize ?? true;
    this.connected = new Promise((resolve) => (this.connect = resolve));
    this.ready = new Promise((resolve) => (this.becomeReady = resolve));
    addEventListener('message', this.receive);
    iframe.addEventListener('load', this.probe);
    this.probe();
  }

  play(): Promise<null> {
    return this.call('play');
  }

  pause(): Promise<null> {
    return this.call('pause');
  }

  /** Pauses and trains one epoch. */
  step(): Promise<null> {
    return this.call('step');
  }

  /** Back to the preset's initial weights, epoch 0. */
  reset(): Promise<null> {
    return this.call('reset');
  }

  getConfig(): Promise<PlaygroundConfig> {
    return this.call('getConfig');
  }

  /** Replaces the configuration; rejects with the schema's messages if it is not valid, leaving the widget as it was. */
  setConfig(config: PlaygroundConfig): Promise<null> {
    return this.call('setConfig', { config });
  }

  /** The newest losses and accuracies; null before the first epoch is on screen. */
  getStats(): Promise<EpochStats | null> {
    return this.call('getStats');
  }

  /** The model file (docs/model-format.md) of the network as it is now. */
  getModel(): Promise<string> {
    return this.call('getModel');
  }

  /** Calls `listener` with the detail of every `event` of the widget; returns what stops that. */
  on<E extends PlaygroundEvent>(event: E, listener: (detail: PlaygroundEvents[E]) => void): () => void {
    const set = this.listeners.get(event) ?? new Set();
    this.listeners.set(event, set);
    set.add(listener as Listener);
    return () => set.delete(listener as Listener);
  }

  /** Stops listening; calls still waiting for a reply are rejected. */
  destroy(): void {
    removeEventListener('message', this.receive);
    this.iframe.removeEventListener('load', this.probe);
    for (const call of this.pending.values()) call.reject(new Error('The nnplay frame was destroyed before it replied.'));
    this.pending.clear();
  }

  /** The origin of the iframe's page, the only one its calls are posted to ("*" for an opaque one). */
  private get origin(): string {
    const origin = new URL(this.iframe.src, document.baseURI).origin;
    return origin === 'null' ? '*' : origin;
  }

  /** Posts a call once the widget listens. */
  private async call<M extends MethodName>(method: M, fields: object = {}): Promise<HostMethods[M]> {
    await this.connected;
    return this.send(method, fields).reply;
  }

  private send<M extends MethodName>(method: M, fields: object = {}): { id: number; reply: Promise<HostMethods[M]> } {
    const id = this.nextId++;
    const message = { nnplay: PROTOCOL_VERSION, type: 'call', id, method, ...fields } as HostMessage;
    const reply = new Promise<HostMethods[M]>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as Pending['resolve'], reject });
    });
    this.iframe.contentWindow?.postMessage(message, this.origin);
    return { id, reply };
  }

  /** Asks for the stats: any reply means the widget listens, and stats mean it is ready. */
  private readonly probe = (): void => {
    for (const id of this.probes) this.pending.delete(id);
    this.probes.clear();
    const { id, reply } = this.send('getStats');
    this.probes.add(id);
    reply.then((stats) => stats && this.becomeReady(stats), () => {});
  };

  private readonly receive = (event: MessageEvent): void => {
    if (event.source === null || event.source !== this.iframe.contentWindow) return;
    if (this.origin !== '*' && event.origin !== this.origin) return;
    const checked = checkWidgetMessage(event.data);
    if ('ignored' in checked) return;
    this.connect();
    this.handle(checked.message);
  };

  private handle(message: WidgetMessage): void {
    if (message.type === 'resize') {
      if (this.autoResize) this.iframe.style.height = `${message.height}px`;
    } else if (message.type === 'event') {
      if (message.event === 'ready') this.becomeReady(message.detail);
      for (const listener of [...(this.listeners.get(message.event) ?? [])]) (listener as (detail: unknown) => void)(message.detail);
    } else {
      const call = this.pending.get(message.id);
      this.pending.delete(message.id);
      this.probes.delete(message.id);
      if ('error' in message) call?.reject(new Error(message.error));
      else call?.resolve(message.value);
    }
  }
}
