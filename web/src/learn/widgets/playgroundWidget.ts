// A playground in a lesson: the embed configuration of docs/embedding.md (preset, hidden and locked
// controls, goals) under the spec's `config`, mounted as a course page would mount it. The lesson
// goal the spec names is met when the playground has met all its goals with its settings keeping
// the spec's `require` rules (challengeRules.ts). Options (docs/lessons.md): `remember: N` keeps
// what the learner has under lesson N for lesson 9 (builtNetworks.ts); `start: "text"` puts the
// playground behind a button of that text, one such playground running at a time; `open` is the
// text of the link that opens the full playground with the settings on screen.
import { validateConfig } from '../../embed/validate';
import { mount, type Playground } from '../../main';
import { DEFAULT_STATE, type PlaygroundState } from '../../state';
import { element } from '../../widgets';
import type { LessonWidget, WidgetContext } from '../widget';
import { fullPlaygroundHash, rememberBuilt } from './builtNetworks';
import { bestOf, readRules, ruleStatus } from './challengeRules';
import { takeTurn } from './oneAtATime';
import './playgroundWidget.css';

/** The full playground from a lesson page (learn/), with `hash`: relative, so the site works from any sub-path. */
export const playgroundHref = (hash: string): string => `../${hash ? `#${hash}` : ''}`;

/** How long the learner's settings wait before they are kept (a burst of changes is written once). */
const REMEMBER_AFTER_MS = 1000;

const storage = (() => {
  try {
    return localStorage;
  } catch {
    return null;
  }
})();

function optionalText(value: unknown, name: string): string | undefined {
  if (value === undefined || typeof value === 'string') return value;
  throw new Error(`The playground option "${name}" must be a text.`);
}

function optionalLesson(value: unknown): number | undefined {
  if (value === undefined || (Number.isInteger(value) && (value as number) > 0)) return value as number | undefined;
  throw new Error('The playground option "remember" must be the number of the lesson, like 4.');
}

export function playgroundWidget(host: HTMLElement, context: WidgetContext): LessonWidget {
  const { config, errors } = validateConfig(context.spec['config'] ?? {});
  if (!config) throw new Error(`This lesson's playground is configured wrong: ${errors.join('; ')}`);
  const rules = readRules(context.spec['require']);
  /** For each rule, its best number in a training that met the playground's goals (this visit). */
  const best: (number | null)[] = rules.map(() => null);
  const lesson = optionalLesson(context.spec['remember']);
  const startText = optionalText(context.spec['start'], 'start');
  const preset: PlaygroundState = { ...DEFAULT_STATE, ...config.state } as PlaygroundState;
  const presetHash = fullPlaygroundHash(preset);

  const frame = element('div', 'lesson-playground');
  const rulesList = element('ul', 'lesson-playground-rules');
  rulesList.setAttribute('aria-label', 'The challenge');
  const note = element('p', 'lesson-playground-note');
  const open = element('a', 'lesson-open-playground', optionalText(context.spec['open'], 'open') ?? 'Open this in the full playground');
  const start = element('button', 'nnplay-button lesson-playground-start', startText ?? '');
  start.type = 'button';
  host.append(...(startText ? [start] : []), ...(rules.length > 0 ? [rulesList] : []), note, frame, open);

  let playground: Playground | null = null;
  let stopListening: (() => void)[] = [];
  let saveTimer: ReturnType<typeof setTimeout> | null = null;
  let savedHash = '';

  const state = (): PlaygroundState => (playground ? (playground.getConfig().state as PlaygroundState) : preset);
  const showRules = (): void => {
    rulesList.replaceChildren(
      ...rules.map((rule, i) => {
        const { met, text } = ruleStatus(rule, state(), best[i] ?? null);
        return element('li', met ? 'met' : '', `${met ? '✓' : '✗'} ${text}`);
      }),
    );
  };
  const linkHere = (): void => {
    open.href = playgroundHref(fullPlaygroundHash(state()));
  };
  /** Keeps the settings for lesson 9 once the learner changed or trained something. */
  const save = (): void => {
    saveTimer = null;
    if (lesson === undefined || !playground) return;
    const hash = fullPlaygroundHash(state());
    if (hash === savedHash || (hash === presetHash && (playground.stats()?.epoch ?? 0) === 0)) return;
    savedHash = hash;
    rememberBuilt(storage, { lesson, hash, savedAt: Date.now() });
  };
  const saveSoon = (): void => {
    if (lesson !== undefined && saveTimer === null) saveTimer = setTimeout(save, REMEMBER_AFTER_MS);
  };

  const goals = config.goals?.length ?? 0;
  const reached = new Set<number>();
  const reachedAll = (): void => {
    const statuses = rules.map((rule) => ruleStatus(rule, state()));
    statuses.forEach(({ value }, i) => (best[i] = bestOf(rules[i]!, best[i] ?? null, value)));
    showRules();
    const unmet = statuses.filter(({ met }) => !met);
    if (unmet.length === 0) {
      note.textContent = '';
      context.meetGoal();
      return;
    }
    note.textContent = `The playground's goal is met, but not the challenge: ${unmet.map(({ text }) => text).join('; ')}. Change that and train again.`;
    context.announce(note.textContent);
  };

  const stop = (): void => {
    if (!playground) return;
    if (saveTimer !== null) clearTimeout(saveTimer);
    save();
    stopListening.forEach((stopOne) => stopOne());
    stopListening = [];
    playground.destroy();
    playground = null;
    reached.clear();
    start.hidden = false;
    linkHere();
  };
  const begin = (): void => {
    if (startText) takeTurn(stop);
    start.hidden = true;
    playground = mount(frame, { ...config, urlHash: false });
    stopListening = [
      playground.on('goalReached', ({ index }) => {
        reached.add(index);
        if (reached.size === goals) reachedAll();
      }),
      // An epoch event follows every rebuild, step and reset, and comes a few times a second while training.
      playground.on('epoch', ({ epoch }) => {
        // Epoch 0: a new training (a rebuild or Reset), whose goals are still to be met.
        if (epoch === 0) {
          reached.clear();
          note.textContent = '';
        }
        showRules();
        linkHere();
        saveSoon();
      }),
    ];
    addEventListener('pagehide', save);
    stopListening.push(() => removeEventListener('pagehide', save));
    if (startText) frame.querySelector<HTMLElement>('button')?.focus();
  };

  start.addEventListener('click', begin);
  for (const event of ['pointerdown', 'focus', 'click'] as const) open.addEventListener(event, linkHere);
  linkHere();
  showRules();
  if (!startText) begin();
  return { destroy: stop };
}
