// Every kind of widget a lesson file may place, by the name its `kind` gives.
import type { WidgetFactory } from '../widget';
import { backpropWidget } from './backpropWidget';
import { neuronWidget } from './neuronWidget';
import { playgroundWidget } from './playgroundWidget';

export const WIDGETS: Readonly<Record<string, WidgetFactory>> = {
  backprop: backpropWidget,
  neuron: neuronWidget,
  playground: playgroundWidget,
};
