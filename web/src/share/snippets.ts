// What the Share / Embed dialog hands a course author: the embed's configuration built from the
// experiment on screen and the author's choices, and the texts to paste (links, an iframe, the
// custom element). Pure, no DOM: tests/web/snippets.test.mjs loads it under Node.
import type { Goal, PlaygroundConfig } from '../config';
import { embedHash } from '../embed/embedHash';
import { DEFAULT_STATE, serialiseHash, type PlaygroundState } from '../state';

/** What the author chose in the dialog, besides the experiment itself. */
export interface ShareChoices {
  /** Controls the embed does not show. */
  hidden: readonly string[];
  /** Controls the embed shows disabled; one also hidden is only hidden. */
  locked: readonly string[];
  goals: readonly Goal[];
  /** Hide the explanatory text (the Playground's hideText). */
  hideText: boolean;
  /** Keep the seed, so the embed shows the same data and starting weights; else it draws its own. */
  keepSeed: boolean;
}

/** Settings the choices decide, not the experiment's values. */
const CHOSEN: readonly (keyof PlaygroundState)[] = ['seed', 'dataSeed', 'hidden', 'hideText'];

/**
 * The embed's configuration: the settings of `state` that differ from the defaults (the rest are
 * the defaults anyway, and the link stays short), the seed when kept, and the author's choices.
 */
export function shareConfig(state: Readonly<PlaygroundState>, choices: Readonly<ShareChoices>): PlaygroundConfig {
  const preset: Partial<PlaygroundState> = {};
  for (const key of Object.keys(DEFAULT_STATE) as (keyof PlaygroundState)[]) {
    if (CHOSEN.includes(key) || JSON.stringify(state[key]) === JSON.stringify(DEFAULT_STATE[key])) continue;
    Object.assign(preset, { [key]: structuredClone(state[key]) });
  }
  if (choices.keepSeed) {
    preset.seed = state.seed;
    if (state.dataSeed) preset.dataSeed = state.dataSeed;
  }
  if (choices.hidden.length > 0) preset.hidden = [...choices.hidden];
  if (choices.hideText) preset.hideText = true;
  const config: PlaygroundConfig = { version: 1, state: preset };
  const locked = choices.locked.filter((key) => !choices.hidden.includes(key));
  if (locked.length > 0) config.locked = locked;
  if (choices.goals.length > 0) config.goals = structuredClone([...choices.goals]);
  return config;
}

/** `url` without its hash. */
const withoutHash = (url: string): string => url.replace(/#.*$/, '');

/** The full playground at `page` (the site's address) opening `state`, as the address bar has it. */
export function playgroundLink(page: string, state: Readonly<PlaygroundState>): string {
  return `${withoutHash(page)}#${serialiseHash(state)}`;
}

/** The embed page beside the site's `page` (dist/ keeps them side by side), configured by its hash. */
export function embedLink(page: string, config: PlaygroundConfig): string {
  return `${new URL('embed.html', page).href}#${embedHash(config)}`;
}

/** The custom element's script beside the site's `page`. */
export const elementScript = (page: string): string => new URL('nnplay-element.js', page).href;

/**
 * The iframe's height until its page tells the host how tall it is (the host-page API, or the LTI
 * message): the widget needs about 975 px at the width of a course page's column, 720–1000 px.
 */
export const FRAME_HEIGHT = 1000;

/** `text` as the value of an attribute between `quote`s: the ampersand and that quote as references. */
export function attributeValue(text: string, quote: '"' | "'"): string {
  return text.replaceAll('&', '&amp;').replaceAll(quote, quote === '"' ? '&quot;' : '&#39;');
}

/** An iframe of the embed page at `src`, as wide as the host's column. */
export function iframeSnippet(src: string): string {
  return `<iframe src="${attributeValue(src, '"')}" title="nnplay: a neural network playground" width="100%" height="${FRAME_HEIGHT}"></iframe>`;
}

/**
 * The custom element and its script: the configuration as JSON in single quotes, so its own
 * double quotes stay readable.
 */
export function elementSnippet(script: string, config: PlaygroundConfig): string {
  return [
    `<script type="module" src="${attributeValue(script, '"')}"></script>`,
    `<nnplay-playground config='${attributeValue(JSON.stringify(config), "'")}'></nnplay-playground>`,
  ].join('\n');
}
