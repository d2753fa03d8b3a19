// SVG elements built in the page's DOM (never from markup strings): the network's hit areas and biases, and the
// lessons' figures.

const SVG_NAMESPACE = 'http://www.w3.org/2000/svg';

/** A new SVG `tag` element with `attributes`, holding `text` when given. */
export function svg<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Record<string, string | number> = {}, text?: string): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG_NAMESPACE, tag);
  setAttributes(node, attributes);
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Sets `attributes` on an SVG element already made. */
export function setAttributes(node: SVGElement, attributes: Record<string, string | number>): void {
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
}
