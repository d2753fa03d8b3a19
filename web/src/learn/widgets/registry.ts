// Every kind of widget a lesson file may place, by the name its `kind` gives.
import type { WidgetFactory } from '../widget';
import { lossWidget } from './loss';
import { playgroundWidget } from './playgroundWidget';
import { softmaxWidget } from './softmax';

export const WIDGETS: Readonly<Record<string, WidgetFactory>> = {
  playground: playgroundWidget,
  loss: lossWidget,
  softmax: softmaxWidget,
};
