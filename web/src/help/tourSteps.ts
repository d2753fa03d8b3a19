// The first-visit tour of the site's playground: five steps, each pointing at one region, and
// whether this browser has seen it (kept in localStorage, so a dismissed tour stays dismissed).
// Pure: loadable under Node (tests/web/help.test.mjs).

/** The regions of layout.ts a step points at. */
export type TourTarget = 'data' | 'network' | 'run' | 'outputView' | 'hyper';

export interface TourStep {
  target: TourTarget;
  title: string;
  text: string;
}

export const TOUR_STEPS: readonly TourStep[] = [
  {
    target: 'data',
    title: 'The data',
    text: 'Each dot is an example with two inputs, its position, and a class, its colour. Pick a dataset by its picture: the network will learn to tell the colours apart.',
  },
  {
    target: 'network',
    title: 'The network',
    text: 'Features on the left feed the neurons of the hidden layers, then the output. Each square pictures what a neuron computes; each curve is a weight, blue positive, orange negative. + and − change its shape.',
  },
  {
    target: 'run',
    title: 'Training',
    text: 'Press Play: the network adjusts its weights, an epoch at a time, to make its mistakes smaller. Step trains one epoch; Reset starts again.',
  },
  {
    target: 'outputView',
    title: 'The output',
    text: 'The map colours every point by what the network says there; the test loss under “Output” says how wrong it is on points it never trained on.',
  },
  {
    target: 'hyper',
    title: 'Try things',
    text: 'Change the learning rate or the activation, add neurons, pick the spiral. Every “?” beside a control or picture says what it is and what to try.',
  },
];

/** Where the tour's "seen" mark is kept: localStorage, or a stand-in under Node. */
export interface MarkStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export const TOUR_SEEN_KEY = 'nnplay-tour';

/** Whether the tour was finished or closed in this browser; a store that cannot be read counts as seen. */
export function tourSeen(store: MarkStore | null): boolean {
  try {
    return !store || store.getItem(TOUR_SEEN_KEY) === 'done';
  } catch {
    return true;
  }
}

/** Marks the tour seen for good; a store that refuses (private mode, full) just forgets. */
export function markTourSeen(store: MarkStore | null): void {
  try {
    store?.setItem(TOUR_SEEN_KEY, 'done');
  } catch {
    // Then the tour shows again on the next visit: nothing else is lost.
  }
}
