// mount(): the one entry point that puts a playground into an element. It keeps the settings,
// sends the worker what they change, and draws the worker's frames once per display frame.
import { Announcer } from './announcer';
import { colourScheme } from './colours';
import type { PlaygroundConfig } from './config';
import { deadLayer, saturatedOutput } from './deadLayer';
import { DATASETS, DataControls } from './controls/data';
import { HyperControls } from './controls/hyper';
import { formatLoss, OutputControls } from './controls/output';
import { RunControls } from './controls/run';
import { ErrorBox } from './errorBox';
import { Heatmap } from './heatmap';
import { layout, type Layout } from './layout';
import { Legend } from './legend';
import { LossChart } from './lossChart';
import { featureLabel } from './network/features';
import { NetworkView } from './network/networkView';
import type { Frame, FromWorker, NetworkWeights, Resolutions, ToWorker } from './protocol';
import {
  changeEffect,
  DEFAULT_STATE,
  FEATURES,
  LEARNING_RATES,
  LIMITS,
  lowerLearningRate,
  parseHash,
  seedNumber,
  serialiseHash,
  sessionConfig,
  type Feature,
  type PlaygroundState,
} from './state';
import { element } from './widgets';
import './style.css';

export type { PlaygroundConfig } from './config';
export type { PlaygroundState } from './state';

export interface Playground {
  /** Stops training and removes the playground from its element. */
  destroy(): void;
}

const RESOLUTIONS: Resolutions = { output: 100, neuron: 36 };
/** With reduced motion, the pictures change at most this often while training. */
const REDUCED_MOTION_MS = 500;
/** Playground adds a hidden layer of two neurons. */
const NEW_LAYER_NEURONS = 2;

/** Builds a playground inside `element` and starts its worker; training waits for Play. */
export function mount(element: HTMLElement, config: PlaygroundConfig = {}): Playground {
  return new PlaygroundApp(element, config);
}

class PlaygroundApp implements Playground {
  private readonly worker: Worker;
  private readonly parts: Layout;
  private readonly run: RunControls;
  private readonly hyper: HyperControls;
  private readonly data: DataControls;
  private readonly output: OutputControls;
  private readonly errors: ErrorBox;
  /** A network that cannot learn any more (a dead layer); training goes on. */
  private readonly notice: ErrorBox;
  private noticeText = '';
  private readonly heatmap: Heatmap;
  private readonly legend: Legend;
  private readonly chart: LossChart;
  private readonly inspectedCaption: HTMLElement;
  private readonly announcer: Announcer;
  private readonly reducedMotion = matchMedia('(prefers-reduced-motion: reduce)');
  private network: NetworkView | undefined;
  private state: PlaygroundState;
  private playing = false;
  private samples: { dataset: string; points: Float32Array }[] = [];

  /** The newest frame, drawn at the next animation frame. */
  private latest: Frame | undefined;
  private drawn = false;
  private undrawnFrames = 0;
  private animation = 0;
  private lastDraw = -Infinity;
  /** The next frame is announced at once (the result of Step, Reset, Pause). */
  private announceNext = false;

  constructor(
    host: HTMLElement,
    private readonly config: PlaygroundConfig,
  ) {
    this.state = this.initialState();
    // The address bar holds the experiment on screen from the start, its random seed too.
    this.writeHash();
    this.worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
    this.parts = layout(host);
    const change = (patch: Partial<PlaygroundState>): void => this.change(patch);
    const { parts } = this;
    this.run = new RunControls(parts.run, {
      play: () => this.setPlaying(true),
      pause: () => this.setPlaying(false),
      step: () => this.step(),
      reset: () => this.reset(),
      change,
    });
    this.hyper = new HyperControls(parts.hyper, change);
    this.errors = new ErrorBox(parts.messages);
    this.notice = new ErrorBox(parts.messages, 'status');
    this.data = new DataControls(parts.data, change, () => this.regenerate());
    this.output = new OutputControls(parts.outputStats, parts.outputOptions, change);
    this.heatmap = new Heatmap(parts.outputView, RESOLUTIONS.output);
    this.inspectedCaption = element('p', 'nnplay-caption');
    this.inspectedCaption.hidden = true;
    this.legend = new Legend(parts.outputView);
    const note = element('p', 'nnplay-text', 'Colours show the data, the neurons’ outputs and the weights.');
    parts.outputView.append(this.inspectedCaption, note);
    this.chart = new LossChart(parts.chart);
    this.announcer = new Announcer(parts.root);

    this.worker.addEventListener('message', this.receive);
    this.worker.addEventListener('error', (event) => this.fail(`The training worker failed: ${event.message}`));
    if (config.urlHash) addEventListener('hashchange', this.hashChanged);

    this.showState();
    this.send({ type: 'speed', speed: this.state.speed });
    this.send({ type: 'samples', datasets: [...DATASETS] });
    this.rebuild();
  }

