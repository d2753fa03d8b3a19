// Lesson 3's widget: the article's driving-test network (the engine's preset "driving") on a person
// the learner picks, every neuron's numbers on a diagram and written out as formulas, every weight
// and bias editable. The goal: weights under which the person the options name passes with at
// least the chance they give.
import type { Session } from '@engine/nnplay.mjs';
import { typeset } from '../../microscope/formula';
import { element } from '../../widgets';
import type { LessonWidget, WidgetContext } from '../widget';
import { networkDiagram } from './drivingDiagram';
import { parameterEditors } from './drivingEditors';
import { neuronFormulas } from './drivingFormulas';
import { personControls } from './drivingInputs';
import {
  drivingOptions,
  forwardPass,
  formatPercent,
  inputNames,
  networkView,
  personInputs,
  SEXES,
  type DrivingOptions,
  type Parameter,
  type Person,
} from './drivingModel';
import './driving.css';

export function drivingWidget(host: HTMLElement, context: WidgetContext): LessonWidget {
  const options = drivingOptions(context.spec);
  const loading = element('p', 'driving-loading', 'Loading the network…');
  host.append(loading);
  let session: Session | null = null;
  let destroyed = false;
  let stop = (): void => {};
  context
    .engine()
    .then((nnplay) => {
      if (destroyed) return;
      session = new nnplay.Session(nnplay.presetConfig('driving'));
      loading.remove();
      stop = show(host, session, options, context);
    })
    .catch((error: unknown) => {
      loading.textContent = `The network could not start: ${error instanceof Error ? error.message : String(error)}`;
      console.error(error);
    });
  return {
    destroy() {
      destroyed = true;
      stop();
      session?.delete();
      session = null;
    },
  };
}

/** Builds the widget in `host` around `session`, the preset's network; returns what stops it. */
function show(host: HTMLElement, session: Session, options: DrivingOptions, context: WidgetContext): () => void {
  const names = inputNames(session.modelJson());
  const original = session.snapshot().slice();
  const view = () => networkView(session.networkJson(), names);
  const chanceOf = (inputs: number[]): number => forwardPass(session.traceJson(inputs, 1)).a.at(-1)![0]!;

  const controls = personControls(options, (person) => {
    render();
    if (person !== null) context.announce(`${person}: ${formatPercent(chanceOf(controls.values()))} chance of passing.`);
  });
  const diagram = networkDiagram();
  const formulas = element('div', 'driving-formulas');
  const chances = element('ul', 'driving-chances');
  const editors = parameterEditors(view(), apply);
  const restore = element('button', 'nnplay-button', "Restore the article's weights");
  restore.type = 'button';
  restore.addEventListener('click', () => {
    session.restore(original);
    render();
    context.announce("The article's weights are back.");
  });
  const editing = element('div', 'driving-editing');
  editing.append(element('h3', 'driving-heading', 'Weights and biases'), editors.panel, restore);
  host.append(controls.panel, diagram.figure, formulas, element('h3', 'driving-heading', 'Chance of passing with these weights'), chances, editing);
  render();
  return diagram.destroy;

  function render(): void {
    const network = view();
    const pass = forwardPass(session.traceJson(controls.values(), 1));
    diagram.show(network, pass);
    formulas.replaceChildren(
      ...neuronFormulas(network, pass).flatMap((lines) =>
        lines.map((tex, i) => {
          const line = element('div', i === 0 ? 'driving-formula' : 'driving-formula then');
          typeset(line, tex);
          return line;
        }),
      ),
    );
    chances.replaceChildren(...options.people.map((person) => chanceItem(person, chanceOf(personInputs(person)))));
    editors.show(network);
  }

  function apply(parameter: Parameter, value: number): string | null {
    try {
      if (parameter.kind === 'weight') session.setWeight(parameter.layer, parameter.to, parameter.from, value);
      else session.setBias(parameter.layer, parameter.unit, value);
    } catch (error) {
      return error instanceof Error ? error.message : String(error);
    }
    render();
    if (chanceOf(personInputs(options.goal.person)) >= options.goal.atLeast) context.meetGoal();
    return null;
  }
}

/** "Person A (age 20, male, 10 lessons): 4.74%". */
function chanceItem(person: Person, chance: number): HTMLLIElement {
  const item = element('li', '', `${person.name} (age ${person.age}, ${SEXES[person.sex]}, ${person.lessons} lessons): `);
  item.append(element('strong', '', formatPercent(chance)));
  return item;
}
