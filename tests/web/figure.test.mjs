// web/src/figure/: the figure for slides built as SVG text under Node, read back with a strict XML
// reader: the network's neurons, links and biases, the data points, the loss polylines, the caption.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { load } from './load.mjs';
import { findAll, parseXml, textOf } from './xml.mjs';

const { figureSvg } = await load('figure/figure.ts');
const { niceTicks, lossPanel } = await load('figure/lossPanel.ts');
const { escapeXml, num, tag } = await load('figure/svgMarkup.ts');
const { captionLines, settingsItems, resultItems } = await load('figure/caption.ts');
const { colourScheme } = await load('colours.ts');
const { DEFAULT_STATE } = await load('state.ts');

const playground = colourScheme('playground');
// The Playground's scale (colours.ts): -1 orange (245, 147, 34), +1 blue (8, 119, 189).
const ORANGE = 'rgb(245,147,34)';
const BLUE = 'rgb(8,119,189)';

/** A layer of `units` neurons reading `inputs`, every weight `weight(to, from)`, every bias `bias`. */
const layer = (units, inputs, weight = () => 0, bias = 0) => ({
  activation: 'tanh',
  weights: Array.from({ length: units }, (_, to) => Array.from({ length: inputs }, (_, from) => weight(to, from))),
  biases: new Array(units).fill(bias),
});

// Inputs x, y; layers of 4 and 2; one output: 2 + 4 + 2 + 1 = 9 neurons, 2·4 + 4·2 + 2·1 = 18 links, 7 biases.
// The first layer's weight into unit `to` from input `from`: +1 from x, −1 from y, and 5 into unit 3 from y.
const network = {
  features: ['x', 'y'],
  layers: [layer(4, 2, (to, from) => (to === 3 && from === 1 ? 5 : from === 0 ? 1 : -1), -1), layer(2, 4), layer(1, 2, () => 0, 1)],
};

const STATS = { epoch: 312, trainLoss: 0.0104, testLoss: 0.0123, trainAccuracy: 1, testAccuracy: 0.992 };

function input(overrides = {}) {
  return {
    network,
    thumbnails: Array.from({ length: 9 }, (_, i) => `data:image/png;base64,neuron${i}`),
    scheme: playground,
    heatmap: 'data:image/png;base64,heatmap',
    // x, y, label: the centre (blue), the top-right corner (orange), (−3, 3) (blue).
    train: new Float32Array([0, 0, 1, 6, 6, -1, -3, 3, 1]),
    test: new Float32Array([1, 1, 1, 2, 2, -1]),
    showTestData: false,
    extent: 6,
    losses: { epochs: [0, 1, 2], train: [0.5, 0.3, 0.1], test: [0.6, 0.4, 0.2] },
    state: { ...DEFAULT_STATE },
    stats: STATS,
    ...overrides,
  };
}

const byClass = (root, name, className) => findAll(root, (e) => e.name === name && e.attributes.class === className);
const group = (root, className) => byClass(root, 'g', className)[0];

test('markup: text and attributes are escaped, numbers keep two decimals, an empty element closes itself', () => {
  assert.equal(escapeXml(`<a href="x">Tom & Jerry's</a>`), '&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;');
  assert.equal(tag('rect', { x: 1 / 3, y: undefined, fill: 'a"b' }), '<rect x="0.33" fill="a&quot;b"/>');
  assert.equal(tag('g', {}, '<rect/>'), '<g><rect/></g>');
  assert.equal(num(12.499999), '12.5');
});

