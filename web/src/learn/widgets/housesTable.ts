// The table of houses: each house's inputs and real price (from the lesson file), the formula's
// price (from the engine) and the error, formula minus real price.
import { element } from '../../widgets';
import { priceText } from './housesFormula';
import type { Blank, House } from './housesOptions';

export class HousesTable {
  private readonly predicted: HTMLTableCellElement[] = [];
  private readonly errors: HTMLTableCellElement[] = [];

  constructor(
    parent: HTMLElement,
    blanks: readonly Blank[],
    private readonly houses: readonly House[],
  ) {
    const scroller = element('div', 'houses-table-scroller');
    const table = element('table', 'houses-table');
    table.append(element('caption', '', 'Some of the houses: the real price, the formula’s price and its error'));
    const head = element('tr', '');
    for (const heading of [...blanks.map((blank) => blank.column), 'Real price', 'Formula’s price', 'Error']) {
      const cell = element('th', '', heading);
      cell.scope = 'col';
      head.append(cell);
    }
    const body = element('tbody', '');
    for (const house of houses) {
      const row = element('tr', '');
      for (const input of house.inputs) row.append(element('td', '', input.toLocaleString('en-US')));
      const predicted = element('td', '');
      const error = element('td', '');
      row.append(element('td', '', priceText(house.price)), predicted, error);
      this.predicted.push(predicted);
      this.errors.push(error);
      body.append(row);
    }
    const thead = element('thead', '');
    thead.append(head);
    table.append(thead, body);
    scroller.append(table);
    parent.append(scroller);
  }

  /** Shows the formula's price of each house, in the houses' order. */
  show(prices: readonly number[]): void {
    prices.forEach((price, i) => {
      const error = price - this.houses[i]!.price;
      this.predicted[i]!.textContent = priceText(price);
      this.errors[i]!.textContent = `${error > 0 ? '+' : ''}${priceText(error)}`;
    });
  }
}
