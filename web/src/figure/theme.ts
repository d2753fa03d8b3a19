// The figure's look, shared by its panels: one font, dark text, muted labels, the page's greys.
import { type Attributes, text } from './svgMarkup';

/** Fonts every slide program and browser has one of; the SVG names them, the PNG uses the first found. */
export const FONT_FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Liberation Sans', sans-serif";
export const INK = '#222222';
export const MUTED = '#666666';
/** Axis lines and the thumbnails' frames. */
export const RULE = '#9a9a9a';
/** The page's accent: the frame of a network input. */
export const ACCENT = '#0877bd';

export const TICK_SIZE = 11;
export const LABEL_SIZE = 13;
/** A panel's heading sits this far above its content. */
export const HEADING_HEIGHT = 30;

/** A panel's heading, as the page's region headings: small, bold, muted capitals. */
export function heading(content: string, x: number, y: number, attrs: Attributes = {}): string {
  return text(content.toUpperCase(), {
    x,
    y,
    'font-size': 12,
    'font-weight': 700,
    'letter-spacing': 0.6,
    fill: MUTED,
    ...attrs,
  });
}