test('the figure is one well-formed SVG document of the size it says, on a white ground, with a title', () => {
  const { svg, width, height } = figureSvg(input());
  assert.ok(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>'));
  const root = parseXml(svg);
  assert.equal(root.name, 'svg');
  assert.equal(root.attributes.xmlns, 'http://www.w3.org/2000/svg');
  assert.equal(root.attributes['xmlns:xlink'], 'http://www.w3.org/1999/xlink');
  assert.equal(root.attributes.width, String(width));
  assert.equal(root.attributes.height, String(height));
  assert.equal(root.attributes.viewBox, `0 0 ${width} ${height}`);
  assert.equal(root.children.find((e) => e.name === 'title').text, 'nnplay: the network, its decision boundary and its loss');
  assert.deepEqual(root.children.find((e) => e.name === 'rect').attributes, { width: String(width), height: String(height), fill: '#ffffff' });
  // The description: the caption, and the settings as a link's hash, with the seed.
  const desc = root.children.find((e) => e.name === 'desc').text;
  assert.match(desc, /^Circle data, noise 0/);
  assert.match(desc, /\nSettings: #.*seed=0\.50000/);
  // The page runs under a Content-Security-Policy without inline styles: presentation attributes only.
  assert.doesNotMatch(svg, /style=|<style/);
});

test('the network: a thumbnail image for every neuron, a link for every weight coloured and sized by it, a bias square for every neuron', () => {
  const root = parseXml(figureSvg(input()).svg);
  const neurons = byClass(root, 'g', 'neuron');
  assert.equal(neurons.length, 9);
  const images = neurons.map((n) => n.children.find((e) => e.name === 'image').attributes['xlink:href']);
  assert.deepEqual(images.toSorted(), Array.from({ length: 9 }, (_, i) => `data:image/png;base64,neuron${i}`).toSorted());
  const links = findAll(group(root, 'links'), (e) => e.name === 'path');
  assert.equal(links.length, 18);
  // Links in weight order: layer 0 unit 0 from x (+1), from y (−1), ...; unit 3 from y is 5.
  // Width 0.5 + 1.5·min(|w|, 5): 2 for ±1, 8 for 5, 0.5 for 0.
  assert.deepEqual(links.slice(0, 2).map((l) => [l.attributes.stroke, l.attributes['stroke-width']]), [[BLUE, '2'], [ORANGE, '2']]);
  assert.deepEqual([links[7].attributes.stroke, links[7].attributes['stroke-width']], [BLUE, '8']);
  assert.equal(links[8].attributes['stroke-width'], '0.5');
  const biases = byClass(root, 'rect', 'bias');
  assert.equal(biases.length, 7);
  // The first layer's biases are −1 (orange), the second's 0, the output's +1 (blue).
  assert.deepEqual(biases.map((b) => b.attributes.fill).filter((fill) => fill !== biases[4].attributes.fill), [ORANGE, ORANGE, ORANGE, ORANGE, BLUE]);
  const labels = findAll(root, (e) => e.name === 'text').map(textOf);
  for (const label of ['X₁', 'X₂', 'Layer 1', '4 neurons', 'Layer 2', '2 neurons', 'Output']) assert.ok(labels.includes(label), label);
});

test('the decision boundary: the heatmap image, and a circle for each training point at its place in the square, the test points when shown', () => {
  const root = parseXml(figureSvg(input()).svg);
  const boundary = group(root, 'boundary');
  assert.equal(byClass(boundary, 'image', 'heatmap')[0].attributes['xlink:href'], 'data:image/png;base64,heatmap');
  // The square is 280 px for [−6, 6]: x ↦ (x + 6)·280/12, y ↦ (6 − y)·280/12.
  const train = byClass(boundary, 'circle', 'train').map(({ attributes: a }) => [a.cx, a.cy, a.fill, a.stroke]);
  assert.deepEqual(train, [
    ['140', '140', BLUE, '#ffffff'],
    ['280', '0', ORANGE, '#ffffff'],
    ['70', '70', BLUE, '#ffffff'],
  ]);
  assert.equal(byClass(boundary, 'circle', 'test').length, 0);
  const shown = group(parseXml(figureSvg(input({ showTestData: true })).svg), 'boundary');
  assert.deepEqual(byClass(shown, 'circle', 'test').map((c) => c.attributes.stroke), ['#000000', '#000000']);
});

test('ticks are 1, 2 or 5 times a power of ten, about five of them; epochs step by whole numbers', () => {
  // 0.73 / 5 = 0.146 → 0.2.
  assert.deepEqual(niceTicks(0, 0.73), { step: 0.2, values: [0, 0.2, 0.4, 0.6] });
  // (312 − 1) / 5 = 62.2 → 100.
  assert.deepEqual(niceTicks(1, 312, 5, 1), { step: 100, values: [100, 200, 300] });
  // 3 / 5 = 0.6, but at least 1.
  assert.deepEqual(niceTicks(0, 3, 5, 1), { step: 1, values: [0, 1, 2, 3] });
  // 3.2 / 5 = 0.64 → 1.
  assert.deepEqual(niceTicks(-1.6, 1.6).values, [-1, 0, 1]);
});

test('the loss: one polyline per unbroken run of finite losses, from 0 at the bottom to the first tick above the highest loss', () => {
  const losses = { epochs: [0, 1, 2, 3, 4], train: [1, 0.5, null, 0.25, 0.2], test: [0.9, 0.8, 0.7, 0.6, 0.5] };
  const root = parseXml(`<svg>${lossPanel(losses).markup}</svg>`);
  // The plot is 300 × 280 right of a 44 px axis; the highest loss 1 is a tick (step 0.2), so the top is 1:
  // epoch e ↦ 44 + e·300/4, loss l ↦ 280 − 280·l.
  assert.deepEqual(byClass(root, 'polyline', 'train').map((p) => p.attributes.points), ['44,0 119,140', '269,210 344,224']);
  assert.deepEqual(byClass(root, 'polyline', 'test').map((p) => p.attributes.points), ['44,28 119,56 194,84 269,112 344,140']);
  const labels = findAll(root, (e) => e.name === 'text').map(textOf);
  for (const label of ['0.0', '0.2', '1.0', 'Epoch', 'Training loss', 'Test loss']) assert.ok(labels.includes(label), label);
  // A diverging loss: 50 000 / 5 = 10 000 a step, labelled in powers of ten.
  const diverging = parseXml(`<svg>${lossPanel({ epochs: [0, 1], train: [1, 50000], test: [1, 50000] }).markup}</svg>`);
  const tickLabels = findAll(diverging, (e) => e.name === 'text' && e.attributes['text-anchor'] === 'end').map(textOf);
  assert.deepEqual(tickLabels, ['0', '1.0e+4', '2.0e+4', '3.0e+4', '4.0e+4', '5.0e+4']);
  // 20 000 epochs step by 5 000, written out in full.
  const long = parseXml(`<svg>${lossPanel({ epochs: [0, 20000], train: [1, 0.5], test: [1, 0.5] }).markup}</svg>`);
  const epochLabels = findAll(long, (e) => e.name === 'text' && e.attributes['text-anchor'] === 'middle').map(textOf);
  assert.deepEqual(epochLabels.slice(0, 5), ['0', '5,000', '10,000', '15,000', '20,000']);
  // One epoch is no line yet.
  const waiting = parseXml(`<svg>${lossPanel({ epochs: [0], train: [0.5], test: [0.5] }).markup}</svg>`);
  assert.equal(findAll(waiting, (e) => e.name === 'polyline').length, 0);
});

test('the caption says how to make the figure again and where training got to', () => {
  assert.deepEqual(settingsItems({ ...DEFAULT_STATE, networkShape: [4, 2] }), [
    'Circle data, noise 0, 50% for training',
    'inputs X₁, X₂',
    '2 hidden layers (4, 2 neurons)',
    'Tanh activation',
    'learning rate 0.03',
    'batch size 10',
    'no regularization',
  ]);
  const regression = { ...DEFAULT_STATE, problem: 'regression', regDataset: 'multigauss', networkShape: [], regularization: 'L2', regularizationRate: 0.01 };
  assert.equal(settingsItems(regression)[0], 'Multi-Gaussian data, noise 0, 50% for training');
  assert.equal(settingsItems(regression)[2], 'no hidden layers');
  assert.equal(settingsItems(regression)[6], 'L2 regularization 0.01');
  assert.deepEqual(resultItems({ ...STATS, epoch: 1234 }), ['epoch 1,234', 'test loss 0.012', 'training loss 0.010', 'test accuracy 99.2%', 'training accuracy 100.0%']);
  assert.deepEqual(resultItems({ ...STATS, trainAccuracy: NaN, testAccuracy: NaN }).length, 3);
  // "aaa · bbb" is 9 characters: it fits in 9, not in 8.
  assert.deepEqual(captionLines(['aaa', 'bbb'], 9), ['Aaa · bbb']);
  assert.deepEqual(captionLines(['aaa', 'bbb'], 8), ['Aaa', 'Bbb']);
  // Filled greedily into 13 characters, "a · b · c · d" and "e" would be two lines; the same two lines
  // as even as they can be: "a · b · c" (9) and "d · e" (5).
  assert.deepEqual(captionLines(['a', 'b', 'c', 'd', 'e'], 13), ['A · b · c', 'D · e']);
  // An item longer than a line has a line of its own.
  assert.deepEqual(captionLines(['a', 'bbbbbbbbbbbb', 'c'], 5), ['A', 'Bbbbbbbbbbbb', 'C']);
  const caption = findAll(group(parseXml(figureSvg(input()).svg), 'caption'), (e) => e.name === 'text').map(textOf).join(' · ');
  assert.match(caption, /^Circle data, noise 0, 50% for training · inputs X₁, X₂ · 2 hidden layers \(4, 2 neurons\)/);
  assert.match(caption, /Epoch 312 · test loss 0\.012 · training loss 0\.010 · test accuracy 99\.2% · training accuracy 100\.0%$/);
});
