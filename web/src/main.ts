// mount(): the one entry point that puts a playground into an element. It is the composition root:
// the settings store (and the URL hash, when asked), the engine client, the frame loop, and the
// parts of the page, wired together. Each part is an app/part.ts Part; nothing here draws.
import { BackgroundPause } from './app/backgroundPause';
import { EngineClient } from './app/engineClient';
import { startWorker } from './app/engineWorker';
import { Autosave } from './autosave/autosavePart';
import { indexedDbStore } from './autosave/saveStore';
import { EpochThrottle, Events, type PlaygroundEvents } from './app/events';
import { FrameLoop } from './app/frameLoop';
import { watchInView } from './app/inView';
import { superviseEngine } from './app/supervisor';
import { locksOf } from './app/locks';
import { linkRefusals } from './app/refusals';
import type { Part, PartContext } from './app/part';
import { createSettings, initialState, randomSeed, withKnownColours } from './app/settings';
import { Training, type RunEvent } from './app/training';
import { installUrlSync } from './app/urlSync';
import type { PlaygroundConfig } from './config';
import { AdvancedControls } from './controls/advanced';
import { ClassesControls } from './controls/classes';
import { DataControls } from './controls/data';
import { OwnDataPart } from './data/ownDataPart';
import { HyperControls } from './controls/hyper';
import { OutputControls } from './controls/output';
import { RunControls } from './controls/run';
import { setEngineFacts } from './engineFacts';
import { storedData } from './data/storedData';
import { FigurePart } from './figure/figurePart';
import { HelpPart } from './help/helpPart';
import type { LessonLinks } from './help/lessonLinks';
import { Tour } from './help/tour';
import { layout } from './layout';
import { LossChart } from './lossChart';
import { MapTools } from './map/mapTools';
import { MetricsPanel } from './metrics/metricsPanel';
import { MicroscopePart } from './microscope/microscopePart';
import { ModelsPart } from './models/modelsPart';
import { Announcements } from './parts/announcements';
import { GoalsPart } from './parts/goals';
import { ErrorMessage, StuckNotice } from './parts/messages';
import { NetworkPart } from './parts/networkPart';
import { OutputView } from './parts/outputView';
import { SharePart } from './share/sharePart';
import { TimelinePart } from './timeline/timelinePart';
import type { Frame, Resolutions } from './protocol';
import { DEFAULT_STATE, type PlaygroundState, type Refusal } from './state';
import type { EpochStats } from '@engine/nnplay.mjs';
import './style.css';
import './regions.css';
import './goals.css';
import './map/map.css';
import './data/ownData.css';

export type { Goal, GoalMetric, PlaygroundConfig } from './config';
export type { PlaygroundEvents } from './app/events';
export type { PlaygroundState } from './state';

/** A mounted playground: what its host page, custom element or lesson can do with it. */
export interface Playground {
  play(): void;
  pause(): void;
  /** Pauses and trains one epoch. */
  step(): void;
  /**
   * Pauses and starts the training again from its initial weights; without `urlHash`, from the
   * preset too (the settings it was mounted with, or last given by setConfig).
   */
  reset(): void;
  /** What is on screen: the settings now, with the locks and goals (a copy). */
  getConfig(): PlaygroundConfig;
  /** Replaces the configuration: the settings it leaves out are the defaults (the seed is kept), and the experiment is rebuilt. */
  setConfig(config: PlaygroundConfig): void;
  /** The newest losses and accuracies, null before the first frame. */
  stats(): EpochStats | null;
  /** The model file (docs/model-format.md) of the network as it is now. */
  model(): Promise<string>;
  /** Calls `listener` on every `event`; returns what stops that. */
  on<E extends keyof PlaygroundEvents>(event: E, listener: (detail: PlaygroundEvents[E]) => void): () => void;
  /** Stops training and removes the playground from its element. */
  destroy(): void;
}

const RESOLUTIONS: Resolutions = { output: 100, neuron: 36 };

/** How a playground runs on its page, beyond its configuration. */
export interface MountOptions {
  /**
   * Draw only while the element is in the viewport: out of it, nothing is drawn and the worker's
   * paced training waits (the custom element, where a page may hold several playgrounds).
   */
  drawOnlyInView?: boolean;
  /** Where the "?" popovers link to the lessons that explain their subject; without it they have no such link. */
  lessonLinks?: LessonLinks;
  /** The playground's first training worker, started by the page beforehand (app/engineWorker.ts); else mount() starts it. */
  worker?: Worker;
}

/**
 * Builds a playground inside `element` and starts its worker; training waits for Play. `refused`:
 * values of a link the caller read `config` from (the embed page's) that were not used, said as the
 * page says those of its own URL hash.
 */
