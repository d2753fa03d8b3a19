// web/src/neurons.ts and the names network/diagram.ts gives: one neuron order, the engine's
// neuronGrids order (inputs, then each layer up to the output).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { load } from './load.mjs';

const { neuronAt, neuronIndex, shapeOf } = await load('neurons.ts');
const { diagramOf, neuronCaption } = await load('network/diagram.ts');

// Inputs x, y; a hidden layer of 3; a hidden layer of 2; one output: indices 0–1, 2–4, 5–6, 7.
const layer = (units, inputs) => ({ activation: 'tanh', weights: Array.from({ length: units }, () => new Array(inputs).fill(0)), biases: new Array(units).fill(0) });
const network = { features: ['x', 'y'], layers: [layer(3, 2), layer(2, 3), layer(1, 2)] };

test('index ↔ (layer, unit): inputs first, then each layer', () => {
  const shape = shapeOf(network);
  assert.deepEqual(shape, { inputs: 2, layerSizes: [3, 2, 1] });
  const positions = [[-1, 0], [-1, 1], [0, 0], [0, 1], [0, 2], [1, 0], [1, 1], [2, 0]];
  positions.forEach(([l, unit], index) => {
    assert.deepEqual(neuronAt(shape, index), { layer: l, unit });
    assert.equal(neuronIndex(shape, l, unit), index);
  });
  assert.equal(neuronAt(shape, 8), null);
});

test('the caption names a feature, a hidden neuron and the output; the diagram numbers the same neurons alike', () => {
  assert.equal(neuronCaption(network, 1), 'feature X₂');
  assert.equal(neuronCaption(network, 6), 'neuron 2 of layer 2');
  assert.equal(neuronCaption(network, 7), 'the output neuron');
  const diagram = diagramOf(network, ['x', 'y', 'sinX']);
  const byIndex = new Map(diagram.columns.flat().filter((node) => node.grid !== null).map((node) => [node.grid, node]));
  assert.equal(byIndex.get(6).ref, 'layer 2 neuron 2');
  assert.equal(byIndex.get(7).ref, 'the output neuron');
  assert.equal(byIndex.get(1).feature, 'y');
});
