// The module's engine facts, grids, model round trip, traces, metrics and error kinds under Node.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { circle, nnplay, withSession } from './load.mjs';

/** Asserts that `call` throws an Error of the module with this kind (and name). */
function assertKind(call, kind, name = 'NnplayError') {
  assert.throws(call, (error) => error instanceof Error && error.kind === kind && error.name === name);
}

test('engineFacts: the grid extent, the features in the engine order with formulas, the activations', () => {
  assert.deepEqual(nnplay.engineFacts(), {
    gridExtent: 6,
    features: [
      { name: 'x', formula: 'x' },
      { name: 'y', formula: 'y' },
      { name: 'xSquared', formula: 'x^2' },
      { name: 'ySquared', formula: 'y^2' },
      { name: 'xTimesY', formula: 'x*y' },
      { name: 'sinX', formula: 'sin(x)' },
      { name: 'sinY', formula: 'sin(y)' },
    ],
    activations: ['linear', 'relu', 'leaky_relu', 'tanh', 'sigmoid', 'elu', 'softplus', 'softmax'],
  });
});

test('featureGrids(3): each feature over the 3×3 grid, row 0 at y = 6, column 0 at x = −6', () => {
  const grids = nnplay.featureGrids(3);
  assert.ok(grids instanceof Float32Array);
  assert.equal(grids.length, 7 * 9);
  const xs = [-6, 0, 6, -6, 0, 6, -6, 0, 6];
  const ys = [6, 6, 6, 0, 0, 0, -6, -6, -6];
  const formulas = [(x) => x, (x, y) => y, (x) => x * x, (x, y) => y * y, (x, y) => x * y, Math.sin, (x, y) => Math.sin(y)];
  formulas.forEach((formula, feature) => {
    for (let cell = 0; cell < 9; cell++) {
      assert.equal(grids[feature * 9 + cell], Math.fround(formula(xs[cell], ys[cell])), `feature ${feature}, cell ${cell}`);
    }
  });
  assertKind(() => nnplay.featureGrids(1), 'bad-input');
});

test('outputGrid of a tanh output with explicit weights is tanh(w·(x, y) + b) at each cell', () => {
  withSession({ ...circle, network: { hidden: [], output: 'tanh' } }, (session) => {
    session.setWeight(0, 0, 0, 0.1);
    session.setWeight(0, 0, 1, 0.2);
    session.setBias(0, 0, 0.3);
    const grid = session.outputGrid(3);
    // (−6, 6): tanh(−0.6 + 1.2 + 0.3) = tanh(0.9); (0, 0): tanh(0.3); (6, −6): tanh(0.6 − 1.2 + 0.3) = tanh(−0.3)
    assert.ok(Math.abs(grid[0] - Math.tanh(0.9)) < 1e-6);
    assert.ok(Math.abs(grid[4] - Math.tanh(0.3)) < 1e-6);
    assert.ok(Math.abs(grid[8] - Math.tanh(-0.3)) < 1e-6);
  });
});

test('classGrids of a 3-class softmax with explicit weights is e^(z_k) / Σ e^(z_j) at each cell, class by class', () => {
  const blobs = { dataset: { name: 'blobs', classes: 3, seed: 1 }, features: ['x', 'y'], network: { hidden: [] } };
  withSession(blobs, (session) => {
    assert.deepEqual(JSON.parse(session.networkJson()).classes, ['class 1', 'class 2', 'class 3']);
    // z = (x, y, 0): every other weight and every bias 0.
    for (let to = 0; to < 3; to++) {
      session.setBias(0, to, 0);
      for (let from = 0; from < 2; from++) session.setWeight(0, to, from, to === from ? 1 : 0);
    }
    const grids = session.classGrids(3);
    assert.equal(grids.length, 3 * 9);
    const near = (actual, expected, what) => assert.ok(Math.abs(actual - expected) < 1e-6, `${what}: ${actual} vs ${expected}`);
    // (0, 0), cell 4: z = (0, 0, 0), a third each. (6, 6), cell 2: (e⁶, e⁶, 1) / (2e⁶ + 1).
    // (−6, 6), cell 0: (e⁻⁶, e⁶, 1) / (e⁻⁶ + e⁶ + 1).
    for (let k = 0; k < 3; k++) near(grids[k * 9 + 4], 1 / 3, `class ${k} at (0, 0)`);
    const e6 = Math.exp(6);
    [e6, e6, 1].forEach((v, k) => near(grids[k * 9 + 2], v / (2 * e6 + 1), `class ${k} at (6, 6)`));
    [1 / e6, e6, 1].forEach((v, k) => near(grids[k * 9], v / (1 / e6 + e6 + 1), `class ${k} at (−6, 6)`));
  });
  withSession(circle, (session) => assertKind(() => session.classGrids(3), 'bad-input'));
});

