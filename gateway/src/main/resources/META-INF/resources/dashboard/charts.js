// Two charts, drawn by hand: range bars (HTML, so names wrap and link) and a time chart (SVG with focusable points).
import { h, num, compact, figureText, figureOf, dateText, QUALIFIER_WORD } from './util.js';

function niceStep(span, count) {
  const raw = span / Math.max(1, count);
  const power = Math.pow(10, Math.floor(Math.log10(raw)));
  const unit = raw / power;
  return (unit <= 1 ? 1 : unit <= 2 ? 2 : unit <= 5 ? 5 : 10) * power;
}

function linearTicks(max, count) {
  const step = niceStep(max, count);
  const ticks = [];
  for (let v = 0; v <= max + step * 1e-9; v += step) ticks.push(v);
  return ticks;
}

/** A scale from figures to 0..100 (percent of the track); logarithmic when asked and every value is positive. */
export function figureScale(maxValue, log) {
  const max = Math.max(1, maxValue) * 1.05;
  if (log) {
    const lo = 1;
    const hi = Math.log10(max);
    const at = (v) => (v <= 0 ? 0 : (Math.max(0, Math.log10(Math.max(v, 10 ** lo)) - lo) / (hi - lo)) * 100);
    const ticks = [];
    for (let e = Math.ceil(lo); e <= hi; e++) ticks.push(10 ** e);
    return { at, ticks, max };
  }
  const ticks = linearTicks(max, 5).filter((t) => t <= max);
  return { at: (v) => (Math.max(0, v) / max) * 100, ticks, max };
}

/**
 * Range bars: one row per claim (low–high as a bar, best as a dot; an open end for "over" and "up to"), grouped,
 * with a median line per group and one across all.
 * groups: [{key, title, help, median, rows: [{label, sub, claim, href, onSelect}]}]
 */
export function rangeBars({ groups, median, log, caption }) {
  const all = groups.flatMap((g) => g.rows.map((r) => r.claim));
  const maxValue = Math.max(median || 0, ...all.map((c) => Math.max(c.high ?? 0, c.best ?? 0, c.low ?? 0)));
  // room to the right of the largest "over" figure, so that its open end shows
  const openEnded = all.some((c) => c.qualifier === 'AT_LEAST' && (c.low ?? 0) >= maxValue * 0.8);
  const scale = figureScale(openEnded ? maxValue * 1.2 : maxValue, log);
  const axis = h('div', { class: 'rb-axis', 'aria-hidden': 'true' },
    scale.ticks.map((t) => h('span', { class: 'rb-tick', style: { left: scale.at(t) + '%' } }, compact(t))));
  const medianLine = (value, cls, title) =>
    value == null ? null : h('span', { class: cls, style: { left: scale.at(value) + '%' }, title });

  const body = groups.map((g) => h('section', { class: 'rb-group', 'aria-label': g.title },
    h('h3', { class: 'rb-group-title' }, g.title, ' ', h('span', { class: 'muted' }, '· ', g.rows.length, ' claimant', g.rows.length === 1 ? '' : 's',
      g.median != null ? ' · median ' + num(g.median) : ''), g.help ? h('span', { class: 'rb-help' }, g.help) : null),
    h('ul', { class: 'rb-rows' }, g.rows.map((row) => barRow(row, scale, g.median, median)))));

  return h('figure', { class: 'rangebars' },
    caption ? h('figcaption', {}, caption) : null,
    h('div', { class: 'rb-head' }, h('span', { class: 'rb-label' }), h('div', { class: 'rb-track rb-axis-track' }, axis,
      medianLine(median, 'rb-median-label', 'Median of all claimants'),
      median != null ? h('span', { class: 'rb-median-text', style: { left: scale.at(median) + '%' } }, 'median ' + compact(median)) : null),
    h('span', { class: 'rb-value' })),
    body);
}

