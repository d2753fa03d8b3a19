// The widget's side of the host-page API: calls from the page that embeds the widget are checked
// (hostProtocol.ts), run on the playground and answered with their id; the playground's events are
// posted to that page. Nothing else is acted on: every other message is counted in a debug log.
import type { Playground } from '../main';
import { checkHostMessage, EVENT_NAMES, PROTOCOL_VERSION, type HostMessage, type HostMethods, type MethodName, type WidgetMessage } from './hostProtocol';
import { validateConfig } from './validate';

/** The window the bridge listens on: the embed page's own. */
export interface Listener {
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  removeEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
}

/** The page that embeds the widget (the embed page's `window.parent`). */
export interface Host {
  postMessage(message: unknown, targetOrigin: string): void;
}

/** Counts the messages not acted on and writes each, with why, to a debug log. */
export class IgnoredMessages {
  count = 0;

  constructor(private readonly write: (line: string) => void) {}

  add(reason: string): void {
    this.count++;
    this.write(`nnplay: ignored message ${this.count}: ${reason}`);
  }
}

type Call<M extends MethodName> = Extract<HostMessage, { method: M }>;
type Method<M extends MethodName> = (playground: Playground, call: Call<M>) => HostMethods[M] | Promise<HostMethods[M]>;

/** What each method does; a configuration is checked against the schema before it is used. */
const METHODS: { readonly [M in MethodName]: Method<M> } = {
  play: (playground) => {
    playground.play();
    return null;
  },
  pause: (playground) => {
    playground.pause();
    return null;
  },
  step: (playground) => {
    playground.step();
    return null;
  },
  reset: (playground) => {
    playground.reset();
    return null;
  },
  getConfig: (playground) => playground.getConfig(),
  setConfig: (playground, call) => {
    const checked = validateConfig(call.config);
    if (checked.config === null) throw new Error(`The configuration was not used: ${checked.errors.join('; ')}`);
    playground.setConfig(checked.config);
    return null;
  },
  getStats: (playground) => playground.stats(),
  getModel: (playground) => playground.model(),
};

const run = <M extends MethodName>(playground: Playground, call: Call<M>): Promise<HostMethods[M]> =>
  new Promise((resolve) => resolve((METHODS[call.method] as Method<M>)(playground, call)));

/**
 * Answers `host`'s calls (messages from any other window are ignored) and posts `playground`'s
 * events to it. Replies go to the origin the call came from; events, which hold nothing but
 * training numbers, to any origin, since the widget does not know its host's. Returns what stops it.
 */
export function installBridge(playground: Playground, self: Listener, host: Host, ignored: IgnoredMessages): () => void {
  const post = (message: WidgetMessage, origin = '*'): void => host.postMessage(message, origin);
  const receive = (event: MessageEvent): void => {
    if (event.source !== host) return ignored.add('not from the page that embeds the widget');
    const checked = checkHostMessage(event.data);
    if ('ignored' in checked) return ignored.add(checked.ignored);
    const { id } = checked.message;
    // An opaque origin ("null": a sandboxed or file: page) can only be reached with "*".
    const origin = event.origin === 'null' ? '*' : event.origin;
    run(playground, checked.message).then(
      (value) => post({ nnplay: PROTOCOL_VERSION, type: 'reply', id, value }, origin),
      (error: unknown) => post({ nnplay: PROTOCOL_VERSION, type: 'reply', id, error: error instanceof Error ? error.message : String(error) }, origin),
    );
  };
  self.addEventListener('message', receive);
  const stops = EVENT_NAMES.map((event) =>
    playground.on(event, (detail) => post({ nnplay: PROTOCOL_VERSION, type: 'event', event, detail } as WidgetMessage)),
  );
  return () => {
    self.removeEventListener('message', receive);
    stops.forEach((stop) => stop());
  };
}