export function mount(
  element: HTMLElement,
  config: PlaygroundConfig = {},
  refused: readonly Refusal[] = [],
  options: MountOptions = {},
): Playground {
  let current = config;
  const initial = initialState(config, randomSeed(), config.urlHash ? location.hash : undefined);
  const settings = createSettings(initial.state);
  const engine = new EngineClient(startWorker, options.worker);
  engine.on('facts', setEngineFacts);
  const askFacts = (): void => engine.send({ type: 'facts', resolution: RESOLUTIONS.neuron });
  askFacts();

  const parts: Part[] = [];
  const tell = (event: RunEvent): void => parts.forEach((part) => part.run?.(event));
  const training = new Training(settings, (command) => engine.send(command), RESOLUTIONS, tell, (key) => storedData.get(key));
  // An embed's Reset goes back to its preset, the settings it started with; the site's page keeps the Playground's Reset.
  const keepPreset = (): void => training.setPreset(config.urlHash ? null : settings.get());
  keepPreset();
  const events = new Events();
  const context: PartContext = {
    settings,
    training,
    engine,
    events,
    map: new MapTools(),
    announce: (text) => announcements.sayNow(text),
  };
  const regions = layout(element);
  const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)');
  const loop = new FrameLoop<Frame>(
    { request: (callback) => requestAnimationFrame(callback), cancel: (handle) => cancelAnimationFrame(handle) },
    {
      draw: (frame) => parts.forEach((part) => part.draw?.(frame, settings.get())),
      drawn: (frames) => engine.send({ type: 'drawn', frames }),
      slow: () => reducedMotion.matches && training.playing,
    },
  );

  const announcements = new Announcements(regions.root);
  const run = new RunControls(regions.run, context);
  const hyper = new HyperControls(regions.hyper, context);
  const errors = new ErrorMessage(regions.messages, context, announcements);
  const notice = new StuckNotice(regions.messages, context, errors, RESOLUTIONS.neuron ** 2);
  const data = new DataControls(regions.data, context);
  const classes = new ClassesControls(data.extras, context);
  const output = new OutputControls(regions.outputStats, regions.outputOptions, context);
  const outputView = new OutputView(regions.outputView, context, RESOLUTIONS.output);
  const chart = new LossChart(regions.chart);
  const network = new NetworkPart(regions.network, context, errors, RESOLUTIONS.neuron);
  const advanced = new AdvancedControls(regions.hyper, context, (open) => network.showLayerMenus(open));
  const goals = new GoalsPart(regions.goals, context, announcements);
  const figure = new FigurePart(regions.outputOptions, context, errors, chart.series, RESOLUTIONS);
  const timeline = new TimelinePart(regions.chart, context);
  const metrics = new MetricsPanel(regions.chart, context);
  const ownData = new OwnDataPart(regions.data, context, errors);
  const models = new ModelsPart(regions.outputOptions, regions.outputView, context, errors, chart.series, storedData);
  // Only the full playground is saved across visits (its address is the experiment); an embed's or a
  // lesson's preset is its host's, and several on one page would have no stable key to keep apart.
  const saves = config.urlHash ? indexedDbStore() : null;
  const autosave = new Autosave(regions.messages, context, chart.series, storedData, saves && { store: saves, key: location.pathname, hash: location.hash });
  parts.push(run, hyper, errors, notice, data, classes, ownData, output, outputView, chart, timeline, network, advanced, goals, figure, models, metrics, announcements);
  parts.push(new MicroscopePart(regions.network, context, announcements), new HelpPart(regions.root, options.lessonLinks ?? null));
  parts.push(new BackgroundPause(regions.messages, training));
  // After the chart: a save holds the points of the frame it is made on.
  parts.push(autosave);
  // The full playground, its settings in the address bar, offers Share / Embed and a first-visit tour; an embed or a lesson does not.
  if (config.urlHash) parts.push(new SharePart(regions.run, regions.root, settings), new Tour(regions, (text) => announcements.sayNow(text)));

  const show = (): void => {
    const state = settings.get();
    const locks = locksOf(current, state);
    for (const part of parts) part.show?.(state, locks);
  };
  settings.subscribe((_state, _before, effect) => {
    show();
    if (effect === 'view') loop.redraw();
  });
  settings.subscribe(training.changed);
  let latest: EpochStats | null = null;
  const throttle = new EpochThrottle();
  engine.onFrame((frame) => {
    // A frame of an earlier epoch (the timeline) is drawn, but it is not the training's progress.
    if (frame.timeline.shown !== null) return loop.push(frame);
    parts.forEach((part) => part.receive?.(frame));
    loop.push(frame);
    if (!latest) events.emit('ready', frame.stats);
    latest = frame.stats;
    if (throttle.take(performance.now(), training.playing)) events.emit('epoch', frame.stats);
  });
  const stopSupervising = superviseEngine(engine, () => {
    askFacts();
    autosave.restarted();
  });
  engine.onError((error) => events.emit(error.kind === 'divergence' ? 'diverged' : 'error', { message: error.message, kind: error.kind }));
  // While playing, the throttle may have held back the last frame before a pause: it is the one a host wants.
  parts.push({ run: (event) => event === 'pause' && latest && events.emit('epoch', latest) });

  const configure = (): void => parts.forEach((part) => part.configure?.(current));
  configure();
  show();
  training.start();
  // The address bar holds the experiment on screen from the start, its random seed too.
  const tellRefused = (refused: readonly Refusal[]): void => errors.tell(linkRefusals(refused, settings.get()));
  const stopUrlSync = config.urlHash ? installUrlSync(settings, window, tellRefused) : () => {};
  tellRefused([...refused, ...initial.refused]);
  const stopWatchingView = options.drawOnlyInView ? watchInView(element, (inView) => loop.hold(!inView)) : () => {};
  return {
    play: () => training.play(),
    pause: () => training.pause(),
    step: () => training.step(),
    reset: () => training.reset(),
    getConfig() {
      const { urlHash: _, ...described } = current;
      return structuredClone({ ...described, version: 1, state: settings.get() as PlaygroundState });
    },
    setConfig(next) {
      current = next;
      configure();
      settings.update(withKnownColours({ ...DEFAULT_STATE, seed: settings.get().seed, ...next.state }), 'rebuild');
      keepPreset();
    },
    stats: () => latest,
    model: () => engine.request('modelJson'),
    on: (event, listener) => events.on(event, listener),
    destroy() {
      stopUrlSync();
      stopWatchingView();
      stopSupervising();
      engine.destroy();
      loop.destroy();
      parts.forEach((part) => part.destroy?.());
      regions.root.remove();
    },
  };
}
