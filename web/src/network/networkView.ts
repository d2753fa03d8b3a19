// The network column, as TensorFlow Playground draws it between the data and the output: the
// features, each hidden layer and the output as columns of heatmap thumbnails, linked by curves
// whose width and colour show the weights. Rebuilt only when the network's shape or the width
// changes; every other update changes pixels and attributes in place.
import type { ControlState } from '../app/locks';
import type { ColourScheme } from '../colours';
import { LOCKED_TITLE } from '../embed/controlKeys';
import { type Diagram, type DiagramNode, type NetworkLayout, biasName, diagramOf, shapeKey, weightName } from './diagram';
import { featureGrid } from '../engineFacts';
import { type Geometry, LABEL_WIDTH, geometryOf, nodeAt, sameGeometry, sizeOf } from './geometry';
import { NeuronHover } from './hover';
import { activationMenu, hiddenLayersControl, neuronsControl } from './layerControls';
import { listenToLinks } from './linkEditing';
import { LinkLayer } from './links';
import { type NeuronButton, neuronButton } from './neuronButton';
import { NeuronPanel, type PanelRow } from './neuronPanel';
import type { EditableValue } from './numberField';
import { classPalette, Palette } from './palette';
import { ScrollCue } from './scrollCue';
import { Tooltip } from './tooltip';
import { ValueEditor } from './valueEditor';
import type { Activation } from '../state';
import { activeElementOf } from '../widgets';
import './network.css';

export type { NetworkLayout } from './diagram';

export interface NetworkCallbacks {
  /** Index in neuronGrids order (features first, then each layer's units); null on leave. */
  onHoverNeuron(neuron: number | null): void;
  /** `layer` indexes layout.layers; the weight is W[to][from]. */
  onEditWeight(layer: number, to: number, from: number, value: number): void;
  onEditBias(layer: number, unit: number, value: number): void;
  onAddLayer(): void;
  onRemoveLayer(): void;
  /** `hiddenLayer` indexes layout.layers (0 for the first hidden layer). */
  onAddNeuron(hiddenLayer: number): void;
  onRemoveNeuron(hiddenLayer: number): void;
  /** A hidden layer's activation menu chose `activation` (`hiddenLayer` as in onAddNeuron). */
  onLayerActivation(hiddenLayer: number, activation: Activation): void;
  /** A feature thumbnail was clicked (or Enter, Space): turn that feature on or off. */
  onToggleFeature(feature: string): void;
}

/** What the page's author hid or locked in the network column (app/locks.ts's ControlState). */
export interface NetworkLocks {
  /** The "+" and "−" of layers (hidden: those of the layers only, as in the Playground) and, locked, of neurons too. */
  shape: ControlState;
  /** Editing weights and biases: not offered when hidden, refused with a tooltip when locked. */
  weights: ControlState;
  /** Features whose buttons cannot turn them on or off. */
  lockedFeatures: readonly string[];
  /** The hidden layers' activation menus. */
  layerActivations: ControlState;
}

const OPEN: NetworkLocks = { shape: 'shown', weights: 'shown', lockedFeatures: [], layerActivations: 'shown' };

export interface NetworkViewOptions {
  colours: ColourScheme;
  /** The features offered, in the order shown; the active ones are layout.features. */
  allFeatures: string[];
}

export class NetworkView {
  private readonly root = document.createElement('div');
  private readonly layersSlot = document.createElement('div');
  private readonly scroller = document.createElement('div');
  private readonly stage = document.createElement('div');
  private readonly scrollCue = new ScrollCue(this.scroller);
  private readonly tooltip = new Tooltip();
  private readonly editor = new ValueEditor();
  private readonly panel: NeuronPanel;
  private readonly hover: NeuronHover;
  private readonly resizeObserver: ResizeObserver;
  private readonly allFeatures: string[];
  private palette: Palette;
  /** The width given, from the resize observer. */
  private width = 0;

