// The network column as a part: the diagram (network/networkView.ts) for the features offered,
// rebuilt when `*_hide` changes which, and its edits turned into settings or engine commands; under
// it, the line that tells a learner what can be clicked (the Playground's "Click anywhere to edit").
// The layers' activation menus are offered while the Advanced settings are open, or once a layer has its own.
import { NEW_LAYER_NEURONS, layerActivation, reshaped, toggledFeature } from '../app/edits';
import { controlState, type Locks } from '../app/locks';
import type { Part, PartContext } from '../app/part';
import { colourScheme } from '../colours';
import { NetworkView } from '../network/networkView';
import type { Frame } from '../protocol';
import { FEATURES, type Feature, type PlaygroundState } from '../state';
import { element } from '../widgets';
import type { ErrorMessage } from './messages';

const EDIT_HINT = 'Click a link or a bias (the small square by a neuron) to edit its value, or a neuron to edit all its weights. ';
const HOVER_HINT = 'Hover a neuron to see its output in the output view.';

export class NetworkPart implements Part {
  private view: NetworkView | undefined;
  private hidden = '';
  private colours = '';
  private latest: Frame | undefined;
  private advancedOpen = false;
  private layersOwnActivation = false;
  /** Holds the view, which is replaced, above the hint. */
  private readonly slot = element('div', 'nnplay-network-slot');
  private readonly hint = element('p', 'nnplay-text', EDIT_HINT + HOVER_HINT);

  constructor(
    parent: HTMLElement,
    private readonly context: PartContext,
    private readonly errors: ErrorMessage,
    /** Cells per side of each neuron's grid. */
    private readonly resolution: number,
  ) {
    parent.append(this.slot, this.hint);
  }

  show(state: Readonly<PlaygroundState>, locks: Locks): void {
    this.hint.hidden = locks.textHidden;
    const weights = controlState(locks, 'weights');
    const hint = (weights === 'shown' ? EDIT_HINT : '') + HOVER_HINT;
    if (this.hint.textContent !== hint) this.hint.textContent = hint;
    if (!this.view || state.hidden.join() !== this.hidden) this.view = this.replaceView(state);
    else if (state.colours !== this.colours) this.view.setColours(colourScheme(state.colours));
    this.colours = state.colours;
    this.view.setDiscretize(state.discretize);
    this.view.setLocks({
      shape: controlState(locks, 'numHiddenLayers'),
      weights,
      lockedFeatures: FEATURES.filter((feature) => locks.locked.has(feature)),
      layerActivations: controlState(locks, 'layerActivations'),
    });
    this.layersOwnActivation = state.layerActivations.some(Boolean);
    this.view.setLayerMenus(this.advancedOpen || this.layersOwnActivation);
  }

  /** The Advanced settings opened (true) or closed: the layers' headers offer their activation menus while open. */
  showLayerMenus(advancedOpen: boolean): void {
    this.advancedOpen = advancedOpen;
    this.view?.setLayerMenus(advancedOpen || this.layersOwnActivation);
  }

  draw(frame: Frame): void {
    this.latest = frame;
    this.view?.update(frame.network, frame.neuronGrids, this.resolution, this.context.training.playing);
  }

  destroy(): void {
    this.view?.destroy();
  }

  /** The view is built for one set of offered features (those not hidden by `name_hide`). */
  private replaceView(state: Readonly<PlaygroundState>): NetworkView {
    const { settings, engine } = this.context;
    const reshape = (edit: (shape: readonly number[]) => number[]): void => {
      const patch = reshaped(settings.get(), edit);
      if (patch) settings.update(patch);
    };
    this.view?.destroy();
    this.hidden = state.hidden.join();
    const view = new NetworkView(
      this.slot,
      {
        onHoverNeuron: (neuron) => engine.send({ type: 'inspect', neuron }),
        onEditWeight: (layer, to, from, value) => engine.send({ type: 'weight', layer, to, from, value }),
        onEditBias: (layer, unit, value) => engine.send({ type: 'bias', layer, unit, value }),
        onAddLayer: () => reshape((shape) => [...shape, NEW_LAYER_NEURONS]),
        onRemoveLayer: () => reshape((shape) => shape.slice(0, -1)),
        onAddNeuron: (layer) => reshape((shape) => shape.map((n, l) => (l === layer ? n + 1 : n))),
        onRemoveNeuron: (layer) => reshape((shape) => shape.map((n, l) => (l === layer ? n - 1 : n))),
        onLayerActivation: (layer, activation) => settings.update(layerActivation(settings.get(), layer, activation)),
        onToggleFeature: (feature) => {
          const patch = toggledFeature(settings.get(), feature as Feature);
          if (typeof patch === 'string') this.errors.tell(patch);
          else settings.update(patch);
        },
      },
      { colours: colourScheme(state.colours), allFeatures: FEATURES.filter((feature) => !state.hidden.includes(feature)) },
    );
    if (this.latest) view.update(this.latest.network, this.latest.neuronGrids, this.resolution);
    return view;
  }
}
