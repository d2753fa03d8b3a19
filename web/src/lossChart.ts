// Train and test loss over epochs.
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { LossHistory } from './protocol';

export class LossChart {
  // Index i holds epoch i.
  private readonly epochs: number[] = [];
  private readonly train: number[] = [];
  private readonly test: number[] = [];
  private readonly plot: uPlot;

  constructor(parent: HTMLElement, width: number, height: number) {
    this.plot = new uPlot(
      {
        width,
        height,
        cursor: { show: false },
        legend: { show: true, live: false },
        scales: { x: { time: false }, y: { range: (_u, _min, max) => [0, max > 0 ? max : 1] } },
        axes: [{ label: 'Epoch', size: 36, labelSize: 16 }, { size: 44 }],
        series: [
          {},
          { label: 'Train loss', stroke: '#777', width: 1.5, points: { show: false } },
          { label: 'Test loss', stroke: '#000', width: 1.5, points: { show: false } },
        ],
      },
      [[], [], []],
      parent,
    );
  }

  /** Replaces the losses from `history.firstEpoch` on. */
  append(history: LossHistory): void {
    for (const series of [this.epochs, this.train, this.test]) series.length = Math.min(series.length, history.firstEpoch);
    history.train.forEach((loss, i) => {
      this.epochs.push(history.firstEpoch + i);
      this.train.push(loss);
      this.test.push(history.test[i]!);
    });
  }

  draw(): void {
    this.plot.setData([this.epochs, this.train, this.test]);
  }

  destroy(): void {
    this.plot.destroy();
  }
}