  private layout: NetworkLayout | null = null;
  private grids: Float32Array = new Float32Array();
  private resolution = 0;
  private key = '';
  private laidOutWidth = -1;
  private diagram: Diagram | null = null;
  private geometry: Geometry | null = null;
  private links: LinkLayer | null = null;
  private neurons: NeuronButton[] = [];
  /** Each hidden layer's activation menu, when shown. */
  private menus: HTMLSelectElement[] = [];
  /** Whether the layers' headers offer their activation menus (unless the author hid them). */
  private layerMenus = false;
  /** Inputs do not change while training: their thumbnails are drawn once per build, scheme, resolution and discretize. */
  private inputsDrawn = false;
  /** Thumbnails show each cell's sign (the output options' Discretize output). */
  private discretize = false;
  private locks = OPEN;

  constructor(
    container: HTMLElement,
    private readonly callbacks: NetworkCallbacks,
    options: NetworkViewOptions,
  ) {
    this.palette = new Palette(options.colours);
    this.allFeatures = options.allFeatures;
    this.hover = new NeuronHover((neuron) => callbacks.onHoverNeuron(neuron));
    this.panel = new NeuronPanel(() => this.hover.set('panel', null));

    this.root.className = 'nnplay-net';
    this.layersSlot.className = 'nnplay-net-layers-slot';
    this.scroller.className = 'nnplay-net-scroller';
    this.stage.className = 'nnplay-net-stage';
    this.stage.setAttribute('role', 'group');
    this.stage.setAttribute('aria-label', 'Network');
    this.scroller.append(this.stage);
    this.root.append(this.layersSlot, this.scrollCue.element, this.scroller);
    container.append(this.root);
    listenToLinks(this.stage, (target) => this.editableAt(target), this.tooltip, this.editor);

    this.resizeObserver = new ResizeObserver((entries) => {
      const width = Math.floor(entries[0]?.contentRect.width ?? 0);
      if (width === this.width) return;
      this.width = width;
      if (this.layout) this.update(this.layout, this.grids, this.resolution);
      this.scrollCue.update();
    });
    this.resizeObserver.observe(this.scroller);
  }

  /**
   * Shows `layout` and its neurons' activations, `neuronGrids` as the engine returns them; while
   * `playing`, the links are throttled (links.ts).
   */
  update(layout: NetworkLayout, neuronGrids: Float32Array, resolution: number, playing = false): void {
    this.layout = layout;
    this.grids = neuronGrids;
    if (resolution !== this.resolution) {
      this.resolution = resolution;
      this.inputsDrawn = false;
    }
    const key = shapeKey(layout, this.allFeatures);
    if (key !== this.key || this.width !== this.laidOutWidth) this.layOut(layout, key);
    this.draw(playing);
  }

  /** Hides or locks the controls of the diagram; a change rebuilds it. */
  setLocks(locks: NetworkLocks): void {
    if (JSON.stringify(locks) === JSON.stringify(this.locks)) return;
    this.locks = locks;
    if (this.layout) this.layOut(this.layout, this.key, true);
  }

  /** Offers each hidden layer's activation menu in its header (true), or not; a change rebuilds the diagram. */
  setLayerMenus(shown: boolean): void {
    if (shown === this.layerMenus) return;
    this.layerMenus = shown;
    if (this.layout) this.layOut(this.layout, this.key);
    this.draw();
  }

  /** Thumbnails show each cell's sign (true) or its value. */
  setDiscretize(discretize: boolean): void {
    if (discretize === this.discretize) return;
    this.discretize = discretize;
    this.inputsDrawn = false;
    if (this.layout) this.draw();
  }

  setColours(colours: ColourScheme): void {
    this.palette = new Palette(colours);
    this.inputsDrawn = false;
    this.links?.invalidate();
    if (this.layout) this.draw();
  }

  destroy(): void {
    this.resizeObserver.disconnect();
    this.links?.destroy();
    this.editor.close();
    this.panel.close(false);
    this.root.remove();
  }

