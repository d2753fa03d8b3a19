// mount(): the one entry point that puts a playground into an element.
import type { PlaygroundConfig } from './config';
import { Controls } from './controls';
import { Heatmap } from './heatmap';
import { LossChart } from './lossChart';
import type { FromWorker, ToWorker } from './protocol';
import './style.css';

export type { PlaygroundConfig } from './config';

export interface Playground {
  /** Stops training and removes the playground from its element. */
  destroy(): void;
}

const HEATMAP_SIZE = 360;
const CHART_WIDTH = 360;
const CHART_HEIGHT = 200;

type Frame = Extract<FromWorker, { type: 'frame' }>;

/** Builds a playground inside `element` and starts its worker; training waits for Play. */
export function mount(element: HTMLElement, config: PlaygroundConfig): Playground {
  const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
  const send = (message: ToWorker): void => worker.postMessage(message);

  const root = document.createElement('div');
  root.className = 'nnplay';
  const controls = new Controls(root, {
    play: () => send({ type: 'play' }),
    pause: () => send({ type: 'pause' }),
    step: () => send({ type: 'step' }),
    reset: () => send({ type: 'reset' }),
  });
  const panels = document.createElement('div');
  panels.className = 'nnplay-panels';
  const heatmap = new Heatmap(panel(panels, 'Output'), config.resolution, HEATMAP_SIZE);
  const chart = new LossChart(panel(panels, 'Loss'), CHART_WIDTH, CHART_HEIGHT);
  root.append(panels);
  element.append(root);

  // Frames may arrive faster than the screen refreshes: keep every loss, draw only the latest frame.
  let latest: Frame | undefined;
  let request = 0;
  const draw = (): void => {
    request = 0;
    if (!latest) return;
    controls.show(latest.stats);
    heatmap.draw(latest.outputGrid);
    chart.draw();
    latest = undefined;
  };

  worker.addEventListener('message', (event: MessageEvent<FromWorker>) => {
    const message = event.data;
    switch (message.type) {
      case 'points':
        heatmap.setPoints(message.train, message.test);
        break;
      case 'frame':
        chart.append(message.history);
        latest = message;
        request ||= requestAnimationFrame(draw);
        break;
      case 'error':
        controls.showError(message.message);
        break;
    }
  });
  worker.addEventListener('error', (event) => controls.showError(`The training worker failed: ${event.message}`));

  send({ type: 'init', session: config.session, resolution: config.resolution, epochsPerFrame: config.epochsPerFrame });

  return {
    destroy() {
      worker.terminate();
      cancelAnimationFrame(request);
      chart.destroy();
      root.remove();
    },
  };
}

/** A titled section of the playground; returns where its content goes. */
function panel(parent: HTMLElement, title: string): HTMLElement {
  const section = document.createElement('section');
  section.className = 'nnplay-panel';
  const heading = document.createElement('h2');
  heading.textContent = title;
  section.append(heading);
  parent.append(section);
  return section;
}
