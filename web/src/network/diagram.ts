// What the network column shows, without the DOM: its neurons in columns, their names, their links.
// Every neuron's name is made here, from its place in neurons.ts's order.
import { neuronAt, neuronIndex, shapeOf } from '../neurons';
import type { NetworkWeights } from '../protocol';
import { featureLabel } from './features';

/** The network as the engine's networkJson() describes it; weights are row-major W[to][from]. */
export type NetworkLayout = NetworkWeights;

export interface DiagramNode {
  /** 'input': a network input that is none of the features offered (it cannot be toggled). */
  kind: 'feature' | 'input' | 'hidden' | 'output';
  /** Accessible name: "Feature X₁", "Layer 1 neuron 3", "Output neuron". */
  name: string;
  /** How a weight's name refers to it: "X₁", "layer 1 neuron 3", "the output neuron". */
  ref: string;
  /** Visible label of a feature or input; empty otherwise. */
  label: string;
  /** The feature's or input's name; empty otherwise. */
  feature: string;
  /** The neuron's index in neuronGrids order, null for a feature that is not a network input. */
  grid: number | null;
  /** Index in layout.layers of the layer it is a unit of; -1 for features. */
  layer: number;
  /** Its unit in that layer, or its network input index for a feature (-1 when inactive). */
  unit: number;
  /** Where it is drawn. */
  column: number;
  row: number;
  /** Stable across rebuilds of the same diagram: restores focus after a change of shape. */
  key: string;
}

export interface DiagramLink {
  layer: number;
  to: number;
  from: number;
  source: DiagramNode;
  target: DiagramNode;
}

export interface Diagram {
  /** Drawn columns: every feature (and any other network input), each hidden layer, the output layer. */
  columns: DiagramNode[][];
  /** The neurons that layout.layers[l] reads (`linked[l]`) and writes (`linked[l + 1]`): inputs in network order. */
  linked: DiagramNode[][];
  links: DiagramLink[];
}

/** "Weight from X₁ to layer 1 neuron 2". */
export function weightName(source: DiagramNode, target: DiagramNode): string {
  return `Weight from ${source.ref} to ${target.ref}`;
}

/** "Bias of layer 1 neuron 2". */
export function biasName(node: DiagramNode): string {
  return `Bias of ${node.ref}`;
}

/** How the output view's caption names a neuron: "feature X₁", "neuron 2 of layer 1", "the output neuron". */
export function neuronCaption(layout: NetworkLayout, index: number): string {
  const shape = shapeOf(layout);
  const at = neuronAt(shape, index);
  if (!at) return `neuron ${index}`;
  if (at.layer < 0) return `feature ${featureLabel(layout.features[at.unit] ?? `Input ${at.unit + 1}`)}`;
  if (at.layer < shape.layerSizes.length - 1) return `neuron ${at.unit + 1} of layer ${at.layer + 1}`;
  return outputRef(shape.layerSizes[at.layer]!, at.unit);
}

/** "the output neuron", or "output neuron 2" of several. */
function outputRef(outputs: number, unit: number): string {
  return outputs === 1 ? 'the output neuron' : `output neuron ${unit + 1}`;
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The diagram of `layout`: `allFeatures` first, any other network input after them. */
export function diagramOf(layout: NetworkLayout, allFeatures: string[]): Diagram {
  const shape = shapeOf(layout);
  const { inputs } = shape;
  const inputNames = Array.from({ length: inputs }, (_, i) => layout.features[i] ?? `Input ${i + 1}`);
  const featureColumn = [...allFeatures, ...inputNames.filter((name) => !allFeatures.includes(name))].map(
    (feature, row): DiagramNode => {
      const unit = inputNames.indexOf(feature);
      const label = featureLabel(feature);
      const offered = allFeatures.includes(feature);
      return {
        kind: offered ? 'feature' : 'input',
        name: offered ? `Feature ${label}` : label,
        ref: label,
        label,
        feature,
        grid: unit < 0 ? null : unit,
        layer: -1,
        unit,
        column: 0,
        row,
        key: `feature-${feature}`,
      };
    },
  );

  const last = layout.layers.length - 1;
  const layerColumns = layout.layers.map((layer, l) =>
    layer.biases.map((_, unit): DiagramNode => {
      const output = l === last;
      const ref = output ? outputRef(layer.biases.length, unit) : `layer ${l + 1} neuron ${unit + 1}`;
      return {
        kind: output ? 'output' : 'hidden',
        name: capitalised(ref.replace(/^the /, '')),
        ref,
        label: '',
        feature: '',
        grid: neuronIndex(shape, l, unit),
        layer: l,
        unit,
        column: l + 1,
        row: unit,
        key: `neuron-${l}-${unit}`,
      };
    }),
  );

  const activeInputs = inputNames.map((name) => featureColumn.find((node) => node.feature === name)!);
  const linked = [activeInputs, ...layerColumns];
  const links = layout.layers.flatMap((layer, l) =>
    layer.weights.flatMap((row, to) =>
      row.map((_, from): DiagramLink => ({ layer: l, to, from, source: linked[l]![from]!, target: linked[l + 1]![to]! })),
    ),
  );

  return { columns: [featureColumn, ...layerColumns], linked, links };
}

/** Equal for layouts whose diagrams are equal. */
export function shapeKey(layout: NetworkLayout, allFeatures: string[]): string {
  const { inputs, layerSizes } = shapeOf(layout);
  return `${allFeatures.join(',')}|${layout.features.join(',')}|${inputs}|${layerSizes.join(',')}`;
}
