// The figure for slides and handouts: the network, the decision boundary and the loss curve side by
// side under their headings, the settings and results as a caption below, on a white ground. One
// SVG document as text; its size is in CSS pixels (96 to the inch). Pure.
import type { EpochStats } from '@engine/nnplay.mjs';
import { type PlaygroundState, serialiseHash } from '../state';
import { type BoundaryFigure, boundaryPanel } from './boundaryPanel';
import { captionLines, resultItems, settingsItems } from './caption';
import type { Losses } from '../lossSeries';
import { lossPanel } from './lossPanel';
import { type NetworkFigure, networkPanel } from './networkPanel';
import { escapeXml, num, type Panel, tag, text } from './svgMarkup';
import { FONT_FAMILY, HEADING_HEIGHT, INK, heading } from './theme';

const MARGIN = 28;
const GAP = 44;
const CAPTION_SIZE = 13;
const CAPTION_LEADING = 19;
/** Characters of the caption's font that fit in one pixel of width, roughly (an average letter is 0.55em). */
const CHARACTERS_PER_PIXEL = 1 / (0.55 * CAPTION_SIZE);

export interface FigureInput extends NetworkFigure, Omit<BoundaryFigure, 'scheme'> {
  losses: Losses;
  state: Readonly<PlaygroundState>;
  /** Where training got to: the frame the figure shows. */
  stats: EpochStats;
}

export interface Figure {
  svg: string;
  width: number;
  height: number;
}

export function figureSvg(input: FigureInput): Figure {
  const panels: [string, Panel][] = [
    ['Network', networkPanel(input)],
    [input.state.problem === 'classification' ? 'Decision boundary' : 'Output', boundaryPanel(input)],
    ['Training and test loss', lossPanel(input.losses)],
  ];
  const top = MARGIN + HEADING_HEIGHT;
  let x = MARGIN;
  const placed = panels.map(([title, panel]) => {
    const markup = heading(title, x, MARGIN + 12) + tag('g', { transform: `translate(${num(x)},${num(top)})` }, panel.markup);
    x += panel.width + GAP;
    return markup;
  });
  const width = Math.ceil(x - GAP + MARGIN);
  const contentBottom = top + Math.max(...panels.map(([, panel]) => panel.height));

  const perLine = Math.floor((width - 2 * MARGIN) * CHARACTERS_PER_PIXEL);
  const lines = [...captionLines(settingsItems(input.state), perLine), ...captionLines(resultItems(input.stats), perLine)];
  const caption = lines.map((line, i) =>
    text(line, { x: MARGIN, y: contentBottom + 24 + i * CAPTION_LEADING, 'font-size': CAPTION_SIZE, fill: INK }),
  );
  const height = Math.ceil(contentBottom + 24 + (lines.length - 1) * CAPTION_LEADING + MARGIN);

  const svg = [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    tag(
      'svg',
      {
        xmlns: 'http://www.w3.org/2000/svg',
        'xmlns:xlink': 'http://www.w3.org/1999/xlink',
        width,
        height,
        viewBox: `0 0 ${width} ${height}`,
        'font-family': FONT_FAMILY,
      },
      `<title>nnplay: the network, its decision boundary and its loss</title>`,
      // With the settings as a link's hash (the seed too), which opens the same experiment again.
      `<desc>${escapeXml([...lines, `Settings: #${serialiseHash(input.state)}`].join('\n'))}</desc>`,
      tag('rect', { width, height, fill: '#ffffff' }),
      ...placed,
      tag('g', { class: 'caption' }, ...caption),
    ),
    '\n',
  ].join('');
  return { svg, width, height };
}