function barRow(row, scale, groupMedian, median) {
  const c = row.claim;
  const low = c.low ?? (c.qualifier === 'AT_MOST' ? 0 : c.best ?? c.high);
  const high = c.high ?? (c.qualifier === 'AT_LEAST' ? null : c.best ?? c.low);
  const left = scale.at(low ?? 0);
  const right = high == null ? 100 : scale.at(high);
  const cls = 'rb-bar q-' + c.qualifier.toLowerCase();
  const word = QUALIFIER_WORD[c.qualifier];
  const description = `${row.label}: ${figureText(c)}${row.sub ? ', ' + row.sub : ''}`;
  return h('li', { class: 'rb-row' },
    h('span', { class: 'rb-label' }, row.href ? h('a', { href: row.href }, row.label) : row.label, row.sub ? h('span', { class: 'rb-sub' }, row.sub) : null),
    h('div', { class: 'rb-track', role: 'img', 'aria-label': description },
      groupMedian != null ? h('span', { class: 'rb-median-group', style: { left: scale.at(groupMedian) + '%' } }) : null,
      median != null ? h('span', { class: 'rb-median', style: { left: scale.at(median) + '%' } }) : null,
      h('span', { class: cls, style: { left: left + '%', width: Math.max(0.6, right - left) + '%' } }),
      c.best != null ? h('span', { class: 'rb-best q-' + c.qualifier.toLowerCase(), style: { left: scale.at(c.best) + '%' } }) : null,
      // a bound without a best figure: a tick at the stated bound, so "up to 13,000" is seen where 13,000 is
      c.best == null && c.qualifier === 'AT_LEAST' ? h('span', { class: 'rb-bound', style: { left: left + '%' } }) : null,
      c.best == null && c.qualifier === 'AT_MOST' ? h('span', { class: 'rb-bound', style: { left: right + '%' } }) : null,
      c.qualifier === 'AT_LEAST' ? h('span', { class: 'rb-open rb-open-right', style: { left: left + '%' } }, '▶') : null,
      c.qualifier === 'AT_MOST' ? h('span', { class: 'rb-open rb-open-left', style: { left: right + '%' } }, '◀') : null),
    h('span', { class: 'rb-value' },
      row.onSelect ? h('button', { type: 'button', class: 'linklike', onclick: row.onSelect, 'aria-label': description + '. Show the quote' }, figureText(c))
        : figureText(c),
      word && c.qualifier !== 'EXACT' && c.qualifier !== 'RANGE' ? null : null));
}

function parseDate(iso) {
  return Date.UTC(...iso.split('-').map((v, i) => (i === 1 ? Number(v) - 1 : Number(v))));
}

function dateTicks(min, max, count) {
  const day = 86400000;
  const span = max - min;
  const out = [];
  const start = new Date(min);
  if (span > 3 * 365 * day) {
    for (let y = start.getUTCFullYear(); Date.UTC(y, 0, 1) <= max; y++) if (Date.UTC(y, 0, 1) >= min) out.push([Date.UTC(y, 0, 1), String(y)]);
  } else {
    const stepMonths = Math.max(1, Math.ceil(span / (30.4 * day) / count));
    for (let y = start.getUTCFullYear(), m = start.getUTCMonth(); Date.UTC(y, m, 1) <= max; m += stepMonths) {
      const t = Date.UTC(y, m, 1);
      if (t >= min) {
        const d = new Date(t);
        out.push([t, dateText(d.toISOString().slice(0, 10), 'MONTH')]);
      }
    }
  }
  return out;
}

function marker(p, x, y, color) {
  const r = 5.5;
  if (p.qualifier === 'AT_LEAST') return h('svg:path', { d: `M${x},${y - r - 1}L${x + r},${y + r - 1}L${x - r},${y + r - 1}Z`, fill: color, class: 'mk' });
  if (p.qualifier === 'AT_MOST') return h('svg:path', { d: `M${x},${y + r + 1}L${x + r},${y - r + 1}L${x - r},${y - r + 1}Z`, fill: color, class: 'mk' });
  if (p.qualifier === 'APPROXIMATELY') return h('svg:circle', { cx: x, cy: y, r, fill: '#fff', stroke: color, 'stroke-width': 2.5, class: 'mk' });
  return h('svg:circle', { cx: x, cy: y, r, fill: color, class: 'mk' });
}

/**
 * A time chart: one step line per series (a figure holds until the claimant states the next), low–high whiskers,
 * marker shape by qualifier, every point a focusable button.
 * series: [{key, name, color, points: [{date, figure, low, high, qualifier, ...}]}]
 */
