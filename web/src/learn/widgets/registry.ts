// Every kind of widget a lesson file may place, by the name its `kind` gives.
import type { WidgetFactory } from '../widget';
import { backpropWidget } from './backpropWidget';
import { drivingWidget } from './driving';
import { lossWidget } from './loss';
import { neuronWidget } from './neuronWidget';
import { playgroundWidget } from './playgroundWidget';
import { softmaxWidget } from './softmax';

export const WIDGETS: Readonly<Record<string, WidgetFactory>> = {
  backprop: backpropWidget,
  driving: drivingWidget,
  loss: lossWidget,
  neuron: neuronWidget,
  playground: playgroundWidget,
  softmax: softmaxWidget,
};
