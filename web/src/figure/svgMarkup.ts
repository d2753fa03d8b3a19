// SVG as text: elements with escaped attributes and text. Pure, no DOM, so the figure is built and
// tested under Node. Styling goes into presentation attributes (fill, stroke, font-size), never
// into `style`: the file is also drawn by the page under a Content-Security-Policy without
// 'unsafe-inline', and presentation attributes survive every SVG editor and slide program.

export type Attributes = Record<string, string | number | undefined>;

/** A block of the figure: markup with its top-left corner at (0, 0), and its size. */
export interface Panel {
  markup: string;
  width: number;
  height: number;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** `text` safe inside an element or a double-quoted attribute. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** A coordinate or length with at most two decimals: 12.5, not 12.500000001. */
export function num(value: number): string {
  return String(Math.round(value * 100) / 100);
}

function attributes(attrs: Attributes): string {
  return Object.entries(attrs)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => ` ${name}="${typeof value === 'number' ? num(value) : escapeXml(value!)}"`)
    .join('');
}

/** `<name attrs>children</name>`, or `<name attrs/>` without children; children are markup. */
export function tag(name: string, attrs: Attributes = {}, ...children: string[]): string {
  const content = children.join('');
  return content ? `<${name}${attributes(attrs)}>${content}</${name}>` : `<${name}${attributes(attrs)}/>`;
}

/** A `<text>` element holding `content`, escaped. */
export function text(content: string, attrs: Attributes): string {
  return `<text${attributes(attrs)}>${escapeXml(content)}</text>`;
}

/** "rgb(r, g, b)" of a colour triple: the form every SVG reader accepts. */
export function rgb([r, g, b]: readonly [number, number, number]): string {
  return `rgb(${Math.round(r)},${Math.round(g)},${Math.round(b)})`;
}
