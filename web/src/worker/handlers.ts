// What the worker does for each message from the page: one handler per message type.
import type { NetworkWeights, RequestArgs, Requests, RequestName, StepTrace, ToWorker } from '../protocol';
import { engineError } from './facts';
import type { Runner } from './runner';

type Handlers = { [T in ToWorker['type']]: (runner: Runner, message: Extract<ToWorker, { type: T }>) => void };

/** How the worker answers each request. */
const ANSWERS: { [K in RequestName]: (runner: Runner, ...args: RequestArgs[K]) => Requests[K] } = {
  modelJson: (runner) => runner.current().modelJson(),
  csvPreview: (runner, text, rows) => runner.engine.csvPreview(text, rows),
  planeCsv: (runner, text, x, y, label, labels) => runner.engine.planeCsv(text, x, y, label, labels),
  checkSession: (runner, config) => runner.check(config),
  alive: () => true,
};

export const HANDLERS: Handlers = {
  facts: (runner, { resolution }) => {
    const grids = runner.engine.featureGrids(resolution);
    runner.post({ type: 'facts', facts: runner.engine.engineFacts(), resolution, featureGrids: grids }, [grids.buffer]);
  },
  init: (runner, { id, session, resolutions, resume }) => runner.init(id, session, resolutions, resume),
  play: (runner) => {
    runner.lookAtNow();
    runner.pacing.playing = true;
    runner.schedule();
  },
  pause: (runner) => {
    runner.pause();
    runner.catchUpMetrics();
  },
  step: (runner) => runner.step(),
  reset: (runner) => runner.reset(),
  regenerate: (runner, { seed }) => {
    runner.current().regenerateData(seed);
    runner.postPoints();
    runner.postStill();
  },
  data: (runner, { dataset }) => {
    runner.current().setData(dataset);
    runner.postPoints();
    runner.postStill();
  },
  speed: (runner, { speed }) => {
    runner.pacing.speed = speed;
    runner.schedule();
  },
  hyper: (runner, { learningRate, regularization, regularizationRate, batchSize }) => {
    const session = runner.current();
    session.setLearningRate(learningRate);
    session.setRegularization(regularization, regularizationRate);
    session.setBatchSize(batchSize);
  },
  weight: (runner, { layer, to, from, value }) => {
    runner.current().setWeight(layer, to, from, value);
    runner.weightsChanged();
    runner.postStill();
  },
  bias: (runner, { layer, unit, value }) => {
    runner.current().setBias(layer, unit, value);
    runner.weightsChanged();
    runner.postStill();
  },
  timeline: (runner, { id, epoch }) => runner.look(id, epoch),
  inspect: (runner, { neuron }) => {
    runner.inspected = neuron;
    runner.postStill();
  },
  drawn: (runner, { frames }) => {
    runner.pacing.drawn(frames);
    runner.schedule();
  },
  trace: (runner, { example }) => {
    const session = runner.current();
    const trace = JSON.parse(session.traceExampleJson(example)) as StepTrace;
    runner.post({ type: 'trace', example, trace, network: JSON.parse(session.networkJson()) as NetworkWeights }, []);
  },
  metrics: (runner, { on }) => {
    runner.metrics.want(on);
    runner.catchUpMetrics();
  },
  samples: (runner, { datasets, classes }) =>
    runner.post({ type: 'samples', samples: datasets.map((name) => runner.sample(name, classes)) }, []),
  request: (runner, { id, name, args }) => {
    try {
      const answer = ANSWERS[name] as (runner: Runner, ...args: unknown[]) => Requests[RequestName];
      runner.post({ type: 'reply', id, name, value: answer(runner, ...(args ?? [])) }, []);
    } catch (error) {
      runner.post({ type: 'reply', id, name, error: engineError(error) }, []);
    }
  },
};

/** Handles `message`; an exception pauses training and is posted as an `error`. */
export function handle(runner: Runner, message: ToWorker): void {
  runner.guard(() => (HANDLERS[message.type] as (runner: Runner, message: ToWorker) => void)(runner, message));
}