  destroy(): void {
    removeEventListener('hashchange', this.hashChanged);
    this.worker.terminate();
    cancelAnimationFrame(this.animation);
    this.network?.destroy();
    this.heatmap.destroy();
    this.chart.destroy();
    this.announcer.destroy();
    this.parts.root.remove();
  }

  private initialState(): PlaygroundState {
    const base: PlaygroundState = { ...DEFAULT_STATE, seed: Math.random().toFixed(5), ...this.config.state };
    const state = this.config.urlHash ? parseHash(location.hash, base) : base;
    state.colours = colourScheme(state.colours).name;
    return state;
  }

  private send(message: ToWorker): void {
    this.worker.postMessage(message);
  }

  /** Applies `patch` to the settings and passes on what it changes. */
  private change(patch: Partial<PlaygroundState>): void {
    const before = this.state;
    const after: PlaygroundState = { ...before, ...patch };
    const effect = changeEffect(before, after);
    if (!effect) return;
    this.state = after;
    this.writeHash();
    if (after.hidden.join() !== before.hidden.join()) this.replaceNetworkView();
    else if (after.colours !== before.colours) this.network?.setColours(colourScheme(after.colours));
    this.showState();
    if (after.speed !== before.speed) this.send({ type: 'speed', speed: after.speed });
    if (effect === 'rebuild') this.rebuild();
    else if (effect === 'live') this.sendHyper();
    else this.redraw();
  }

  private writeHash(): void {
    if (this.config.urlHash) history.replaceState(history.state, '', `#${serialiseHash(this.state)}`);
  }

  /** A link pasted into the address bar, or the back button: the settings it holds, over the defaults. */
  private readonly hashChanged = (): void => {
    if (location.hash.slice(1) === serialiseHash(this.state)) return;
    const next = parseHash(location.hash, { ...DEFAULT_STATE, seed: this.state.seed });
    next.colours = colourScheme(next.colours).name;
    this.change(next);
  };

  private showState(): void {
    const { state, parts } = this;
    this.run.show(state);
    this.hyper.show(state);
    this.data.show(state);
    this.output.show(state);
    this.legend.draw(colourScheme(state.colours));
    for (const control of parts.root.querySelectorAll<HTMLElement>('[data-key]')) {
      // The network view keeps its own data-key attributes, for focus.
      if (!parts.network.contains(control)) control.hidden = state.hidden.includes(control.dataset['key']!);
    }
    for (const text of parts.root.querySelectorAll<HTMLElement>('.nnplay-text')) text.hidden = state.hideText;
    if (!this.network) this.replaceNetworkView();
    if (this.samples.length > 0) this.data.drawSamples(this.samples, colourScheme(state.colours));
  }

  /** A new experiment from the settings: paused, at epoch 0. */
  private rebuild(): void {
    this.setPlaying(false, false);
    this.errors.hide();
    this.hideNotice();
    this.send({ type: 'init', session: sessionConfig(this.state), resolutions: RESOLUTIONS });
    this.announceNext = true;
  }

  private sendHyper(): void {
    const { learningRate, regularization, regularizationRate, batchSize } = this.state;
    this.send({ type: 'hyper', learningRate, regularization, regularizationRate, batchSize });
  }

  private setPlaying(playing: boolean, tell = true): void {
    if (playing) this.errors.hide();
    this.playing = playing;
    this.run.setPlaying(playing);
    if (tell) this.send({ type: playing ? 'play' : 'pause' });
    if (!playing) this.announceNext = true;
  }

  private step(): void {
    this.setPlaying(false, false);
    this.errors.hide();
    this.send({ type: 'step' });
  }

