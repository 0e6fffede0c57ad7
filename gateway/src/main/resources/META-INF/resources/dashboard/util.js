// DOM building (no innerHTML with data), number and date formats, figures and their place in a quote.

/** Replaces an element's children; arrays are flattened, null and false skipped. */
export function put(el, ...children) {
  el.replaceChildren(...children.flat(Infinity).filter((c) => c !== null && c !== undefined && c !== false));
}

/** Creates an element: h('a', {href: '#'}, 'text', child). null, false and undefined children are skipped. */
export function h(tag, attrs, ...children) {
  const svg = tag.startsWith('svg:');
  const el = svg ? document.createElementNS('http://www.w3.org/2000/svg', tag.slice(4)) : document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2).toLowerCase(), value);
    else if (key === 'class') el.setAttribute('class', value);
    else if (key === 'style' && typeof value === 'object') Object.assign(el.style, value);
    else if (key in el && !svg && typeof value !== 'string') el[key] = value;
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(el, child);
    else el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

const NUMBER = new Intl.NumberFormat('en-US');
const COMPACT = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 });

export function num(n) {
  return n === null || n === undefined ? '—' : NUMBER.format(Math.round(n));
}

export function compact(n) {
  return COMPACT.format(n);
}

export const CATEGORY = { KILLED: 'killed', WOUNDED: 'wounded', CASUALTIES: 'casualties', MISSING: 'missing', CAPTURED: 'captured' };
export const POPULATION = { MILITARY: 'military', CIVILIAN: 'civilian', ALL: 'all' };
export const STATUS = { UNREVIEWED: 'Unreviewed', CONFIRMED: 'Confirmed', CORRECTED: 'Corrected', REJECTED: 'Rejected', RETRACTED: 'Retracted' };
export const SIDE = { OWN_SIDE: 'Own side', ADVERSARY: 'Adversary', THIRD_PARTY: 'Third party' };
export const SIDE_HELP = {
  OWN_SIDE: 'claimants affiliated with the side whose losses are counted',
  ADVERSARY: 'claimants affiliated with its adversary',
  THIRD_PARTY: 'everyone else: other governments, think tanks, international organizations, media',
};
const RATE = { DAY: 'per day', WEEK: 'per week', MONTH: 'per month' };

/** The figure as a reader says it: "over 46,000", "up to 325,000", "about 150,000", "500,000–600,000". */
export function figureText(c) {
  const rate = c.ratePer ? ' ' + RATE[c.ratePer] : '';
  switch (c.qualifier) {
    case 'AT_LEAST':
      return 'over ' + num(c.low ?? c.best) + rate;
    case 'AT_MOST':
      return 'up to ' + num(c.high ?? c.best) + rate;
    case 'APPROXIMATELY':
      return 'about ' + num(c.best ?? c.low ?? c.high) + rate;
    case 'RANGE':
      return num(c.low) + '–' + num(c.high) + (c.best != null && c.best !== c.low && c.best !== c.high ? ' (best ' + num(c.best) + ')' : '') + rate;
    default:
      return num(c.best ?? c.low ?? c.high) + rate;
  }
}

export const QUALIFIER_WORD = { AT_LEAST: 'over', AT_MOST: 'up to', APPROXIMATELY: 'about', RANGE: 'between', EXACT: 'exactly' };

/** The value a claim is drawn at: best, else the stated bound. */
export function figureOf(c) {
  return c.best ?? c.low ?? c.high ?? c.figure ?? null;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function dateText(iso, precision) {
  if (!iso) return '—';
  const [y, m, d] = iso.split('-').map(Number);
  if (precision === 'YEAR') return String(y);
  if (precision === 'MONTH') return MONTHS[m - 1] + ' ' + y;
  return d + ' ' + MONTHS[m - 1] + ' ' + y;
}

export function today() {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60000).toISOString().slice(0, 10);
}

function escapeRegExp(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The ways a number can be written in a quote: 55,000 / 55000 / 55 000 / 55.000 / 1.2 million / 55 thousand / 55k. */
function spellings(n) {
  const out = new Set([NUMBER.format(n), String(n), NUMBER.format(n).replace(/,/g, ' '), NUMBER.format(n).replace(/,/g, '.')]);
  const scaled = (value, word) => {
    const text = String(Math.round(value * 100) / 100);
    if (Math.abs(Number(text) - value) < 1e-9) out.add(text + '\\s*' + word);
  };
  if (n >= 1e6) scaled(n / 1e6, '(?:million|mln|m\\b)');
  if (n >= 1e3) scaled(n / 1e3, '(?:thousand|k\\b)');
  return [...out].sort((a, b) => b.length - a.length).map((s) => (s.includes('\\s') ? s.replace(/\./g, '\\.') : escapeRegExp(s)));
}

const QUALIFIER_WORDS = '(?:(?:more than|over|at least|up to|as many as|about|around|nearly|almost|roughly|approximately|some|reaching|between)\\s+)?';

/** Where a claim's figures are in its quote: [start, end] ranges, or those of figureText (a preview's "over 46,000"). */
export function figureRanges(quote, claim) {
  const ranges = [];
  if (!quote) return ranges;
  if (claim.figure && typeof claim.figure === 'string') {
    const at = quote.indexOf(claim.figure);
    if (at >= 0) return [[at, at + claim.figure.length]];
  }
  const values = [...new Set([claim.low, claim.best, claim.high].filter((v) => v !== null && v !== undefined))];
  for (const value of values) {
    const re = new RegExp('(?<![\\d.,])' + QUALIFIER_WORDS + '(?:' + spellings(value).join('|') + ')(?![\\d]|,\\d)', 'gi');
    let m;
    while ((m = re.exec(quote))) {
      ranges.push([m.index, m.index + m[0].length]);
      if (m[0].length === 0) re.lastIndex++;
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([...r]);
  }
  return merged;
}

/** The quote with its figure(s) in <mark>. */
export function quoteWithFigure(quote, claim) {
  const parts = [];
  let at = 0;
  for (const [start, end] of figureRanges(quote, claim)) {
    if (start > at) parts.push(quote.slice(at, start));
    parts.push(h('mark', { class: 'figure' }, quote.slice(start, end)));
    at = end;
  }
  parts.push(quote.slice(at));
  return h('q', { class: 'quote' }, parts);
}

export function debounce(fn, ms) {
  let timer;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
}

export const PALETTE = ['#1f5fa8', '#c2410c', '#15803d', '#7e22ce', '#b91c1c', '#0e7490', '#a16207', '#be185d', '#4d7c0f', '#475569'];