export function timeChart({ series, width, height = 360, label, onSelect, selectedKey }) {
  const margin = { left: 60, right: 18, top: 14, bottom: 34 };
  const w = Math.max(300, width);
  const innerW = w - margin.left - margin.right;
  const innerH = height - margin.top - margin.bottom;
  const points = series.flatMap((s) => s.points);
  if (!points.length) return h('p', { class: 'empty' }, 'No figures to draw.');
  const times = points.map((p) => parseDate(p.date));
  let min = Math.min(...times);
  let max = Math.max(...times);
  const day = 86400000;
  if (max - min < 60 * day) {
    min -= 30 * day;
    max += 30 * day;
  }
  const pad = (max - min) * 0.04;
  min -= pad;
  max += pad;
  const maxValue = Math.max(...points.map((p) => Math.max(p.high ?? 0, p.figure ?? 0, p.low ?? 0))) * 1.08 || 1;
  const yTicks = linearTicks(maxValue, height < 300 ? 4 : 6).filter((t) => t <= maxValue);
  const x = (t) => margin.left + ((t - min) / (max - min)) * innerW;
  const y = (v) => margin.top + innerH - (v / maxValue) * innerH;
  const svg = h('svg:svg', { viewBox: `0 0 ${w} ${height}`, width: w, height, class: 'timechart', role: 'group', 'aria-label': label });
  const grid = h('svg:g', { class: 'grid', 'aria-hidden': 'true' });
  for (const t of yTicks) {
    grid.append(h('svg:line', { x1: margin.left, x2: w - margin.right, y1: y(t), y2: y(t) }),
      h('svg:text', { x: margin.left - 8, y: y(t) + 4, 'text-anchor': 'end' }, compact(t)));
  }
  for (const [t, text] of dateTicks(min, max, Math.floor(innerW / 90))) {
    grid.append(h('svg:line', { x1: x(t), x2: x(t), y1: margin.top, y2: margin.top + innerH, class: 'v' }),
      h('svg:text', { x: x(t), y: height - 10, 'text-anchor': 'middle' }, text));
  }
  svg.append(grid);
  for (const s of series) {
    const sorted = [...s.points].sort((a, b) => parseDate(a.date) - parseDate(b.date));
    let d = '';
    sorted.forEach((p, i) => {
      const px = x(parseDate(p.date));
      const py = y(p.figure);
      d += i === 0 ? `M${px},${py}` : `H${px}V${py}`;
    });
    if (sorted.length) d += `H${Math.min(w - margin.right, x(parseDate(sorted[sorted.length - 1].date)) + 12)}`;
    const dim = selectedKey && selectedKey !== s.key;
    const group = h('svg:g', { class: 'series' + (dim ? ' dim' : ''), 'data-series': s.name });
    group.append(h('svg:path', { d, fill: 'none', stroke: s.color, 'stroke-width': 2.5, class: 'line', 'aria-hidden': 'true' }));
    for (const p of sorted) {
      const px = x(parseDate(p.date));
      const py = y(p.figure);
      const text = `${s.name}, ${dateText(p.date)}: ${figureText(p)}`;
      const point = h('svg:g', { class: 'pt', tabindex: 0, role: 'button', 'aria-label': text + '. Show the quote', 'data-date': p.date });
      if (p.low != null && p.high != null && p.high > p.low) {
        point.append(h('svg:line', { x1: px, x2: px, y1: y(p.low), y2: y(p.high), stroke: s.color, 'stroke-width': 1.5, class: 'whisker' }));
      }
      point.append(h('svg:circle', { cx: px, cy: py, r: 12, fill: 'transparent', class: 'hit' }), marker(p, px, py, s.color),
        h('svg:title', {}, text));
      const select = () => onSelect && onSelect(p, s);
      point.addEventListener('click', select);
      point.addEventListener('keydown', (e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          select();
        }
      });
      group.append(point);
    }
    svg.append(group);
  }
  return svg;
}

export function legendKey() {
  return h('p', { class: 'legend-key muted' },
    '● stated figure · ○ about · ▲ over (at least) · ▼ up to (at most) · a vertical whisker spans a low–high range. A line holds a claimant\'s figure until its next statement.');
}

export { figureOf };
