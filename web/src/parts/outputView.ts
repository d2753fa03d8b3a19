// The output view: the heatmap of the output (or of the neuron the pointer is over, named in a
// caption on the heatmap's corner) with its axes, the colour legend (for more than two classes, the
// classes, each pressable to show its probability alone), and a line of explanation that hideText hides.
import type { Locks } from '../app/locks';
import type { Part, PartContext } from '../app/part';
import { ClassLegend } from '../classLegend';
import { classRampScheme } from '../classMap';
import { colourScheme } from '../colours';
import { gridExtent } from '../engineFacts';
import { Heatmap } from '../heatmap';
import { HeatmapAxes } from '../heatmapAxes';
import { Legend } from '../legend';
import { MapSurface } from '../map/mapSurface';
import { neuronCaption } from '../network/diagram';
import { neuronAt, shapeOf } from '../neurons';
import type { Frame } from '../protocol';
import type { PlaygroundState } from '../state';
import { element, setIfChanged } from '../widgets';

export class OutputView implements Part {
  private readonly heatmap: Heatmap;
  private readonly axes: HeatmapAxes;
  private readonly legend: Legend;
  private readonly classLegend = new ClassLegend(() => this.redraw());
  private latest: { frame: Frame; state: Readonly<PlaygroundState> } | undefined;
  private readonly surface: MapSurface;
  private readonly caption = element('p', 'nnplay-caption');
  private readonly note = element('p', 'nnplay-text', 'Colours show the data, the neurons’ outputs and the weights.');
  private readonly stopListening: () => void;

  constructor(parent: HTMLElement, { engine, map }: PartContext, resolution: number) {
    const frame = element('div', 'nnplay-heatmap-frame');
    parent.append(frame);
    this.heatmap = new Heatmap(frame, resolution);
    this.axes = new HeatmapAxes(frame);
    this.surface = new MapSurface(frame, map);
    this.legend = new Legend(parent);
    this.caption.hidden = true;
    parent.append(this.classLegend.element, this.caption, this.note);
    this.stopListening = engine.onPoints(({ train, test }) => this.heatmap.setPoints(train, test));
  }

  show(state: Readonly<PlaygroundState>, locks: Locks): void {
    this.legend.show(state);
    this.note.hidden = locks.textHidden;
  }

  draw(frame: Frame, state: Readonly<PlaygroundState>): void {
    this.latest = { frame, state };
    const { discretize, showTestData } = state;
    const classes = frame.network.classes.length;
    this.classLegend.update(frame.network.classes);
    this.legend.hide(classes > 2);
    const { shown } = this.classLegend;
    const classMap = frame.classGrids ? { probabilities: frame.classGrids, shown } : null;
    // An output neuron of more than two classes shows its class's probability in the class's colour.
    const at = frame.inspected === null ? null : neuronAt(shapeOf(frame.network), frame.inspected);
    const outputUnit = classes > 2 && at && at.layer === frame.network.layers.length - 1 ? at.unit : null;
    const scheme = outputUnit === null ? colourScheme(state.colours) : classRampScheme(outputUnit);
    this.heatmap.draw(frame.grid, { scheme, discretize: discretize && outputUnit === null, showTestData, classes, classMap });
    this.axes.show(gridExtent());
    setIfChanged(this.caption, 'hidden', frame.inspected === null && (classMap === null || shown === null));
    if (frame.inspected !== null) setIfChanged(this.caption, 'textContent', `Showing ${neuronCaption(frame.network, frame.inspected)}`);
    else if (shown !== null) setIfChanged(this.caption, 'textContent', `Showing the probability of ${frame.network.classes[shown]}`);
  }

  private redraw(): void {
    if (this.latest) this.draw(this.latest.frame, this.latest.state);
  }

  destroy(): void {
    this.stopListening();
    this.heatmap.destroy();
    this.surface.destroy();
  }
}