  private reset(): void {
    this.setPlaying(false, false);
    this.errors.hide();
    this.hideNotice();
    this.send({ type: 'reset' });
  }

  /** The Playground's Regenerate: new data (a new seed, so the link holds it), the same network. */
  private regenerate(): void {
    this.state = { ...this.state, seed: Math.random().toFixed(5) };
    this.writeHash();
    this.hideNotice();
    this.send({ type: 'regenerate', seed: seedNumber(this.state.seed) });
  }

  /** The network view is built for one set of offered features (those not hidden by `name_hide`). */
  private replaceNetworkView(): void {
    this.network?.destroy();
    const allFeatures = FEATURES.filter((feature) => !this.state.hidden.includes(feature));
    this.network = new NetworkView(
      this.parts.network,
      {
        onHoverNeuron: (neuron) => this.send({ type: 'inspect', neuron }),
        onEditWeight: (layer, to, from, value) => this.send({ type: 'weight', layer, to, from, value }),
        onEditBias: (layer, unit, value) => this.send({ type: 'bias', layer, unit, value }),
        onAddLayer: () => this.reshape((shape) => [...shape, NEW_LAYER_NEURONS]),
        onRemoveLayer: () => this.reshape((shape) => shape.slice(0, -1)),
        onAddNeuron: (layer) => this.reshape((shape) => shape.map((n, l) => (l === layer ? n + 1 : n))),
        onRemoveNeuron: (layer) => this.reshape((shape) => shape.map((n, l) => (l === layer ? n - 1 : n))),
        onToggleFeature: (feature) => this.toggleFeature(feature as Feature),
      },
      { colours: colourScheme(this.state.colours), allFeatures },
    );
    if (this.latest) this.drawNetwork(this.latest);
  }

  /** Applies `edit` to the network shape unless that leaves the Playground's limits. */
  private reshape(edit: (shape: readonly number[]) => number[]): void {
    const networkShape = edit(this.state.networkShape);
    const [minNeurons, maxNeurons] = LIMITS.neurons;
    if (networkShape.length > LIMITS.hiddenLayers[1] || networkShape.some((n) => n < minNeurons || n > maxNeurons)) return;
    this.change({ networkShape });
  }

  private toggleFeature(feature: Feature): void {
    const on = this.state.features.includes(feature);
    if (on && this.state.features.length === 1) {
      this.errors.show('The network needs at least one feature: turn another one on first.');
      return;
    }
    this.change({ features: FEATURES.filter((f) => (f === feature ? !on : this.state.features.includes(f))) });
  }

  private readonly receive = (event: MessageEvent<FromWorker>): void => {
    const message = event.data;
    switch (message.type) {
      case 'points':
        this.heatmap.setPoints(message.train, message.test);
        break;
      case 'frame':
        this.chart.append(message.history);
        this.latest = message;
        this.drawn = false;
        this.undrawnFrames++;
        this.animation ||= requestAnimationFrame(this.animate);
        break;
      case 'samples':
        this.samples = message.samples;
        this.data.drawSamples(this.samples, colourScheme(this.state.colours));
        break;
      case 'error':
        this.setPlaying(false, false);
        if (message.divergence) this.diverged(message.message);
        else this.fail(message.message);
        break;
    }
  };

  private fail(message: string): void {
    this.setPlaying(false, false);
    this.errors.show(message);
    this.announcer.sayNow(message);
  }

  private diverged(message: string): void {
    // The engine's message says when, why, and which weights the network kept.
    const text = `Training stopped. ${message.charAt(0).toUpperCase()}${message.slice(1)}`;
    this.hideNotice();
    this.errors.show(text, this.lowerRateFix());
    this.announcer.sayNow(text);
  }

  /** The one-click fix for a learning rate too high: a tenth of it, and a fresh start. */
  private lowerRateFix(): { label: string; action: () => void } {
    const rate = lowerLearningRate(this.state.learningRate);
    return {
      label: `Lower the learning rate to ${rate} and reset`,
      action: () => {
        this.change({ learningRate: rate });
        this.reset();
      },
    };
  }

