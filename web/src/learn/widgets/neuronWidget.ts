// Widget kind `neuron` (lesson 2): one neuron with two inputs. Sliders for x₁, x₂, w₁, w₂ and b and
// an activation menu; the weighted sum and the output written out with the engine's numbers; the
// sigmoid, tanh and ReLU curves with the neuron's point on each; a drawing of the neuron; the table
// of the four corners. Its goal is met when exactly one corner's output is above `above`.
import { typeset } from '../../microscope/formula';
import { element, uniqueId } from '../../widgets';
import type { LessonWidget, WidgetContext } from '../widget';
import { activationMenu, slider } from './neuronControls';
import { cornerTable } from './neuronCorners';
import { neuronDiagram } from './neuronDiagram';
import { NeuronEngine } from './neuronEngine';
import { INPUT_SLIDER, type NeuronOptions, neuronOptions } from './neuronOptions';
import { activationPlot } from './neuronPlots';
import { CORNERS, WEIGHTED_SUM_TEX, activationName, formatNumber, oneCornerAbove, outputTex, weightedSumTex } from './neuronText';
import './neuron.css';

/** Points of each plotted curve: an odd count, so z = 0 (ReLU's corner) is one of them. */
const CURVE_POINTS = 81;

export function neuronWidget(host: HTMLElement, context: WidgetContext): LessonWidget {
  const options = neuronOptions(context.spec);
  const loading = element('p', 'neuron-loading', 'Loading the engine…');
  host.append(loading);
  let neuron: NeuronEngine | null = null;
  let destroyed = false;
  context
    .engine()
    .then((nnplay) => {
      if (destroyed) return;
      const zs = Array.from({ length: CURVE_POINTS }, (_, i) => options.plotRange * ((2 * i) / (CURVE_POINTS - 1) - 1));
      neuron = NeuronEngine.create(nnplay, options.activations, zs, options.weights, options.bias);
      try {
        build(host, context, options, neuron);
      } catch (error) {
        neuron.delete();
        neuron = null;
        throw error;
      }
      loading.remove();
    })
    .catch((error: unknown) => {
      loading.textContent = `The neuron could not start: ${error instanceof Error ? error.message : String(error)}`;
      console.error(error);
    });
  return {
    destroy() {
      destroyed = true;
      neuron?.delete();
      neuron = null;
    },
  };
}

/** Builds the widget in `host` around `neuron`, which is at the options' weights and bias. */
function build(host: HTMLElement, context: WidgetContext, options: NeuronOptions, neuron: NeuronEngine): void {
  const state = { inputs: [...options.inputs], weights: [...options.weights], bias: options.bias, activation: options.activation };
  const activations = options.activations.map(activationName);

  const controls = element('div', 'neuron-controls');
  const names = ['₁', '₂'];
  state.inputs.forEach((value, i) =>
    slider(controls, {
      label: `Input x${names[i]}`,
      ...INPUT_SLIDER,
      value,
      onChange(x) {
        state.inputs[i] = x;
        update();
      },
    }),
  );
  const weightRange = { min: -options.range, max: options.range, step: options.step };
  state.weights.forEach((value, i) =>
    slider(controls, {
      label: `Weight w${names[i]}`,
      ...weightRange,
      value,
      onChange(w) {
        state.weights[i] = w;
        neuron.setWeight(i, w);
        update();
      },
    }),
  );
  slider(controls, {
    label: 'Bias b',
    ...weightRange,
    value: state.bias,
    onChange(b) {
      state.bias = b;
      neuron.setBias(b);
      update();
    },
  });
  activationMenu(controls, activations, state.activation, (name) => {
    state.activation = name;
    update();
  });

  const diagram = neuronDiagram();
  const symbols = element('div', 'neuron-formula');
  typeset(symbols, WEIGHTED_SUM_TEX);
  const sumFormula = element('div', 'neuron-formula');
  const outputFormula = element('div', 'neuron-formula');
  const results = element('p', 'neuron-results');
  const z = readout(results, 'Weighted sum z');
  const a = readout(results, 'Output a');
  const figure = element('div', 'neuron-figure');
  figure.append(diagram.element, symbols, sumFormula, outputFormula, results);
  const top = element('div', 'neuron-top');
  top.append(controls, figure);

  const plots = activations.map((activation) => activationPlot(activation, neuron.curves.get(activation.name)!));
  const plotRow = element('div', 'neuron-plots');
  plotRow.append(...plots.map((plot) => plot.element));
  const corners = cornerTable(options.above);
  host.append(top, plotRow, corners.element);

  function update(): void {
    const chosen = activationName(state.activation);
    const value = neuron.value(chosen.name, state.inputs);
    diagram.show(state, chosen, value);
    typeset(sumFormula, weightedSumTex(state.inputs, state.weights, state.bias, value.z));
    typeset(outputFormula, outputTex(chosen, value.z, value.a));
    z.textContent = formatNumber(value.z);
    a.textContent = formatNumber(value.a);
    plots.forEach((plot, i) => plot.show(neuron.value(activations[i]!.name, state.inputs), activations[i] === chosen));
    const atCorners = CORNERS.map((corner) => neuron.value(chosen.name, corner));
    corners.show(atCorners, chosen.label);
    if (!context.goalMet() && oneCornerAbove(atCorners.map((corner) => corner.a), options.above)) context.meetGoal();
  }
  update();
}

/** A labelled output "name = value" appended to `parent`. */
function readout(parent: HTMLElement, name: string): HTMLOutputElement {
  const output = element('output', 'neuron-readout');
  output.id = uniqueId('neuron-readout');
  const label = element('label', '', name);
  label.htmlFor = output.id;
  const pair = element('span', 'neuron-readout-pair');
  pair.append(label, ' = ', output);
  parent.append(pair);
  return output;
}
