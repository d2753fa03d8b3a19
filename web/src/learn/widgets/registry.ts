// Every kind of widget a lesson file may place, by the name its `kind` gives.
import type { WidgetFactory } from '../widget';
import { builtLinkWidget } from './builtLinkWidget';
import { playgroundWidget } from './playgroundWidget';
import { quizWidget } from './quizWidget';

export const WIDGETS: Readonly<Record<string, WidgetFactory>> = {
  playground: playgroundWidget,
  quiz: quizWidget,
  built: builtLinkWidget,
};
