// What the page says about settings it did not take: a link's values that are out of range or not
// values of their key, and settings the engine refused (the worker then kept its last good session).
import { serialiseHash, type PlaygroundState, type Refusal } from '../state';

/** A value longer than this is cut in a message. */
const SHOWN_CHARS = 40;

const shown = (value: string): string => (value.length > SHOWN_CHARS ? `${value.slice(0, SHOWN_CHARS)}…` : value);

/**
 * One sentence per value of the link the page did not take: what its key takes and the value used
 * instead (for a setting; an embed link's lock or goal is just left out); null if none.
 */
export function linkRefusals(refused: readonly Refusal[], state: Readonly<PlaygroundState>): string | null {
  if (refused.length === 0) return null;
  const written = new URLSearchParams(serialiseHash(state));
  const instead = (key: string): string => (written.has(key) ? `, so it is ${written.get(key)}` : '');
  return refused
    .map(({ key, value, allowed }) => `The link's ${key}=${shown(value)} was not used: ${key} takes ${allowed}${instead(key)}.`)
    .join(' ');
}

/** The message of settings the engine refused; `kept`: the last settings that worked are back, else the defaults. */
export function settingsRefused(message: string, kept: boolean): string {
  const instead = kept ? 'The last settings that worked are back.' : 'The default settings are used instead.';
  return `These settings could not be used: ${message.replace(/\.?$/, '.')} ${instead}`;
}