test('neuronGrid(i, r) is the slice i of neuronGrids(r): inputs, then each layer from the first hidden one', () => {
  withSession(circle, (session) => {
    session.train(3);
    const cells = 10 * 10;
    // The first hidden neuron alone, before any full pass at this resolution.
    const alone = session.neuronGrid(2, 10);
    const all = session.neuronGrids(10);
    assert.equal(all.length, (2 + 4 + 2 + 1) * cells);
    assert.deepEqual(alone, all.slice(2 * cells, 3 * cells));
    for (let neuron = 0; neuron < 9; neuron++) {
      assert.deepEqual(session.neuronGrid(neuron, 10), all.slice(neuron * cells, (neuron + 1) * cells));
    }
    // The output neuron's grid is the output grid of a tanh head.
    assert.deepEqual(session.neuronGrid(8, 10), session.outputGrid(10));
    assertKind(() => session.neuronGrid(9, 10), 'bad-input');
  });
});

test('outputGridInto and neuronGridsInto write the same grids into kept Float32Arrays, and refuse a wrong target untouched', () => {
  withSession(circle, (session) => {
    const output = new Float32Array(20 * 20);
    const neurons = new Float32Array(9 * 10 * 10);
    for (const epochs of [2, 3]) {
      session.train(epochs);
      session.outputGridInto(20, output);
      session.neuronGridsInto(10, neurons);
      assert.deepEqual(output, session.outputGrid(20));
      assert.deepEqual(neurons, session.neuronGrids(10));
    }
    const kept = output.slice();
    const short = new Float32Array(20 * 20 - 1).fill(7);
    assert.throws(() => session.outputGridInto(20, short), (e) => e.kind === 'bad-input' && /holds 399 numbers; this grid needs 400/.test(e.message));
    assert.ok(short.every((v) => v === 7));
    assertKind(() => session.neuronGridsInto(10, new Float64Array(900)), 'bad-input');
    assertKind(() => session.outputGridInto(20, [0, 1]), 'bad-input');
    session.outputGridInto(20, output);
    assert.deepEqual(output, kept);
  });
});

describe('a saved model round trip: modelJson() → new Session(JSON.stringify({model}))', () => {
  test('gives the same data, predictions, grids and metrics', () => {
    withSession({ ...circle, dataset: { ...circle.dataset, noise: 0.2 } }, (trained) => {
      trained.train(5);
      const model = JSON.parse(trained.modelJson());
      withSession({ model }, (loaded) => {
        assert.deepEqual(loaded.points('test'), trained.points('test'));
        assert.deepEqual(loaded.outputGrid(20), trained.outputGrid(20));
        assert.deepEqual(loaded.neuronGrids(8), trained.neuronGrids(8));
        assert.equal(loaded.metricsJson('test'), trained.metricsJson('test'));
        assert.equal(loaded.networkJson(), trained.networkJson());
      });
    });
  });
  test('a bad model is refused as bad input, naming what is wrong', () => {
    withSession(circle, (session) => {
      const model = JSON.parse(session.modelJson());
      const refusals = [
        [{ model: { ...model, version: 7 } }, /model.version 7 is not supported/],
        [{ model: { ...model, format: 'onnx' } }, /not an nnplay model/],
        [{ model, dataset: { name: 'houses' } }, /the data has no input "x1" \(the model reads x1, x2; the data has size_m2, stories, distance_to_school_m\)/],
        [{ model, network: { hidden: [3] } }, /config.network cannot be given with config.model/],
      ];
      for (const [config, message] of refusals) {
        assert.throws(
          () => withSession(config, () => {}),
          (error) => error.kind === 'bad-input' && error.name === 'NnplayError' && message.test(error.message),
        );
      }
    });
  });
});

test('traceJson takes the raw inputs as an array or a Float32Array, and refuses anything else', () => {
  withSession(circle, (session) => {
    const fromArray = session.traceJson([1.5, -2], 1);
    assert.equal(session.traceJson(new Float32Array([1.5, -2]), 1), fromArray);
    assert.deepEqual(JSON.parse(fromArray).inputs, [1.5, -2]);
    assertKind(() => session.traceJson('[1.5, -2]', 1), 'bad-input');
    assertKind(() => session.traceJson([1, 'x'], 1), 'bad-input');
    assertKind(() => session.traceJson([1, 2, 3], 1), 'bad-input');
  });
});

