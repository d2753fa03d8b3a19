// <nnplay-playground>: the playground as a custom element, for a page that loads one script
// (docs/embedding.md, "The custom element"). Each element renders the widget in its own shadow root
// (the page's CSS cannot reach in, ours cannot leak out), runs its own worker, draws only while in
// view, and offers the Playground's methods, with its events as DOM CustomEvents.
import type { EpochStats } from '@engine/nnplay.mjs';
import { startWorker } from './app/engineWorker';
import type { PlaygroundEvent } from './app/events';
import { ATTRIBUTE_NAMES, elementConfig } from './element/attributes';
import { validateConfig } from './embed/validate';
import { mount, type Playground, type PlaygroundConfig, type PlaygroundEvents } from './main';
import { element } from './widgets';
import './element/element.css';

export const TAG = 'nnplay-playground';

/** The widget's styles, written beside this script by the build (web/build/elementStylesheet.ts). */
const STYLESHEET_FILE = './nnplay-element.css';
/**
 * The nnplay site this script comes from (it sits at the site's root, where learn/ is): the help
 * links to its lessons, in a new tab, whatever page or origin the element is on.
 */
const LESSON_LINKS = { site: new URL('./', import.meta.url), newTab: true };

/** Every event of a playground, each dispatched on the element as a CustomEvent with its detail. */
const EVENTS: Readonly<Record<PlaygroundEvent, true>> = { ready: true, epoch: true, goalReached: true, diverged: true, error: true };

export class NnplayPlaygroundElement extends HTMLElement {
  static readonly observedAttributes = ATTRIBUTE_NAMES;

  readonly #styled: Promise<void>;
  /** What is wrong with the attributes, when anything is. */
  readonly #problems = element('div', 'nnplay-element-problems');
  /** Where the playground is mounted. */
  readonly #frame = element('div', 'nnplay-element');
  #playground: Playground | null = null;
  /**
   * The first playground's worker, started as the element joins the page: the engine then loads
   * while the stylesheet does and the playground is built, not after (app/engineWorker.ts).
   */
  #worker: Worker | null = null;
  /** A start waits for the stylesheet: one at a time (an upgraded element calls back once per attribute first). */
  #startPending = false;

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    const stylesheet = element('link', '');
    stylesheet.rel = 'stylesheet';
    stylesheet.href = new URL(STYLESHEET_FILE, import.meta.url).href;
    // Unstyled, the widget would be laid out wrong: it is mounted once its styles have loaded (or failed to).
    this.#styled = new Promise((resolve) => {
      stylesheet.addEventListener('load', () => resolve());
      stylesheet.addEventListener('error', () => resolve());
    });
    this.#problems.setAttribute('role', 'alert');
    this.#problems.hidden = true;
    root.append(stylesheet, this.#problems, this.#frame);
  }

  connectedCallback(): void {
    if (!this.#playground && !this.#worker && this.#config().config) this.#worker = startWorker();
    this.#startOnceStyled();
  }

  disconnectedCallback(): void {
    // An element moved elsewhere in the page is disconnected and connected again in one go: it keeps running.
    queueMicrotask(() => {
      if (!this.isConnected) this.#stop();
    });
  }

  attributeChangedCallback(_name: string, before: string | null, now: string | null): void {
    if (before === now || !this.isConnected) return;
    if (this.#playground) this.#configure((config) => this.#playground?.setConfig(config));
    else this.#startOnceStyled();
  }

  play(): void {
    this.#running().play();
  }

  pause(): void {
    this.#running().pause();
  }

  /** Pauses and trains one epoch. */
  step(): void {
    this.#running().step();
  }

  /** Pauses and starts the training again from its initial weights (the preset's). */
  reset(): void {
    this.#running().reset();
  }

  /** What is on screen: the settings now, with the locks and goals (a copy). */
  getConfig(): PlaygroundConfig {
    return this.#running().getConfig();
  }

  /** Replaces the configuration (checked first: a TypeError lists what is wrong, and nothing changes). */
  setConfig(config: PlaygroundConfig): void {
    const checked = validateConfig(config);
    if (!checked.config) throw new TypeError(`The configuration was not used: ${checked.errors.join('; ')}`);
    const { urlHash: _, ...local } = checked.config;
    this.#running().setConfig(local);
  }

  /** The newest losses and accuracies, null before the first frame. */
  stats(): EpochStats | null {
    return this.#running().stats();
  }

  /** The model file (docs/model-format.md) of the network as it is now. */
  model(): Promise<string> {
    return this.#running().model();
  }

  #running(): Playground {
    if (!this.#playground) throw new Error(`This <${TAG}> is not running: it starts once in the page with a valid configuration.`);
    return this.#playground;
  }

  #startOnceStyled(): void {
    if (this.#startPending) return;
    this.#startPending = true;
    void this.#styled.then(() => {
      this.#startPending = false;
      this.#start();
    });
  }

  #start(): void {
    if (this.#playground || !this.isConnected) return;
    this.#configure((config) => {
      const options = { drawOnlyInView: true, lessonLinks: LESSON_LINKS };
      const playground = mount(this.#frame, config, [], this.#worker ? { ...options, worker: this.#worker } : options);
      this.#worker = null;
      this.#playground = playground;
      for (const event of Object.keys(EVENTS) as PlaygroundEvent[]) {
        playground.on(event, (detail: PlaygroundEvents[typeof event]) => this.dispatchEvent(new CustomEvent(event, { detail })));
      }
    });
  }

  /** Reads the attributes and hands `use` their configuration, or shows what is wrong and dispatches an `error` event. */
  #configure(use: (config: PlaygroundConfig) => void): void {
    const { config, errors } = this.#config();
    this.#problems.hidden = errors.length === 0;
    if (config) {
      this.#problems.replaceChildren();
      use(config);
      return;
    }
    const list = element('ul', '');
    list.append(...errors.map((message) => element('li', '', message)));
    this.#problems.replaceChildren(element('p', '', `The attributes of this <${TAG}> were not used:`), list);
    this.dispatchEvent(new CustomEvent('error', { detail: { kind: 'bad-input', message: errors.join('\n') } }));
  }

  #config(): ReturnType<typeof elementConfig> {
    return elementConfig((name) => this.getAttribute(name));
  }

  #stop(): void {
    this.#playground?.destroy();
    this.#playground = null;
    this.#worker?.terminate();
    this.#worker = null;
  }
}

if (!customElements.get(TAG)) customElements.define(TAG, NnplayPlaygroundElement);

declare global {
  interface HTMLElementTagNameMap {
    'nnplay-playground': NnplayPlaygroundElement;
  }
}
