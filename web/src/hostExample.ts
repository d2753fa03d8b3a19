// The example host page (host-example.html): a course page that drives the embedded widget through
// the typed client, as an author would with nnplay-embed.js.
import { NnplayFrame, type EpochStats } from './embed/client';
import './hostExample.css';

const byId = <T extends HTMLElement>(id: string, type: new () => T): T => {
  const found = document.getElementById(id);
  if (!(found instanceof type)) throw new Error(`host-example.html has no #${id}.`);
  return found;
};

const widget = new NnplayFrame(byId('widget', HTMLIFrameElement));
const log = byId('log', HTMLOListElement);
const configText = byId('config', HTMLTextAreaElement);

const note = (text: string): void => {
  const item = document.createElement('li');
  item.textContent = `${new Date().toLocaleTimeString()} ${text}`;
  log.prepend(item);
};
const showStats = (stats: EpochStats): void => {
  byId('epoch', HTMLOutputElement).value = String(stats.epoch);
  byId('test-loss', HTMLOutputElement).value = stats.testLoss.toFixed(3);
  byId('train-loss', HTMLOutputElement).value = stats.trainLoss.toFixed(3);
};
/** Runs a call of the widget, writing a refusal to the log. */
const attempt = (what: string, call: () => Promise<unknown>): void => {
  call().catch((error: unknown) => note(`${what} failed: ${error instanceof Error ? error.message : String(error)}`));
};

widget.on('ready', (stats) => {
  note('ready');
  showStats(stats);
});
widget.on('epoch', showStats);
widget.on('goalReached', ({ goal, stats }) => note(`goal reached at epoch ${stats.epoch}: ${goal.message ?? goal.metric}`));
widget.on('diverged', ({ message }) => note(`diverged: ${message}`));
widget.on('error', ({ message }) => note(`error: ${message}`));

const calls = { play: () => widget.play(), pause: () => widget.pause(), step: () => widget.step(), reset: () => widget.reset() };
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-call]')) {
  const name = button.dataset.call as keyof typeof calls;
  button.addEventListener('click', () => attempt(name, calls[name]));
}

const readConfig = async (): Promise<void> => {
  configText.value = JSON.stringify(await widget.getConfig(), null, 2);
};
byId('read-config', HTMLButtonElement).addEventListener('click', () => attempt('getConfig', readConfig));
byId('apply-config', HTMLButtonElement).addEventListener('click', () =>
  attempt('setConfig', async () => {
    await widget.setConfig(JSON.parse(configText.value));
    note('configuration applied');
  }),
);
byId('download-model', HTMLButtonElement).addEventListener('click', () =>
  attempt('getModel', async () => {
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([await widget.getModel()], { type: 'application/json' }));
    link.download = 'nnplay-model.json';
    link.click();
    URL.revokeObjectURL(link.href);
  }),
);
widget.ready.then(() => attempt('getConfig', readConfig));