test('traceExampleJson traces a training example as traceJson does, with the minibatch from it on', () => {
  withSession({ ...circle, batchSize: 4 }, (session) => {
    const points = session.points('train');
    const count = points.length / 3;
    const example = count - 2;
    const traced = JSON.parse(session.traceExampleJson(example));
    // Two classes: points() gives the label as ±1, the trace the class index 1 or 0.
    const label = points[3 * example + 2] === 1 ? 1 : 0;
    const alone = JSON.parse(session.traceJson(points.slice(3 * example, 3 * example + 2), label));
    assert.equal(traced.example, example);
    assert.equal(traced.label, label);
    for (const key of Object.keys(alone)) assert.deepEqual(traced[key], alone[key], key);
    assert.deepEqual(traced.minibatch.examples, [count - 2, count - 1, 0, 1]);
    assertKind(() => session.traceExampleJson(count), 'bad-input');
    assertKind(() => session.traceExampleJson(1.5), 'bad-input');
  });
});

test('metricsJson: the confusion matrix and accuracies of explicit weights on a tiny CSV', () => {
  // p = σ(x): predicted class 1 where x ≥ 0. x −2 −1 1 2 3, truth 0 1 1 0 1, predicted 0 0 1 1 1.
  const csv = 'x,label\n-2,0\n-1,1\n1,1\n2,0\n3,1\n';
  const config = { dataset: { csv, testCsv: csv }, standardize: false, network: { hidden: [], output: 'sigmoid' } };
  withSession(config, (session) => {
    session.setWeight(0, 0, 0, 1);
    session.setBias(0, 0, 0);
    const metrics = JSON.parse(session.metricsJson('test'));
    assert.deepEqual(metrics.confusion, [[1, 1], [1, 2]]);
    assert.deepEqual(metrics.predicted, [0, 0, 1, 1, 1]);
    assert.equal(metrics.accuracy, 0.6);
    assert.equal(metrics.classAccuracy[0], 0.5);
    assert.ok(Math.abs(metrics.classAccuracy[1] - 2 / 3) < 1e-12);
    assert.equal(metrics.rmse, null);
    assert.equal(metrics.r2, null);
    assertKind(() => session.metricsJson('validation'), 'bad-input');
  });
});

test('metricsJson: each point’s predicted class, in the order of points(), tallies to the confusion matrix', () => {
  // Two classes (labels ±1 in points(): −1 is class 0) and three (labels are the indices), part-trained
  // so that both right and wrong predictions occur.
  const spirals = { ...circle, dataset: { name: 'spirals', classes: 3, points: 300, seed: 2 }, network: { hidden: [6] }, loss: 'cross_entropy' };
  for (const config of [circle, spirals]) {
    withSession(config, (session) => {
      session.train(3);
      for (const which of ['train', 'test']) {
        const { confusion, predicted } = JSON.parse(session.metricsJson(which));
        const points = session.points(which);
        assert.equal(predicted.length, points.length / 3);
        const classes = confusion.length;
        const tally = confusion.map((row) => row.map(() => 0));
        predicted.forEach((p, i) => {
          const label = points[3 * i + 2];
          tally[classes === 2 ? (label > 0 ? 1 : 0) : label][p]++;
        });
        assert.deepEqual(tally, confusion, `${config.dataset.name} ${which}`);
      }
    });
  }
});

describe('every Error of the module has a kind', () => {
  test('bad input: a bad configuration, argument or request', () => {
    assertKind(() => withSession('{"dataset": ', () => {}), 'bad-input');
    assertKind(() => nnplay.presetConfig('cars'), 'bad-input');
    withSession(circle, (session) => {
      assertKind(() => session.setLearningRate(-1), 'bad-input');
      assertKind(() => session.setWeight(9, 0, 0, 1), 'bad-input');
      assertKind(() => session.points('nope'), 'bad-input');
      assertKind(() => session.train(-1), 'bad-input');
    });
  });
  test('divergence: training that blew up, with its own name', () => {
    const exploding = { ...circle, optimizer: { learningRate: 1e9 }, network: { hidden: [4], activation: 'relu', output: 'linear' } };
    withSession(exploding, (session) => {
      assertKind(() => session.train(50), 'divergence', 'DivergenceError');
      assert.equal(session.epoch(), 0);
    });
  });
});
