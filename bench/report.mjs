// What a run of the suite shows: the summary of each contender's figures, the printed table, and
// the SVG bar chart written beside the JSON. Pure: no clock, no files.
import { median, spread } from './measure.mjs';

/** The median and spread of each list of figures. */
export function summarize(values) {
  return { median: median(values), ...spread(values), values };
}

/** How many times faster nnplay WASM is than `other` on `workload` (above 1: nnplay is faster). */
export function speedRatio(workload, nnplay, other) {
  return workload.unit === 'ms' ? other / nnplay : nnplay / other;
}

export function formatFigure(value, unit) {
  if (unit === 'ms') return value >= 100 ? `${value.toFixed(0)} ms` : value >= 10 ? `${value.toFixed(1)} ms` : `${value.toFixed(2)} ms`;
  return value >= 1e6 ? `${(value / 1e6).toFixed(2)} M/s` : `${(value / 1e3).toFixed(1)} k/s`;
}

/**
 * The table: a row per contender, a column per workload, each cell the median ± half its spread
 * and how many times faster nnplay WASM is; `results` as written to latest.json.
 */
export function table(results) {
  const reference = results.contenders.find((c) => c.name === results.reference);
  const header = ['', ...results.workloads.map((w) => `${w.id} ${w.unit}`)];
  const rows = results.contenders.map((contender) => [
    contender.name,
    ...results.workloads.map((workload) => {
      const summary = contender.figures[workload.id];
      if (!summary) return contender.missing?.[workload.id] ?? '—';
      const cell = `${formatFigure(summary.median, workload.unit)} ±${((summary.relative * 100) / 2).toFixed(0)}%`;
      const nnplay = reference.figures[workload.id];
      if (contender === reference || !nnplay) return cell;
      return `${cell} (${speedRatio(workload, nnplay.median, summary.median).toFixed(1)}×)`;
    }),
  ]);
  const widths = header.map((_, column) => Math.max(...[header, ...rows].map((row) => row[column].length)));
  const line = (row) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[0]) : cell.padStart(widths[column]))).join('  ');
  return [line(header), ...rows.map(line)].join('\n');
}

const escape = (text) => String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const LAYOUT = { width: 800, margin: 10, label: 170, bars: 440, row: 20, bar: 14, title: 26, gap: 14, top: 56 };
const COLOURS = { wasm: '#e8710a', native: '#8c8c8c', library: '#5b8fc7' };

/**
 * An SVG bar chart: a panel per workload, a bar per contender whose length is its median in
 * proportion to the panel's largest, a thin line over it from its lowest to its highest round, and
 * the figure written after it.
 */
export function barChart(results) {
  const { width, margin, label, bars, row, bar, title, gap, top } = LAYOUT;
  const parts = [];
  let y = top;
  for (const workload of results.workloads) {
    const shown = results.contenders.filter((c) => c.figures[workload.id]);
    const largest = Math.max(...shown.map((c) => c.figures[workload.id].max));
    const better = workload.unit === 'ms' ? 'lower is better' : 'higher is better';
    parts.push(`<text class="panel" x="${margin}" y="${y + 16}">${escape(`${workload.id}: ${workload.title} (${workload.unit}, ${better})`)}</text>`);
    y += title;
    for (const contender of shown) {
      const { median: value, min, max } = contender.figures[workload.id];
      const length = (value / largest) * bars;
      const middle = y + bar / 2;
      parts.push(
        `<text x="${label - 8}" y="${middle + 4}" text-anchor="end">${escape(contender.name)}</text>`,
        `<rect x="${label}" y="${y}" width="${length.toFixed(2)}" height="${bar}" fill="${COLOURS[contender.kind]}" data-workload="${workload.id}" data-contender="${escape(contender.name)}" data-value="${value}"/>`,
        `<line x1="${(label + (min / largest) * bars).toFixed(2)}" x2="${(label + (max / largest) * bars).toFixed(2)}" y1="${middle}" y2="${middle}" stroke="#222" stroke-width="1"/>`,
        `<text x="${(label + (Math.max(value, max) / largest) * bars + 6).toFixed(2)}" y="${middle + 4}">${escape(formatFigure(value, workload.unit))}</text>`,
      );
      y += row;
    }
    y += gap;
  }
  const height = y + margin;
  const heading = `nnplay against JavaScript trainers in one Node ${results.node} process: medians of ${results.rounds} interleaved rounds`;
  const machine = `${results.machine.cpu}, ${results.machine.cores} cores, load ${results.machine.loadAverage.start.toFixed(2)}, ${results.date.slice(0, 10)}`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="12">`,
    `<rect width="${width}" height="${height}" fill="#fff"/>`,
    `<text x="${margin}" y="22" font-size="15" font-weight="bold">${escape(heading)}</text>`,
    `<text x="${margin}" y="42" fill="#555">${escape(machine)}</text>`,
    '<style>.panel { font-weight: bold; }</style>',
    ...parts,
    '</svg>',
    '',
  ].join('\n');
}
