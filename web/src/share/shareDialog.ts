// The Share / Embed dialog: the author chooses what an embed of the experiment on screen hides,
// locks and asks of the learner; the dialog writes the links and snippets for it and shows the embed
// itself as a live preview. A modal <dialog>: Escape or Close closes it, and the focus goes back to
// the button that opened it.
import type { PlaygroundConfig } from '../config';
import { OWN_DATA_NOTE } from '../data/ownData';
import type { PlaygroundState } from '../state';
import { element, uniqueId } from '../widgets';
import { ControlChoices } from './controlChoices';
import { fieldsOfGoal, goalsOf } from './goalForm';
import { GoalList } from './goalList';
import { ShareOutputs } from './shareOutputs';
import { SharePreview } from './sharePreview';
import { elementScript, elementSnippet, embedLink, iframeSnippet, playgroundLink, shareConfig } from './snippets';
import './share.css';

export class ShareDialog {
  private readonly dialog: HTMLDialogElement;
  private readonly keepSeed: HTMLInputElement;
  private readonly hideText: HTMLInputElement;
  private readonly controls: ControlChoices;
  private readonly goals: GoalList;
  private readonly errors: HTMLElement;
  private readonly ownData = element('p', 'nnplay-share-note', OWN_DATA_NOTE);
  private readonly outputs = new ShareOutputs();
  private readonly preview = new SharePreview();
  private state: Readonly<PlaygroundState> | null = null;
  /** The author's choices are kept from one opening to the next; the first starts from the playground's. */
  private chosen = false;

  /** `page`: the address of the site's page, beside which the embed page and the element's script are. */
  constructor(parent: HTMLElement, private readonly page: () => string) {
    const update = (): void => this.update();
    this.dialog = element('dialog', 'nnplay-share');
    const heading = element('h2', 'nnplay-share-heading', 'Share / Embed');
    heading.id = uniqueId('heading');
    this.dialog.setAttribute('aria-labelledby', heading.id);
    const close = element('button', 'nnplay-button nnplay-share-close', 'Close');
    close.type = 'button';
    close.addEventListener('click', () => this.dialog.close());
    const top = element('div', 'nnplay-share-top');
    top.append(heading, close);

    const choose = section('Choose', 'What an embed of this experiment shows and lets a learner change.');
    this.keepSeed = option(choose, 'Same data and starting weights (keep the seed)', update);
    this.hideText = option(choose, 'Hide the explanatory text', update);
    this.controls = new ControlChoices(update);
    this.goals = new GoalList(update);
    choose.append(this.controls.element, this.goals.element);

    const paste = section('Paste', 'Into a course page: the iframe, or the custom element with its script.');
    this.errors = element('div', 'nnplay-share-errors');
    this.errors.setAttribute('role', 'alert');
    const previewHeading = element('h3', 'nnplay-share-subheading', 'Preview');
    paste.append(this.errors, this.ownData, this.outputs.element, previewHeading, this.preview.element);

    const body = element('div', 'nnplay-share-body');
    body.append(choose, paste);
    this.dialog.append(top, body);
    this.dialog.addEventListener('close', () => this.preview.stop());
    parent.append(this.dialog);
  }

  /** Opens the dialog for `state`; the first time, the choices start from `config` and the state's hidden controls. */
  open(state: Readonly<PlaygroundState>, config: Readonly<PlaygroundConfig>): void {
    this.state = state;
    if (!this.chosen) {
      this.chosen = true;
      this.keepSeed.checked = true;
      this.hideText.checked = state.hideText;
      this.controls.set(state.hidden, config.locked ?? []);
      this.goals.set((config.goals ?? []).map(fieldsOfGoal));
    }
    this.update();
    this.dialog.showModal();
  }

  destroy(): void {
    this.preview.destroy();
    this.dialog.remove();
  }

  /** Writes the links and snippets for the choices now, or says what is wrong with them. */
  private update(): void {
    if (!this.state) return;
    this.ownData.hidden = !this.state.customData;
    const { goals, errors } = goalsOf(this.goals.fields);
    this.errors.replaceChildren(...errors.map((error) => element('p', 'nnplay-share-error', error)));
    if (errors.length > 0) {
      this.outputs.set(null);
      return;
    }
    const page = this.page();
    const config = shareConfig(this.state, {
      hidden: this.controls.hidden,
      locked: this.controls.locked,
      goals,
      hideText: this.hideText.checked,
      keepSeed: this.keepSeed.checked,
    });
    const embed = embedLink(page, config);
    this.outputs.set({
      playgroundLink: playgroundLink(page, this.state),
      embedLink: embed,
      iframe: iframeSnippet(embed),
      element: elementSnippet(elementScript(page), config),
    });
    this.preview.show(embed);
  }
}

/** A part of the dialog with its heading and one line saying what it is for. */
function section(title: string, about: string): HTMLElement {
  const part = element('section', 'nnplay-share-section');
  const heading = element('h3', 'nnplay-share-subheading', title);
  heading.id = uniqueId('heading');
  part.setAttribute('aria-labelledby', heading.id);
  part.append(heading, element('p', 'nnplay-share-note', about));
  return part;
}

/** A labelled checkbox that calls `onChange`. */
function option(parent: HTMLElement, label: string, onChange: () => void): HTMLInputElement {
  const box = element('input', 'nnplay-checkbox');
  box.type = 'checkbox';
  box.id = uniqueId('share');
  const name = element('label', '', label);
  name.htmlFor = box.id;
  const line = element('div', 'nnplay-share-option');
  line.append(box, name);
  parent.append(line);
  box.addEventListener('change', onChange);
  return box;
}
