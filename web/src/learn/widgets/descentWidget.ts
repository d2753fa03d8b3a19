// Kind `descent`: gradient descent on the loss of a one-neuron model, step by step. With `learn: w`
// the figure is the loss curve L(w) with a ball on it; with `learn: w and b`, a contour map of the
// loss over (w, b) with the path of the steps. The learner picks a step size and steps, runs or
// resets; the goal is met at the bottom (the engine's lowest loss) in fewer than `goalSteps` steps.
import type { LessonWidget, WidgetContext } from '../widget';
import { ContourView } from './descentContour';
import { DescentControls } from './descentControls';
import { CurveView } from './descentCurve';
import { LossSurface, type Position } from './descentModel';
import { descentOptions, type DescentOptions, type Interval } from './descentOptions';
import { covering, reachedBottom, runsAway, sameInterval } from './descentPath';
import { bottomSentence, infiniteSentence, lateSentence, runawaySentence, settledSentence, stepSentence, tooSlowSentence } from './descentText';
import './descent.css';

/** Values of w at which the engine computes the loss curve, and the side of its grid over (w, b). */
const CURVE_POINTS = 60;
const GRID_SIDE = 40;

/** A figure of the loss with the path on it, computed anew by the engine when its range changes. */
interface Figure {
  element: Element;
  show(path: readonly Position[], lowest: Position, range: { w: Interval; b: Interval }): void;
}

function figureOf(surface: LossSurface, options: DescentOptions): Figure {
  if (options.learnBias) {
    const view = new ContourView();
    let grid = { range: options.range, losses: surface.grid(options.range, GRID_SIDE) };
    return {
      element: view.element,
      show(path, lowest, range) {
        if (!sameInterval(range.w, grid.range.w) || !sameInterval(range.b, grid.range.b)) grid = { range, losses: surface.grid(range, GRID_SIDE) };
        view.show({ range, grid: grid.losses, count: GRID_SIDE, path, lowest });
      },
    };
  }
  const view = new CurveView();
  let curve = { range: options.range.w, losses: surface.curve(options.range.w, CURVE_POINTS) };
  return {
    element: view.element,
    show(path, lowest, range) {
      if (!sameInterval(range.w, curve.range)) curve = { range: range.w, losses: surface.curve(range.w, CURVE_POINTS) };
      view.show({ range: range.w, curve: curve.losses, path, lowest });
    },
  };
}

export function descentWidget(host: HTMLElement, context: WidgetContext): LessonWidget {
  const options = descentOptions(context.spec);
  let surface: LossSurface | null = null;
  let figure: Figure | null = null;
  let lowest: Position | null = null;
  let path: Position[] = [];
  let stopped = false;
  let arrived = false;
  let frame = 0;
  let destroyed = false;

  const controls = new DescentControls(options, { step: () => (pause(), step(true)), run: () => (frame ? pause() : run()), reset });
  host.classList.add('descent');
  host.append(controls.element);
  controls.say('Loading the engine…');

  function show(): void {
    const range = { w: covering(options.range.w, path.map((p) => p.w)), b: options.learnBias ? covering(options.range.b, path.map((p) => p.b)) : options.range.b };
    figure!.show(path, lowest!, range);
    controls.showNumbers(path.length - 1, path[path.length - 1]!, lowest!.loss);
  }

  function reset(): void {
    pause();
    surface!.moveTo(options.start);
    path = [surface!.position()];
    stopped = false;
    arrived = false;
    show();
    controls.enable({ step: true, run: true, reset: true });
    controls.say(`Back at the start: w = ${options.start.w}${options.learnBias ? `, b = ${options.start.b}` : ''}. Pick a step size, then Step or Run.`);
  }

  function stop(sentence: string): void {
    pause();
    stopped = true;
    controls.enable({ step: false, run: false, reset: true });
    controls.say(sentence);
    context.announce(sentence);
  }

  function step(byHand: boolean): void {
    if (stopped || !surface || !lowest) return;
    const from = path[path.length - 1]!;
    const rate = controls.rate();
    const result = surface.step(rate);
    if (result.kind === 'infinite') {
      controls.showInfinite(path.length);
      return stop(infiniteSentence(path.length));
    }
    const to = result.position;
    path.push(to);
    show();
    const steps = path.length - 1;
    if (runsAway(path)) return stop(runawaySentence(path));
    if (!arrived && reachedBottom(path, lowest.loss, options.goalWithin)) {
      arrived = true;
      pause();
      const inTime = steps < options.goalSteps;
      const sentence = bottomSentence(steps, to.loss, lowest.loss, options.goalWithin) + (inTime ? '' : ` ${lateSentence(options.goalSteps)}`);
      controls.say(sentence);
      context.announce(sentence);
      if (inTime) context.meetGoal();
      return;
    }
    if (to.w === from.w && to.b === from.b) return stop(settledSentence(steps));
    const sentence = steps === options.goalSteps && !arrived ? tooSlowSentence(steps, to.loss, lowest.loss) : stepSentence(steps, from, to, rate, options.learnBias);
    controls.say(sentence);
    if (byHand) context.announce(sentence);
  }

  function run(): void {
    if (stopped) return;
    controls.showRunning(true);
    let lastStep = -Infinity;
    const tick = (now: number): void => {
      if (now - lastStep >= options.stepMs) {
        lastStep = now;
        step(false);
      }
      if (frame) frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
  }

  function pause(): void {
    if (frame) cancelAnimationFrame(frame);
    frame = 0;
    controls.showRunning(false);
  }

  context.engine().then((nnplay) => {
    if (destroyed) return;
    surface = new LossSurface(nnplay, options);
    lowest = surface.minimum();
    figure = figureOf(surface, options);
    host.insertBefore(figure.element, controls.element);
    reset();
  }).catch((error: unknown) => {
    controls.say(`The engine could not start: ${error instanceof Error ? error.message : String(error)}`);
    console.error(error);
  });

  return {
    destroy() {
      destroyed = true;
      pause();
      surface?.delete();
    },
  };
}
