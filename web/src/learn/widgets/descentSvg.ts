// Small helpers the descent figures share: SVG elements and a linear map from values to pixels.
import type { Interval } from './descentOptions';

const SVG = 'http://www.w3.org/2000/svg';

export function svg<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Record<string, string | number> = {}, text?: string): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  if (text !== undefined) element.textContent = text;
  return element;
}

/** Sets the attributes of an SVG element already made. */
export function set(element: SVGElement, attributes: Record<string, string | number>): void {
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
}

/** The map of [low, high] onto [from, to] (pixels; to < from for an axis that grows upwards). */
export const scale =
  ([low, high]: Interval, from: number, to: number) =>
  (value: number): number =>
    from + ((value - low) / (high - low)) * (to - from);
