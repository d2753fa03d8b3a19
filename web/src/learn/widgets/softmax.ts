// Kind `softmax`: a network's final outputs z₁…z_K, one slider each, turned by the engine's softmax
// into probabilities shown as bars with their numbers, and their sum (always 1). The engine's
// one-layer softmax network (softmaxSession.ts) with its biases set to z and input 0 gives them.
import type { Session } from '@engine/nnplay.mjs';
import { CLASS_COLOURS } from '../../classColours';
import { element, uniqueId } from '../../widgets';
import type { LessonWidget, WidgetContext } from '../widget';
import { softmaxOptions, subscript, type SoftmaxOutput } from './softmaxOptions';
import { softmaxSession, traceSoftmax } from './softmaxSession';
import './softmax.css';

/** `z` with one decimal and a true minus sign: −1.0. */
const signed = (z: number): string => z.toFixed(1).replace('-', '−');

export function softmaxWidget(host: HTMLElement, context: WidgetContext): LessonWidget {
  const { outputs, range } = softmaxOptions(context.spec);
  const status = element('p', 'softmax-status', 'Loading the engine…');
  host.append(status);
  let session: Session | null = null;
  let destroyed = false;
  context
    .engine()
    .then((nnplay) => {
      if (destroyed) return;
      const names = outputs.map((output) => output.name);
      session = softmaxSession(nnplay, ['input'], names, names.map((name) => ({ inputs: [0], label: name })));
      status.remove();
      build(host, outputs, range, session);
    })
    .catch((error: unknown) => {
      status.textContent = `The engine could not compute softmax: ${error instanceof Error ? error.message : String(error)}`;
      console.error(error);
    });
  return {
    destroy() {
      destroyed = true;
      session?.delete();
      session = null;
    },
  };
}

function build(host: HTMLElement, outputs: SoftmaxOutput[], range: number, session: Session): void {
  const sliders = element('div', 'softmax-inputs');
  const bars = element('div', 'softmax-bars');
  const heading = (text: string): HTMLElement => element('p', 'softmax-heading', text);
  const sum = element('output', 'softmax-number');
  sum.setAttribute('aria-label', 'Sum of the probabilities');
  const sumLine = element('p', 'softmax-sum', 'Sum of the probabilities: ');
  const terms = element('span', 'softmax-number');
  sumLine.append(terms, sum);
  const probabilities: HTMLOutputElement[] = [];
  const fills: HTMLElement[] = [];
  const update = (): void => {
    const { probabilities: p } = traceSoftmax(session, [0], 0);
    p.forEach((probability, k) => {
      probabilities[k]!.textContent = probability.toFixed(3);
      fills[k]!.style.width = `${(probability * 100).toFixed(1)}%`;
    });
    terms.textContent = `${p.map((probability) => probability.toFixed(3)).join(' + ')} = `;
    sum.textContent = p.reduce((total, probability) => total + probability, 0).toFixed(3);
  };
  outputs.forEach((output, k) => {
    const name = `z${subscript(k + 1)} (${output.name})`;
    const slider = element('input', 'softmax-slider');
    slider.type = 'range';
    slider.min = String(-range);
    slider.max = String(range);
    slider.step = '0.1';
    slider.value = String(output.z);
    slider.id = uniqueId('softmax-z');
    const label = element('label', 'softmax-label', name);
    label.htmlFor = slider.id;
    const value = element('output', 'softmax-number', signed(output.z));
    value.htmlFor.add(slider.id);
    session.setBias(0, k, output.z);
    slider.addEventListener('input', () => {
      session.setBias(0, k, Number(slider.value));
      value.textContent = signed(Number(slider.value));
      update();
    });
    sliders.append(label, slider, value);

    const barName = element('span', 'softmax-label', `p${subscript(k + 1)} (${output.name})`);
    const track = element('span', 'softmax-track');
    track.setAttribute('aria-hidden', 'true');
    const fill = element('span', 'softmax-fill');
    // Class k in the colour the playground gives class k.
    fill.style.backgroundColor = `rgb(${CLASS_COLOURS[k % CLASS_COLOURS.length]!.join(', ')})`;
    track.append(fill);
    fills.push(fill);
    const probability = element('output', 'softmax-number');
    probability.setAttribute('aria-label', `Probability of ${output.name}`);
    probabilities.push(probability);
    bars.append(barName, track, probability);
  });
  host.append(heading('The outputs z'), sliders, heading('Their probabilities after softmax'), bars, sumLine);
  update();
}