  /** Shows, updates or hides the notice of a network that cannot learn any more, for `frame`. */
  private checkDeadLayer(frame: Frame): void {
    const { network } = frame;
    const cells = RESOLUTIONS.neuron ** 2;
    // A stop (divergence) says more than the notice would.
    const watching = frame.stats.epoch > 0 && !this.state.initZero && !this.errors.shown;
    const dead = watching
      ? deadLayer(frame.neuronGrids, network.features.length, network.layers.map((layer) => layer.biases.length), cells)
      : null;
    const saturated =
      watching && dead === null && this.state.problem === 'classification' ? saturatedOutput(frame.neuronGrids, cells) : null;
    if (dead === null && saturated === null) {
      this.hideNotice();
      return;
    }
    const { activation, learningRate } = this.state;
    const why = activation === 'relu' ? ' (dead ReLUs)' : '';
    const cause =
      dead !== null
        ? `All neurons of hidden layer ${dead + 1} output 0 for every input${why}, so the network cannot learn any more.`
        : `The output is ${saturated} for every input: the network predicts the ${saturated === 1 ? 'positive' : 'negative'} class everywhere and is saturated, so it learns next to nothing.`;
    const text = `${cause} The learning rate (${learningRate}) is probably too high.`;
    if (text === this.noticeText && this.notice.shown) return;
    this.noticeText = text;
    this.notice.show(text, learningRate > LEARNING_RATES[0] ? this.lowerRateFix() : undefined);
  }

  private hideNotice(): void {
    this.notice.hide();
    this.noticeText = '';
  }

  /** Once per display frame while frames arrive: draws the newest and lets the worker go on. */
  private readonly animate = (now: number): void => {
    this.animation = 0;
    if (this.undrawnFrames > 0) {
      this.send({ type: 'drawn', frames: this.undrawnFrames });
      this.undrawnFrames = 0;
    }
    if (!this.latest || this.drawn) return;
    // With reduced motion, pictures change slowly while training; a still frame is drawn at once.
    if (this.reducedMotion.matches && this.playing && now - this.lastDraw < REDUCED_MOTION_MS) {
      this.animation = requestAnimationFrame(this.animate);
      return;
    }
    this.lastDraw = now;
    this.drawn = true;
    this.draw(this.latest);
  };

  /** Draws the newest frame again after a change of view (colours, discretize, test data). */
  private redraw(): void {
    if (this.latest) this.draw(this.latest);
  }

  private draw(frame: Frame): void {
    const { stats } = frame;
    const scheme = colourScheme(this.state.colours);
    this.run.showEpoch(stats.epoch);
    this.output.showStats(stats);
    this.heatmap.draw(frame.grid, { scheme, discretize: this.state.discretize, showTestData: this.state.showTestData });
    this.inspectedCaption.hidden = frame.inspected === null;
    if (frame.inspected !== null) {
      this.inspectedCaption.textContent = `Showing ${neuronName(frame.network, frame.inspected)}`;
    }
    this.chart.draw();
    this.drawNetwork(frame);
    this.checkDeadLayer(frame);

    const accuracy = Number.isNaN(stats.testAccuracy) ? '' : `, test accuracy ${(100 * stats.testAccuracy).toFixed(1)}%`;
    const losses = `test loss ${formatLoss(stats.testLoss)}, training loss ${formatLoss(stats.trainLoss)}`;
    const text = `Epoch ${stats.epoch}: ${losses}${accuracy}.`;
    if (this.announceNext) this.announcer.sayNow(text);
    else this.announcer.say(text);
    this.announceNext = false;
  }

  private drawNetwork(frame: Frame): void {
    this.network?.update(frame.network, frame.neuronGrids, RESOLUTIONS.neuron);
  }
}

/** "feature X₁", "neuron 2 of layer 1", "the output neuron", from an index in neuronGrids order. */
function neuronName(network: NetworkWeights, index: number): string {
  if (index < network.features.length) return `feature ${featureLabel(network.features[index]!)}`;
  let first = network.features.length;
  for (const [l, layer] of network.layers.entries()) {
    const units = layer.biases.length;
    if (index < first + units) {
      return l === network.layers.length - 1 ? 'the output neuron' : `neuron ${index - first + 1} of layer ${l + 1}`;
    }
    first += units;
  }
  return `neuron ${index}`;
}
