// One set's confusion matrix as a table: a row per true class, a column per predicted class, each
// count a button that rings those points on the map (pressed while they are ringed).
import type { MetricsReport } from '../protocol';
import { element } from '../widgets';
import { type Cell, className, SET_NAMES } from './metricsText';

export class ConfusionTable {
  readonly table = element('table', 'nnplay-confusion');
  private buttons: HTMLButtonElement[][] = [];

  constructor(
    private readonly set: Cell['set'],
    private readonly choose: (cell: Cell) => void,
  ) {
    this.table.createCaption().textContent = `${SET_NAMES[set]} confusion matrix`;
  }

  /** Shows `report`'s counts, `selected` pressed; rebuilt only when the number of classes changes. */
  show(report: MetricsReport, selected: Cell | null): void {
    const classes = report.confusion.length;
    if (classes !== this.buttons.length) this.build(classes);
    report.confusion.forEach((row, truth) =>
      row.forEach((count, predicted) => {
        const button = this.buttons[truth]![predicted]!;
        button.textContent = String(count);
        button.setAttribute('aria-label', `${count}: true ${className(truth, classes)}, predicted ${className(predicted, classes)}`);
        const pressed = selected?.set === this.set && selected.truth === truth && selected.predicted === predicted;
        button.setAttribute('aria-pressed', String(pressed));
      }),
    );
  }

  private build(classes: number): void {
    const head = element('tr', '');
    const corner = element('th', 'nnplay-confusion-corner', 'true ↓ predicted →');
    corner.scope = 'col';
    head.append(corner);
    for (let predicted = 0; predicted < classes; predicted++) {
      const th = element('th', '', className(predicted, classes));
      th.scope = 'col';
      head.append(th);
    }
    const rows = [head];
    this.buttons = [];
    for (let truth = 0; truth < classes; truth++) {
      const row = element('tr', '');
      const th = element('th', '', className(truth, classes));
      th.scope = 'row';
      row.append(th);
      const buttons: HTMLButtonElement[] = [];
      for (let predicted = 0; predicted < classes; predicted++) {
        const cell = element('td', truth === predicted ? 'nnplay-confusion-right' : '');
        const button = element('button', 'nnplay-confusion-count');
        button.type = 'button';
        button.addEventListener('click', () => this.choose({ set: this.set, truth, predicted }));
        cell.append(button);
        row.append(cell);
        buttons.push(button);
      }
      this.buttons.push(buttons);
      rows.push(row);
    }
    this.table.querySelector('tbody')?.remove();
    const body = this.table.createTBody();
    body.append(...rows);
  }
}