  private draw(playing = false): void {
    const { layout, grids, resolution, palette, discretize } = this;
    if (!layout) return;
    const cells = resolution * resolution;
    // More than two classes: output neuron k is class k's probability, white to the class's colour.
    const classes = layout.classes.length > 2;
    for (const { node, thumbnail } of this.neurons) {
      if (classes && node.kind === 'output') thumbnail.draw(grids, node.grid! * cells, resolution, classPalette(node.unit));
      else if (node.layer >= 0) thumbnail.draw(grids, node.grid! * cells, resolution, palette, discretize);
      else if (!this.inputsDrawn) {
        if (node.grid === null) thumbnail.draw(featureGrid(node.feature, resolution), 0, resolution, palette, discretize);
        else thumbnail.draw(grids, node.grid * cells, resolution, palette, discretize);
      }
    }
    this.inputsDrawn = true;
    this.menus.forEach((menu, l) => {
      const activation = layout.layers[l]?.activation;
      if (activation && menu.value !== activation) menu.value = activation;
    });
    this.links?.update(layout, palette, playing);
    this.tooltip.refresh();
    this.panel.refresh();
  }

  /** Rebuilds the DOM if the shape or the geometry changed, or if `always`. */
  private layOut(layout: NetworkLayout, key: string, always = false): void {
    const diagram = key === this.key && this.diagram ? this.diagram : diagramOf(layout, this.allFeatures);
    const geometry = geometryOf(
      diagram.columns.map((column) => column.length),
      this.width,
      { layerMenus: this.menusShown() },
    );
    this.key = key;
    this.laidOutWidth = this.width;
    if (always || diagram !== this.diagram || !this.geometry || !sameGeometry(geometry, this.geometry)) {
      this.build(diagram, geometry);
    }
  }

  private build(diagram: Diagram, geometry: Geometry): void {
    const active = activeElementOf(this.root);
    const focused = active instanceof HTMLElement && this.root.contains(active) ? active.dataset.key : undefined;
    this.editor.close();
    this.panel.close(false);
    this.tooltip.hide();
    this.hover.set('pointer', null);
    this.hover.set('focus', null);

    this.diagram = diagram;
    this.geometry = geometry;
    this.inputsDrawn = false;
    const hiddenLayers = diagram.columns.length - 2;
    const { shape, lockedFeatures } = this.locks;
    this.layersSlot.replaceChildren(
      hiddenLayersControl(
        hiddenLayers,
        shape === 'locked',
        () => this.callbacks.onAddLayer(),
        () => this.callbacks.onRemoveLayer(),
      ),
    );
    // The Playground's numHiddenLayers_hide hides the layers' buttons; the count stays.
    for (const button of this.layersSlot.querySelectorAll('button')) button.hidden = shape === 'hidden';

    this.links?.destroy();
    this.links = new LinkLayer(diagram, geometry);
    this.stage.style.width = `${geometry.width}px`;
    this.stage.style.height = `${geometry.height}px`;
    this.stage.replaceChildren(this.links.canvas, this.links.svg);
    this.neurons = [];
    this.menus = [];
    diagram.columns.forEach((column, c) => {
      const centre = geometry.columnX[c]! + geometry.node / 2;
      if (c === 0) this.stage.append(this.heading('Features', geometry.columnX[0]! - LABEL_WIDTH, 'start'));
      else if (c === diagram.columns.length - 1) this.stage.append(this.heading('Output', centre, 'middle'));
      else {
        const control = neuronsControl(
          c,
          column.length,
          shape === 'locked',
          () => this.callbacks.onAddNeuron(c - 1),
          () => this.callbacks.onRemoveNeuron(c - 1),
        );
        control.style.left = `${centre}px`;
        if (this.menusShown()) {
          const width = geometry.columnX[c + 1]! - geometry.columnX[c]! - 4;
          const activation = this.layout?.layers[c - 1]?.activation ?? '';
          const locked = this.locks.layerActivations === 'locked';
          const menu = activationMenu(c, activation, width, locked, (chosen) => this.callbacks.onLayerActivation(c - 1, chosen));
          this.menus.push(menu);
          control.append(menu);
        }
        this.stage.append(control);
      }
      for (const node of column) {
        const locked = node.kind === 'feature' && lockedFeatures.includes(node.feature);
        const neuron = neuronButton(
          node,
          geometry,
          (source, grid) => this.hover.set(source, grid),
          (button) => {
            if (node.kind === 'feature' && !locked) this.callbacks.onToggleFeature(node.feature);
            else if (node.layer >= 0) this.togglePanel(node, button);
          },
        );
        // aria-disabled, not disabled: the feature keeps the focus that shows it in the output view.
        if (locked) {
          neuron.button.setAttribute('aria-disabled', 'true');
          neuron.button.title = LOCKED_TITLE;
        }
        this.neurons.push(neuron);
        this.stage.append(neuron.button);
      }
    });
    this.stage.append(this.tooltip.element, this.editor.element, this.panel.element);
    this.scrollCue.update();
    this.restoreFocus(focused);
  }

