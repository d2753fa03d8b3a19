// "Upload CSV": a file (dropped or picked) previewed as the engine reads it, the choice of its label
// column and of the two columns the map shows across and up, and the engine's message, with its
// line and column, for a file it cannot read. Nothing of the experiment changes until the engine
// has read the whole file: `use` gets the points only then.
import type { EngineClient } from '../app/engineClient';
import { checkFileSize, MAX_CSV_FILE_BYTES } from '../fileSize';
import { button, element, uniqueId } from '../widgets';
import { labelsNamed } from './ownData';

/** Rows of the file shown in the preview. */
const PREVIEW_ROWS = 5;

interface Preview {
  columns: string[];
  rows: string[][];
  totalRows: number;
}

type LabelChoice = 'auto' | 'classes' | 'values';

export class UploadPanel {
  readonly box = element('section', 'nnplay-upload');
  private readonly heading = element('p', 'nnplay-upload-name');
  private readonly table = element('table', 'nnplay-upload-preview');
  private readonly choices = element('div', 'nnplay-upload-choices');
  private readonly message = element('p', 'nnplay-upload-message');
  private readonly label: HTMLSelectElement;
  private readonly x: HTMLSelectElement;
  private readonly y: HTMLSelectElement;
  private readonly kind: HTMLSelectElement;
  private readonly useButton: HTMLButtonElement;
  private text = '';

  constructor(
    private readonly engine: EngineClient,
    /** Takes the chosen columns as the engine's 2-D points CSV ("x1,x2,class" or "x1,x2,value"); a text: why it could not. */
    private readonly use: (csv: string) => string | null,
  ) {
    this.box.hidden = true;
    this.box.setAttribute('aria-label', 'Upload CSV');
    this.message.setAttribute('role', 'alert');
    this.label = this.select('Label column');
    this.x = this.select('Across (x) on the map');
    this.y = this.select('Up (y) on the map');
    this.kind = this.select('The labels are');
    this.kind.replaceChildren(new Option('decided from the values', 'auto'), new Option('classes', 'classes'), new Option('values to predict', 'values'));
    this.label.addEventListener('change', () => this.defaultsAfterLabel());
    const actions = element('div', 'nnplay-upload-actions');
    this.useButton = button(actions, 'Use this data', () => void this.apply());
    button(actions, 'Cancel', () => this.close());
    const scroller = element('div', 'nnplay-upload-scroll');
    scroller.append(this.table);
    this.box.append(this.heading, scroller, this.choices, actions, this.message);
  }

  /** Reads `file` and shows its preview; a file the engine cannot read shows the engine's message. */
  async open(file: File): Promise<void> {
    this.box.hidden = false;
    this.heading.textContent = file.name;
    this.table.replaceChildren();
    this.choices.hidden = true;
    this.useButton.hidden = true;
    this.say('');
    try {
      checkFileSize(file.size, MAX_CSV_FILE_BYTES, 'a CSV file');
      this.text = await file.text();
      const preview = JSON.parse(await this.engine.request('csvPreview', this.text, PREVIEW_ROWS)) as Preview;
      this.show(preview);
    } catch (error) {
      this.say(`This file cannot be read: ${(error as Error).message}. Nothing has changed.`);
    }
  }

  close(): void {
    this.box.hidden = true;
    this.text = '';
  }

  private show({ columns, rows, totalRows }: Preview): void {
    const head = element('tr', '');
    head.append(...columns.map((name) => element('th', '', name)));
    this.table.replaceChildren(head, ...rows.map((row) => {
      const tr = element('tr', '');
      tr.append(...row.map((field) => element('td', '', field)));
      return tr;
    }));
    this.table.createCaption().textContent = `The first ${rows.length} of ${totalRows} rows`;
    for (const select of [this.label, this.x, this.y]) select.replaceChildren(...columns.map((name) => new Option(name, name)));
    // The label: a column named as a label usually is, else the last; across and up: the first two others.
    const named = columns.find((name) => /^(class|value|label|target|y)$/i.test(name) && name !== columns[1]);
    this.label.value = named ?? columns.at(-1)!;
    this.defaultsAfterLabel();
    this.choices.hidden = false;
    this.useButton.hidden = false;
    this.useButton.focus();
  }

  /** Across and up: the first two columns that are not the label; the label kind its name says. */
  private defaultsAfterLabel(): void {
    const others = [...this.label.options].map((option) => option.value).filter((name) => name !== this.label.value);
    this.x.value = others[0] ?? '';
    this.y.value = others[1] ?? others[0] ?? '';
    this.kind.value = labelsNamed(this.label.value);
  }

  private async apply(): Promise<void> {
    this.say('');
    try {
      const csv = await this.engine.request('planeCsv', this.text, this.x.value, this.y.value, this.label.value, this.kind.value as LabelChoice);
      const refused = this.use(csv);
      if (refused === null) this.close();
      else this.say(refused);
    } catch (error) {
      this.say(`This data cannot be used: ${(error as Error).message}. Nothing has changed.`);
    }
  }

  private say(text: string): void {
    this.message.textContent = text;
    this.message.hidden = text === '';
  }

  private select(label: string): HTMLSelectElement {
    const box = element('div', 'nnplay-field');
    const select = element('select', 'nnplay-select');
    select.id = uniqueId('upload');
    const name = element('label', 'nnplay-label', label);
    name.htmlFor = select.id;
    box.append(name, select);
    this.choices.append(box);
    return select;
  }
}
