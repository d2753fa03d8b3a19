// Every kind of widget a lesson file may place, by the name its `kind` gives.
import type { WidgetFactory } from '../widget';
import { backpropWidget } from './backpropWidget';
import { builtLinkWidget } from './builtLinkWidget';
import { descentWidget } from './descentWidget';
import { drivingWidget } from './driving';
import { housesWidget } from './housesWidget';
import { lossWidget } from './loss';
import { neuronWidget } from './neuronWidget';
import { playgroundWidget } from './playgroundWidget';
import { quizWidget } from './quizWidget';
import { softmaxWidget } from './softmax';

export const WIDGETS: Readonly<Record<string, WidgetFactory>> = {
  backprop: backpropWidget,
  built: builtLinkWidget,
  descent: descentWidget,
  driving: drivingWidget,
  houses: housesWidget,
  loss: lossWidget,
  neuron: neuronWidget,
  playground: playgroundWidget,
  quiz: quizWidget,
  softmax: softmaxWidget,
};
