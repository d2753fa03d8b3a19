// Every kind of widget a lesson file may place, by the name its `kind` gives.
import type { WidgetFactory } from '../widget';
import { descentWidget } from './descentWidget';
import { playgroundWidget } from './playgroundWidget';

export const WIDGETS: Readonly<Record<string, WidgetFactory>> = {
  playground: playgroundWidget,
  descent: descentWidget,
};