  private menusShown(): boolean {
    return this.layerMenus && this.locks.layerActivations !== 'hidden';
  }

  private heading(text: string, x: number, align: 'start' | 'middle'): HTMLElement {
    const heading = document.createElement('div');
    heading.className = `nnplay-net-heading nnplay-net-heading-${align}`;
    heading.textContent = text;
    heading.style.left = `${x}px`;
    return heading;
  }

  private togglePanel(node: DiagramNode, button: HTMLButtonElement): void {
    if (this.panel.openedBy === button) {
      this.panel.close(true);
      return;
    }
    const { diagram, geometry } = this;
    if (!diagram || !geometry) return;
    const weights: PanelRow[] = diagram.linked[node.layer]!.map((source, from) => ({
      name: weightName(source, node),
      value: () => this.weight(node.layer, node.unit, from),
      apply: (value) => this.callbacks.onEditWeight(node.layer, node.unit, from, value),
      ...this.weightAccess(),
    }));
    const bias: PanelRow = {
      name: biasName(node),
      value: () => this.bias(node.layer, node.unit),
      apply: (value) => this.callbacks.onEditBias(node.layer, node.unit, value),
      ...this.weightAccess(),
    };
    const { x, y } = nodeAt(geometry, node.column, node.row);
    this.hover.set('panel', node.grid);
    this.panel.open(node.name, [...weights, bias], button, { x, y, size: sizeOf(geometry, node.column) }, geometry);
  }

  /** Whether the weights and biases may be edited, and if locked, why not. */
  private weightAccess(): Pick<EditableValue, 'readOnly' | 'note'> {
    const { weights } = this.locks;
    if (weights === 'shown') return {};
    return weights === 'locked' ? { readOnly: true, note: LOCKED_TITLE } : { readOnly: true };
  }

  private weight(layer: number, to: number, from: number): number {
    return this.layout?.layers[layer]?.weights[to]?.[from] ?? NaN;
  }

  private bias(layer: number, unit: number): number {
    return this.layout?.layers[layer]?.biases[unit] ?? NaN;
  }

  /** The weight or bias whose hit area is `target` (see LinkLayer), or null. */
  private editableAt(target: EventTarget | null): EditableValue | null {
    const diagram = this.diagram;
    if (!diagram || !(target instanceof Element)) return null;
    const weight = target.getAttribute('data-weight');
    if (weight) {
      const [layer, to, from] = weight.split(',').map(Number) as [number, number, number];
      return {
        name: weightName(diagram.linked[layer]![from]!, diagram.linked[layer + 1]![to]!),
        value: () => this.weight(layer, to, from),
        apply: (value) => this.callbacks.onEditWeight(layer, to, from, value),
        ...this.weightAccess(),
      };
    }
    const bias = target.getAttribute('data-bias');
    if (bias) {
      const [layer, unit] = bias.split(',').map(Number) as [number, number];
      return {
        name: biasName(diagram.linked[layer + 1]![unit]!),
        value: () => this.bias(layer, unit),
        apply: (value) => this.callbacks.onEditBias(layer, unit, value),
        ...this.weightAccess(),
      };
    }
    return null;
  }

  private restoreFocus(key: string | undefined): void {
    if (key) this.root.querySelector<HTMLElement>(`[data-key="${key}"]`)?.focus();
  }
}
