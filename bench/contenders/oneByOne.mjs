// Grids and scores of a network that a library runs one example at a time (convnetjs, brain.js):
// the library's forward pass per cell, its activations copied into nnplay's layout.
import { neuronCount, score } from '../workloads.mjs';

/**
 * Every neuron over the grid, [neuron][cell] as nnplay's neuronGrids: `forward(inputs)` runs one
 * cell and returns each layer's activations (array-likes, hidden layers then output).
 */
export function neuronGridsOf(problem, resolution, forward) {
  const inputs = problem.gridInputs(resolution);
  const cells = resolution * resolution;
  const width = problem.inputs;
  const grids = new Float32Array(neuronCount(problem) * cells);
  for (let cell = 0; cell < cells; cell++) {
    const row = inputs.subarray(cell * width, (cell + 1) * width);
    let neuron = 0;
    for (let i = 0; i < width; i++) grids[neuron++ * cells + cell] = row[i];
    for (const layer of forward(row)) {
      for (let unit = 0; unit < layer.length; unit++) grids[neuron++ * cells + cell] = layer[unit];
    }
  }
  return grids;
}

/** The first output unit over the grid, [cell]: `output(inputs)` runs one cell and returns the output layer. */
export function outputGridOf(problem, resolution, output) {
  const inputs = problem.gridInputs(resolution);
  const cells = resolution * resolution;
  const width = problem.inputs;
  const grid = new Float32Array(cells);
  for (let cell = 0; cell < cells; cell++) grid[cell] = output(inputs.subarray(cell * width, (cell + 1) * width))[0];
  return grid;
}

/** Both grids of a frame; at one resolution the output is the last neuron's grid, from the same pass. */
export function gridsOf(problem, neuronResolution, outputResolution, forward) {
  const neurons = neuronGridsOf(problem, neuronResolution, forward);
  const cells = neuronResolution * neuronResolution;
  const output =
    neuronResolution === outputResolution
      ? neurons.slice(neurons.length - cells)
      : outputGridOf(problem, outputResolution, (inputs) => forward(inputs).at(-1));
  return { neurons, output };
}

/** Train and test loss and accuracy from `outputs(inputs)` per example, nnplay's way (workloads.mjs score). */
export function evaluateOf(problem, outputs, loss = problem.loss) {
  const train = score(problem.train.map((e) => outputs(e.inputs)), problem.train, loss);
  const test = score(problem.test.map((e) => outputs(e.inputs)), problem.test, loss);
  return { trainLoss: train.loss, testLoss: test.loss, trainAccuracy: train.accuracy, testAccuracy: test.accuracy };
}
