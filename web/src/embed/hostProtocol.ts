// The host-page API's messages (docs/embedding.md, "The host-page API"): what a page that embeds
// the widget in an iframe may post to it, what the widget posts back, and the checks every message
// passes before it is used. Pure: loadable under Node, shared by the widget (bridge.ts) and the
// client (client.ts).
import type { EpochStats } from '@engine/nnplay.mjs';
import type { PlaygroundEvent, PlaygroundEvents } from '../app/events';
import type { PlaygroundConfig } from '../config';

/** The protocol's version, carried by every message as `nnplay`. */
export const PROTOCOL_VERSION = 1;

/** What a host may ask the widget to do, with the value of the reply to each. */
export interface HostMethods {
  play: null;
  pause: null;
  /** Pauses and trains one epoch. */
  step: null;
  /** Back to the preset's initial weights, epoch 0. */
  reset: null;
  /** The settings on screen, with the locks and goals. */
  getConfig: PlaygroundConfig;
  /** Replaces the configuration (checked first: a reply with an error leaves the widget as it was). */
  setConfig: null;
  /** The newest losses and accuracies; null before the first epoch is on screen. */
  getStats: EpochStats | null;
  /** The model file (docs/model-format.md) of the network as it is now. */
  getModel: string;
}
export type MethodName = keyof HostMethods;

/** The fields each method's call carries besides `nnplay`, `type`, `id` and `method`. */
const ARGUMENTS: { readonly [M in MethodName]: readonly string[] } = {
  play: [],
  pause: [],
  step: [],
  reset: [],
  getConfig: [],
  setConfig: ['config'],
  getStats: [],
  getModel: [],
};

/** Host → widget: a call, answered by a reply with the same `id`. */
export type HostMessage =
  | { nnplay: 1; type: 'call'; id: number; method: Exclude<MethodName, 'setConfig'> }
  /** `config` is checked against the configuration schema by the widget, which replies with what is wrong. */
  | { nnplay: 1; type: 'call'; id: number; method: 'setConfig'; config: unknown };

/** One event of the widget, as posted to its host. */
export type EventMessage = { [E in PlaygroundEvent]: { nnplay: 1; type: 'event'; event: E; detail: PlaygroundEvents[E] } }[PlaygroundEvent];

/** Widget → host: replies, events, and the widget's height. */
export type WidgetMessage =
  | { nnplay: 1; type: 'reply'; id: number; value: HostMethods[MethodName] }
  | { nnplay: 1; type: 'reply'; id: number; error: string }
  | EventMessage
  /** The height in CSS pixels the widget needs at the frame's width (whole, rounded up). */
  | { nnplay: 1; type: 'resize'; height: number };

/** The resize message LTI tools send to the LMS page around them (Canvas's convention), sent beside the widget's own. */
export interface LtiFrameResize {
  subject: 'lti.frameResize';
  height: number;
}

/** Every event a widget posts; a Record so that a new PlaygroundEvent cannot be left out. */
const EVENTS: Readonly<Record<PlaygroundEvent, true>> = { ready: true, epoch: true, goalReached: true, diverged: true, error: true };
export const EVENT_NAMES = Object.keys(EVENTS) as PlaygroundEvent[];

/** A message that passed its check, or why it did not. */
export type Checked<T> = { message: T } | { ignored: string };

type Fields = Record<string, unknown>;

/** A plain object of fields: what postMessage makes of an object literal (not an array, a Map, a Date ...). */
const isFields = (data: unknown): data is Fields =>
  typeof data === 'object' && data !== null && Object.getPrototypeOf(data) === Object.prototype;

const isId = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;

/** A value as a debug line shows it: text quoted, anything else as String() writes it, cut after SHOWN_CHARS. */
const SHOWN_CHARS = 40;
const shown = (value: unknown): string => {
  const text = typeof value === 'string' ? JSON.stringify(value) : String(value);
  return text.length > SHOWN_CHARS ? `${text.slice(0, SHOWN_CHARS)}…` : text;
};

const own = <T extends object>(table: T, key: unknown): key is keyof T => typeof key === 'string' && Object.hasOwn(table, key);

/** The field names of `data` that are not among `allowed`, quoted, or null when there are none. */
function unexpected(data: Fields, allowed: readonly string[]): string | null {
  const extra = Object.keys(data).filter((key) => !allowed.includes(key));
  return extra.length > 0 ? extra.map(shown).join(', ') : null;
}

/** The envelope every message shares, an object with `nnplay: 1`: null when `data` has it, else why not. */
function envelopeProblem(data: unknown): string | null {
  if (!isFields(data)) return 'not an object';
  if (data.nnplay !== PROTOCOL_VERSION) return `not an nnplay message of version ${PROTOCOL_VERSION} (nnplay: ${shown(data.nnplay)})`;
  return null;
}

/**
 * Checks what a host posted against the shapes of HostMessage: exactly the documented fields, a
 * whole non-negative id, a known method. Anything else is to be ignored, never acted on.
 */
export function checkHostMessage(data: unknown): Checked<HostMessage> {
  const problem = envelopeProblem(data);
  if (problem !== null) return { ignored: problem };
  const fields = data as Fields;
  if (fields.type !== 'call') return { ignored: `type ${shown(fields.type)} is not "call"` };
  if (!isId(fields.id)) return { ignored: `id ${shown(fields.id)} is not a whole number from 0` };
  if (!own(ARGUMENTS, fields.method)) return { ignored: `method ${shown(fields.method)} is not one of ${Object.keys(ARGUMENTS).join(', ')}` };
  const args = ARGUMENTS[fields.method];
  const missing = args.filter((name) => !Object.hasOwn(fields, name));
  if (missing.length > 0) return { ignored: `${fields.method} needs ${missing.join(', ')}` };
  const extra = unexpected(fields, ['nnplay', 'type', 'id', 'method', ...args]);
  if (extra !== null) return { ignored: `${fields.method} takes no field ${extra}` };
  return { message: fields as HostMessage };
}

/** Whether `fields` has exactly the envelope and `names`. */
const hasExactly = (fields: Fields, names: readonly string[]): boolean => unexpected(fields, ['nnplay', 'type', ...names]) === null && names.every((name) => Object.hasOwn(fields, name));

/** The shape of each type of message a widget sends, past the envelope. */
const WIDGET_SHAPES: Readonly<Record<WidgetMessage['type'], (fields: Fields) => boolean>> = {
  reply: (fields) =>
    isId(fields.id) && (Object.hasOwn(fields, 'error') ? hasExactly(fields, ['id', 'error']) && typeof fields.error === 'string' : hasExactly(fields, ['id', 'value'])),
  event: (fields) => hasExactly(fields, ['event', 'detail']) && own(EVENTS, fields.event) && isFields(fields.detail),
  resize: (fields) => hasExactly(fields, ['height']) && typeof fields.height === 'number' && Number.isFinite(fields.height) && fields.height >= 0,
};

/** Checks what a widget posted against the shapes of WidgetMessage (the client's side). */
export function checkWidgetMessage(data: unknown): Checked<WidgetMessage> {
  const problem = envelopeProblem(data);
  if (problem !== null) return { ignored: problem };
  const fields = data as Fields;
  if (!own(WIDGET_SHAPES, fields.type)) return { ignored: `type ${shown(fields.type)} is not one a widget sends` };
  return WIDGET_SHAPES[fields.type](fields) ? { message: fields as WidgetMessage } : { ignored: `not a well-formed ${fields.type} message` };
}
