// Which neuron the page should show in its big view: the one under the mouse, else the one whose
// panel is open, else the one focused from the keyboard.

type Source = 'pointer' | 'panel' | 'focus';

export class NeuronHover {
  private readonly neurons: Record<Source, number | null> = { pointer: null, panel: null, focus: null };
  private shown: number | null = null;

  /** `show` hears of every change, with null for none. */
  constructor(private readonly show: (neuron: number | null) => void) {}

  set(source: Source, neuron: number | null): void {
    this.neurons[source] = neuron;
    const next = this.neurons.pointer ?? this.neurons.panel ?? this.neurons.focus;
    if (next === this.shown) return;
    this.shown = next;
    this.show(next);
  }
}
