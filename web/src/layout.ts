// The playground's regions. Their arrangement is style.css's: three columns under a bar on a wide
// element, one column on a narrow one (a phone, an embedded panel): the output first, then the data
// before the network, as on a wide one.
import { helpOn } from './help/helpTexts';
import { element, region } from './widgets';

export interface Layout {
  /** The size container; the regions are in its one child, a grid. */
  root: HTMLElement;
  run: HTMLElement;
  hyper: HTMLElement;
  /** Where error boxes go: inside the messages' reserved room, over what follows when longer. */
  messages: HTMLElement;
  /** The configuration's goals, at the top of the output. */
  goals: HTMLElement;
  data: HTMLElement;
  network: HTMLElement;
  outputStats: HTMLElement;
  outputView: HTMLElement;
  outputOptions: HTMLElement;
  chart: HTMLElement;
}

export function layout(parent: HTMLElement): Layout {
  const root = element('div', 'nnplay');
  const grid = element('div', 'nnplay-grid');
  root.append(grid);
  const run = element('div', 'nnplay-run');
  run.setAttribute('role', 'group');
  run.setAttribute('aria-label', 'Training');
  const hyper = element('div', 'nnplay-hyper');
  // The messages' room is kept whether or not one is shown, and a longer one overlays what is below
  // it: a notice or an alert never moves a control from under the pointer.
  const messageSlot = element('div', 'nnplay-messages');
  const messages = element('div', 'nnplay-messages-stack');
  messageSlot.append(messages);
  // On a wide element the run controls and the hyper-parameters share one bar; on a narrow one the
  // bar dissolves and the hyper-parameters move below the network.
  const bar = element('div', 'nnplay-bar');
  bar.append(run, hyper);
  grid.append(bar, messageSlot);
  const data = region(grid, 'nnplay-data', 'Data');
  const network = region(grid, 'nnplay-network', 'Network');
  const output = region(grid, 'nnplay-output', 'Output');
  for (const [section, key] of [[data, 'data'], [network, 'network'], [output, 'output']] as const) helpOn(section.firstElementChild as HTMLElement, key);
  const goals = element('div', 'nnplay-output-goals');
  const outputStats = element('div', 'nnplay-output-stats');
  const outputView = element('div', 'nnplay-output-view');
  const outputOptions = element('div', 'nnplay-output-options');
  const chart = element('div', 'nnplay-chart');
  output.append(goals, outputStats, outputView, outputOptions, chart);
  parent.append(root);
  return { root, run, hyper, messages, goals, data, network, outputStats, outputView, outputOptions, chart };
}
