// Every kind of widget a lesson file may place, by the name its `kind` gives.
import type { WidgetFactory } from '../widget';
import { drivingWidget } from './driving';
import { playgroundWidget } from './playgroundWidget';

export const WIDGETS: Readonly<Record<string, WidgetFactory>> = {
  playground: playgroundWidget,
  driving: drivingWidget,
};
