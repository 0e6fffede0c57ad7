// The reading views: spread, timeline, claims, claimant, document.
import { gql, exportUrl, exportClick } from './api.js';
import { h, put, num, figureText, figureOf, dateText, quoteWithFigure, figureRanges, SIDE, SIDE_HELP, CATEGORY, POPULATION, STATUS, PALETTE, today } from './util.js';
import { rangeBars, timeChart, legendKey } from './charts.js';
import { link, navigate, showErrors, showFailure } from './app.js';

const CLAIM_FIELDS = `id status version subject category population qualifier low best high ratePer asOf asOfPrecision statedOn quote confidence
  spanStart spanEnd claimant { id name affiliation kind } document { id title url publishedOn publishedOnPrecision outlet { id name } }`;

function what(f) {
  return `${f.subject || 'all subjects'} · ${POPULATION[f.population] || ''} ${CATEGORY[f.category] || ''}`.trim();
}

function claimantLabel(c) {
  return c.claimant ? c.claimant.name : 'claimant unavailable';
}

export function docLinks(doc) {
  if (!doc) return h('span', { class: 'muted' }, 'document unavailable');
  return h('span', { class: 'doc' }, h('a', { href: link('/document/' + encodeURIComponent(doc.id)) }, doc.title),
    doc.url ? h('a', { href: doc.url, class: 'external', rel: 'noopener noreferrer', target: '_blank', 'aria-label': 'Original of ' + doc.title + ' (opens a new tab)' }, '↗') : null,
    doc.outlet ? h('span', { class: 'muted' }, ' · ', doc.outlet.name) : null,
    doc.publishedOn ? h('span', { class: 'muted' }, ' · ', dateText(doc.publishedOn, doc.publishedOnPrecision)) : null);
}

/** The claim as a card: claimant, figure, date, quote with the figure marked, document. */
function claimCard(c, heading = 'h3') {
  return h('article', { class: 'claim-card', tabindex: -1 },
    h(heading, {}, c.claimant ? h('a', { href: link('/claimant/' + encodeURIComponent(c.claimant.id)) }, c.claimant.name) : claimantLabel(c),
      ': ', h('span', { class: 'fig' }, figureText(c))),
    h('p', { class: 'muted' }, `${c.subject} · ${POPULATION[c.population]} ${CATEGORY[c.category]} · stated on ${dateText(c.statedOn)}`,
      c.asOf ? ` (as of ${dateText(c.asOf, c.asOfPrecision)})` : ''),
    h('blockquote', {}, quoteWithFigure(c.quote, c)),
    h('p', {}, 'In ', docLinks(c.document)));
}

function summary(items) {
  return h('dl', { class: 'summary' }, items.map(([term, value]) => h('div', {}, h('dt', {}, term), h('dd', {}, value))));
}

function needSubject(view, filter, catalog) {
  if (filter.subject) return false;
  if (catalog.failure) {
    showFailure(catalog.failure);
    put(view, h('h2', {}, 'The subjects could not be read'),
      h('p', {}, 'Without them there is nothing to compare yet (the error is above). ',
        h('button', { type: 'button', onclick: () => location.reload() }, 'Try again')));
    return true;
  }
  put(view, h('h2', {}, 'No claims yet'), h('p', {}, 'Nothing has been stored. ', h('a', { href: '#/ingest' }, 'Ingest an article'), ' to start.'));
  return true;
}

// ---- spread -------------------------------------------------------------------------------------------------------

export async function spreadView({ view, filter, params, signal, catalog }) {
  if (needSubject(view, filter, catalog)) return;
  const { data, errors } = await gql(`query Spread($subject: String!, $category: CasualtyCategory!, $population: Population!, $asOf: Date) {
    estimates(subject: $subject, category: $category, population: $population, asOf: $asOf, first: 100) {
      asOf claimants minLow medianBest maxHigh
      bySide { side claimants minLow medianBest maxHigh }
      latest { ${CLAIM_FIELDS} side } } }`, { ...filter, asOf: filter.asOf || null }, { signal });
  showErrors(errors);
  const e = data.estimates;
  const log = params.get('scale') === 'log';
  // each claim's side comes from claims-service, so it is known even when the claimant's name is not
  const groups = ['OWN_SIDE', 'ADVERSARY', 'THIRD_PARTY'].map((side) => {
    const spread = e.bySide.find((s) => s.side === side);
    const rows = e.latest.filter((c) => c.side === side);
    return {
      key: side,
      title: SIDE[side],
      help: SIDE_HELP[side],
      median: spread?.medianBest ?? null,
      rows: rows.map((c) => ({
        claim: c,
        label: claimantLabel(c),
        sub: [c.claimant?.affiliation, dateText(c.statedOn)].filter(Boolean).join(' · '),
        href: c.claimant ? link('/claimant/' + encodeURIComponent(c.claimant.id)) : null,
        onSelect: () => showDetail(c),
      })),
    };
  }).filter((g) => g.rows.length);

  const detail = h('div', { class: 'detail', 'aria-live': 'polite' }, h('p', { class: 'muted' }, 'Choose a figure to read its quote and source.'));
  function showDetail(c) {
    detail.replaceChildren(claimCard(c));
    detail.querySelector('.claim-card').focus();
  }
  const scaleToggle = h('label', { class: 'inline' }, h('input', {
    type: 'checkbox', checked: log, onchange: (ev) => navigate('/spread', { scale: ev.target.checked ? 'log' : null }),
  }), ' Logarithmic scale');

  put(view, 
    h('div', { class: 'view-head' },
      h('h2', {}, 'Who says how many: ', what(filter)),
      h('p', { class: 'muted' }, `Each claimant's latest figure as of ${dateText(e.asOf)}, the spread across claimants and by side.`)),
    e.claimants === 0
      ? h('p', { class: 'empty' }, 'No claimant gives a cumulative figure for this as of that date. Try another category, population or date.')
      : [
        summary([['Claimants', num(e.claimants)], ['Lowest low', num(e.minLow)], ['Median best', num(e.medianBest)], ['Highest high', num(e.maxHigh)]]),
        h('div', { class: 'toolbar' }, scaleToggle,
          h('a', { href: link('/timeline'), class: 'button' }, 'Timeline of these claimants →'),
          h('a', { href: link('/claims'), class: 'button secondary' }, 'All claims'),
          h('a', { href: exportUrl('csv', exportFilter(filter)), class: 'button secondary', download: '', onclick: exportClick }, 'CSV')),
        h('div', { class: 'spread-layout' },
          rangeBars({ groups, median: e.medianBest, log, caption: `Low–best–high per claimant; the dashed line is the median of all claimants' best figures (${num(e.medianBest)}), the dotted one each side's.` }),
          detail),
        sideTable(e),
      ]);
  // navigation start to the first spread on screen: what "first render" means (read by the browser test)
  if (!performance.getEntriesByName(SPREAD_DRAWN).length) performance.mark(SPREAD_DRAWN);
}

const SPREAD_DRAWN = 'claimgraph:spread-drawn';

function exportFilter(f) {
  return { subject: f.subject, category: f.category, population: f.population, to: f.asOf };
}

function sideTable(e) {
  return h('details', { class: 'table-alt' }, h('summary', {}, 'The spread as a table'),
    h('table', {}, h('caption', {}, 'Spread by side'),
      h('thead', {}, h('tr', {}, ['Side', 'Claimants', 'Lowest low', 'Median best', 'Highest high'].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, [{ side: null, ...e }, ...e.bySide].map((s) => h('tr', {},
        h('th', { scope: 'row' }, s.side ? SIDE[s.side] : 'All claimants'), h('td', {}, num(s.claimants)), h('td', {}, num(s.minLow)),
        h('td', {}, num(s.medianBest)), h('td', {}, num(s.maxHigh)))))),
    h('table', {}, h('caption', {}, 'Latest figure per claimant'),
      h('thead', {}, h('tr', {}, ['Claimant', 'Side', 'Figure', 'Stated on'].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, e.latest.map((c) => h('tr', {}, h('th', { scope: 'row' }, claimantLabel(c)),
        h('td', {}, SIDE[c.side]), h('td', {}, figureText(c)), h('td', {}, dateText(c.statedOn)))))));
}

// ---- timeline -----------------------------------------------------------------------------------------------------

const hidden = new Set();

export async function timelineView({ view, filter, params, signal, catalog }) {
  if (needSubject(view, filter, catalog)) return;
  const from = params.get('from') || null;
  const to = params.get('to') || filter.asOf || null;
  const every = params.get('every') || 'DAY';
  const { data, errors } = await gql(`query Timeline($subject: String!, $category: CasualtyCategory!, $population: Population!, $from: Date, $to: Date, $every: TimelineInterval) {
    timeline(subject: $subject, category: $category, population: $population, from: $from, to: $to, every: $every) {
      claimant { id }
      points { date figure low best high qualifier claim { ${CLAIM_FIELDS} } } } }`,
  { subject: filter.subject, category: filter.category, population: filter.population, from, to, every }, { signal });
  showErrors(errors);
  // the series' claimant is asked for its id only, which claims-service knows: its name comes with each point's claim,
  // which may be null when sources-service is down (a non-null series claimant would then take the whole timeline)
  const series = data.timeline.map((s, i) => {
    const named = s.points.find((p) => p.claim.claimant)?.claim.claimant;
    return {
      key: s.claimant.id,
      name: named?.name || `Claimant ${i + 1}, name unavailable`,
      color: PALETTE[i % PALETTE.length],
      points: s.points.map((p) => ({ ...p, ratePer: p.claim.ratePer })),
      claimant: named || s.claimant,
    };
  });
  const detail = h('div', { class: 'detail', 'aria-live': 'polite' }, h('p', { class: 'muted' }, 'Choose a point to read its quote and document.'));
  const chartBox = h('div', { class: 'chart-box' });
  const legend = h('ul', { class: 'legend', 'aria-label': 'Claimants: uncheck to hide a line' });
  const selectPoint = (p) => {
    detail.replaceChildren(claimCard(p.claim));
    detail.querySelector('.claim-card').focus();
  };
  const draw = () => {
    const width = chartBox.clientWidth || view.clientWidth - 32;
    chartBox.replaceChildren(timeChart({
      series: series.filter((s) => !hidden.has(s.key)), width, height: window.innerWidth < 640 ? 280 : 380,
      label: `Figures over time: ${what(filter)}`, onSelect: selectPoint,
    }));
  };
  legend.append(...series.map((s) => h('li', {}, h('label', {},
    h('input', { type: 'checkbox', checked: !hidden.has(s.key), onchange: (ev) => {
      if (ev.target.checked) hidden.delete(s.key); else hidden.add(s.key);
      draw();
    } }),
    h('span', { class: 'swatch', style: { background: s.color }, 'aria-hidden': 'true' }), ' ', s.name, h('span', { class: 'muted' }, ' (', s.points.length, ')')))));

  const rangeForm = h('form', { class: 'inline-form', 'aria-label': 'Time range', onsubmit: (ev) => {
    ev.preventDefault();
    const d = new FormData(ev.target);
    navigate('/timeline', { from: d.get('from'), to: d.get('to'), every: d.get('every') === 'DAY' ? null : d.get('every') });
  } },
  h('div', { class: 'field' }, h('label', { for: 't-from' }, 'From'), h('input', { type: 'date', id: 't-from', name: 'from', value: from || '', max: today() })),
  h('div', { class: 'field' }, h('label', { for: 't-to' }, 'To'), h('input', { type: 'date', id: 't-to', name: 'to', value: params.get('to') || '', max: today() })),
  h('div', { class: 'field' }, h('label', { for: 't-every' }, 'One point per'), h('select', { id: 't-every', name: 'every' },
    ['DAY', 'WEEK', 'MONTH', 'YEAR'].map((v) => h('option', { value: v, selected: v === every }, v.toLowerCase())))),
  h('button', { type: 'submit' }, 'Apply'));

  put(view, 
    h('div', { class: 'view-head' }, h('h2', {}, 'Timeline: ', what(filter)),
      h('p', { class: 'muted' }, 'Each claimant\'s figures at the date they count from (as of, else the publication date).')),
    rangeForm,
    series.length === 0 ? h('p', { class: 'empty' }, 'No claimant gives a cumulative figure for this in that range.') : [
      legend, chartBox, legendKey(),
      h('div', { class: 'detail-row' }, detail,
        h('section', { class: 'sequences', 'aria-label': 'Each claimant\'s figures in order' }, h('h3', {}, 'How each figure changed'),
          h('ul', {}, series.map((s) => h('li', {}, h('a', { href: link('/claimant/' + encodeURIComponent(s.key)) }, s.name), ': ',
            s.points.map((p, i) => [i ? ' → ' : '', h('button', { type: 'button', class: 'linklike', onclick: () => selectPoint(p),
              title: dateText(p.date) }, figureText(p)), h('span', { class: 'muted small' }, ' (', dateText(p.date), ')')])))))),
    ]);
  if (series.length) draw();
}

// ---- claims table -------------------------------------------------------------------------------------------------

const ORDERS = [['STATED_ON_DESC', 'Latest stated first'], ['STATED_ON_ASC', 'Earliest stated first'], ['FIGURE_DESC', 'Largest figure first'],
  ['FIGURE_ASC', 'Smallest figure first'], ['CONFIDENCE_ASC', 'Least sure first'], ['CONFIDENCE_DESC', 'Surest first'], ['RECORDED', 'Order recorded']];
const trail = [];
const SORTABLE = { 'Stated on': 'STATED_ON', Figure: 'FIGURE' };

/** A table of claims: date, claimant, figure, what, quote with the figure marked, document. */
export function claimsTable(nodes, { caption, claimant = true, documentCol = true, orderBy, onSort } = {}) {
  const cell = (label, attrs, ...content) => h('td', { ...attrs, 'data-label': label }, ...content);
  // with onSort, the date and figure headings sort the table (through the API's order): once descending, again ascending
  const heading = (title) => {
    const key = SORTABLE[title];
    if (!key || !onSort) return h('th', { scope: 'col' }, title);
    const sort = orderBy === key + '_DESC' ? 'descending' : orderBy === key + '_ASC' ? 'ascending' : null;
    return h('th', { scope: 'col', 'aria-sort': sort || 'none' }, h('button', { type: 'button', class: 'sort', 'data-sort': key,
      onclick: () => onSort(key + (sort === 'descending' ? '_ASC' : '_DESC')) }, title, h('span', { 'aria-hidden': 'true' }, sort === 'descending' ? ' ▼' : sort === 'ascending' ? ' ▲' : ' ↕')));
  };
  return h('div', { class: 'table-wrap' }, stackedTable({ class: 'claims' },
    caption ? h('caption', {}, caption) : null,
    h('thead', {}, h('tr', {}, ['Stated on', claimant && 'Claimant', 'Figure', 'Whose losses', 'Quote', documentCol && 'Document', 'Status'].filter(Boolean)
      .map(heading))),
    h('tbody', {}, nodes.map((c) => h('tr', { 'data-claim': c.id },
      cell('Stated on', { class: 'nowrap' }, dateText(c.statedOn)),
      claimant ? cell('Claimant', {}, c.claimant ? h('a', { href: link('/claimant/' + encodeURIComponent(c.claimant.id)) }, c.claimant.name) : claimantLabel(c)) : null,
      cell('Figure', { class: 'nowrap fig' }, figureText(c)),
      cell('Whose losses', {}, `${c.subject} · ${POPULATION[c.population]} ${CATEGORY[c.category]}`),
      cell('Quote', { class: 'quote-cell' }, quoteWithFigure(c.quote, c)),
      documentCol ? cell('Document', {}, docLinks(c.document)) : null,
      cell('Status', { class: 'status status-' + (c.status || '').toLowerCase() }, STATUS[c.status] || c.status))))));
}

/**
 * A table that becomes one card per row on a phone (app.css, class "stacked": each cell then shows its
 * data-label). The roles are explicit, as a table laid out as blocks loses them in some browsers.
 */
export function stackedTable(attrs, ...children) {
  const table = h('table', { ...attrs, class: [attrs.class, 'stacked'].filter(Boolean).join(' '), role: 'table' }, ...children);
  for (const row of table.querySelectorAll('tr')) row.setAttribute('role', 'row');
  for (const th of table.querySelectorAll('thead th')) th.setAttribute('role', 'columnheader');
  for (const td of table.querySelectorAll('td')) td.setAttribute('role', 'cell');
  for (const rowGroup of table.querySelectorAll('thead, tbody')) rowGroup.setAttribute('role', 'rowgroup');
  return table;
}

export async function claimsView({ view, filter, params, signal, catalog, moved }) {
  const scoped = params.get('scope') !== 'all';
  const claimsFilter = {
    subject: scoped ? filter.subject || null : null,
    category: scoped ? filter.category : null,
    population: scoped ? filter.population : null,
    search: params.get('search') || null,
    claimantId: params.get('claimantId') || null,
    documentId: params.get('documentId') || null,
    outletId: params.get('outletId') || null,
    from: params.get('from') || null,
    to: params.get('to') || (scoped ? filter.asOf : null) || null,
    status: STATUS[params.get('status')] ? [params.get('status')] : null,
  };
  for (const k of Object.keys(claimsFilter)) if (claimsFilter[k] === null) delete claimsFilter[k];
  const orderBy = params.get('orderBy') || 'STATED_ON_DESC';
  const first = Number(params.get('first')) || 50;
  const after = params.get('after') || null;
  if (moved || !after) trail.length = 0;
  const request = gql(`query Claims($filter: ClaimFilter, $orderBy: ClaimOrder, $first: Int, $after: String) {
    claims(filter: $filter, orderBy: $orderBy, first: $first, after: $after) { nodes { ${CLAIM_FIELDS} } pageInfo { hasNextPage endCursor } } }`,
  { filter: claimsFilter, orderBy, first, after }, { signal });
  await catalog.whenClaimants(); // the claimants for the picker, read in parallel with the page
  const { data, errors } = await request;
  showErrors(errors);
  const page = data.claims;
  const go = (extra) => navigate('/claims', { ...Object.fromEntries(params), ...extra });

  const form = h('form', { class: 'inline-form claims-filter', 'aria-label': 'Filter the claims', onsubmit: (ev) => {
    ev.preventDefault();
    const d = new FormData(ev.target);
    trail.length = 0;
    go({ search: d.get('search').trim(), claimantId: d.get('claimantId'), from: d.get('from'), to: d.get('to'), orderBy: d.get('orderBy'),
      first: d.get('first') === '50' ? null : d.get('first'), scope: d.get('scope') ? null : 'all', status: d.get('status'), after: null });
  } },
  h('div', { class: 'field grow' }, h('label', { for: 'c-search' }, 'Quote contains'),
    h('input', { type: 'search', id: 'c-search', name: 'search', value: params.get('search') || '', placeholder: 'soldiers killed, "General Staff", -wounded' })),
  h('div', { class: 'field' }, h('label', { for: 'c-claimant' }, 'Claimant'), h('select', { id: 'c-claimant', name: 'claimantId' },
    h('option', { value: '' }, 'Anyone'),
    [...catalog.claimants].sort((a, b) => a[1].localeCompare(b[1])).map(([id, name]) => h('option', { value: id, selected: id === params.get('claimantId') }, name)))),
  h('div', { class: 'field' }, h('label', { for: 'c-status' }, 'Status'), h('select', { id: 'c-status', name: 'status' },
    h('option', { value: '' }, 'Any'), Object.entries(STATUS).map(([v, t]) => h('option', { value: v, selected: v === params.get('status') }, t)))),
  h('div', { class: 'field' }, h('label', { for: 'c-from' }, 'Stated from'), h('input', { type: 'date', id: 'c-from', name: 'from', value: params.get('from') || '' })),
  h('div', { class: 'field' }, h('label', { for: 'c-to' }, 'to'), h('input', { type: 'date', id: 'c-to', name: 'to', value: params.get('to') || '' })),
  h('div', { class: 'field' }, h('label', { for: 'c-order' }, 'Sort'), h('select', { id: 'c-order', name: 'orderBy' },
    ORDERS.map(([v, t]) => h('option', { value: v, selected: v === orderBy }, t)))),
  h('div', { class: 'field' }, h('label', { for: 'c-first' }, 'Per page'), h('select', { id: 'c-first', name: 'first' },
    [...new Set([20, 50, 100, 500, first])].sort((a, b) => a - b).map((n) => h('option', { value: n, selected: n === first }, n)))),
  h('label', { class: 'inline' }, h('input', { type: 'checkbox', name: 'scope', value: '1', checked: scoped }), ' Only ', what(filter)),
  h('button', { type: 'submit' }, 'Search'));

  const exportParams = { ...claimsFilter };
  const pager = h('nav', { class: 'pager', 'aria-label': 'Pages' },
    h('button', { type: 'button', disabled: !after, onclick: () => go({ after: trail.pop() || null }) }, '← Previous'),
    h('span', { class: 'muted' }, `Page ${trail.length + 1} · ${page.nodes.length} claim${page.nodes.length === 1 ? '' : 's'}`),
    h('button', { type: 'button', disabled: !page.pageInfo.hasNextPage, onclick: () => {
      trail.push(after);
      go({ after: page.pageInfo.endCursor });
    } }, 'Next →'));
  put(view, 
    h('div', { class: 'view-head' }, h('h2', {}, 'Claims'),
      h('p', { class: 'muted' }, 'Every stored figure with the sentence it was read from. The figure is marked in its quote.')),
    form,
    h('div', { class: 'toolbar' },
      h('span', { class: 'muted' }, 'Export this filter:'),
      h('a', { class: 'button secondary', href: exportUrl('csv', exportParams, orderBy), download: '', onclick: exportClick, 'data-export': 'csv' }, 'CSV'),
      h('a', { class: 'button secondary', href: exportUrl('jsonld', exportParams, orderBy), download: '', onclick: exportClick, 'data-export': 'jsonld' }, 'JSON-LD')),
    page.nodes.length ? claimsTable(page.nodes, { caption: 'Claims matching the filter', orderBy, onSort: (order) => {
      trail.length = 0;
      go({ orderBy: order, after: null });
    } }) : h('p', { class: 'empty' }, 'No claim matches this filter.'),
    pager);
}

// ---- claimant -----------------------------------------------------------------------------------------------------

export async function claimantView({ view, parts, filter, params, signal }) {
  const id = parts[1];
  const { data, errors } = await gql(`query Claimant($id: ID!) {
    source(id: $id) { id name kind affiliation description aliases }
    claims(filter: { claimantId: $id }, orderBy: STATED_ON_ASC, first: 500) { nodes { ${CLAIM_FIELDS} } pageInfo { hasNextPage } } }`, { id }, { signal });
  showErrors(errors);
  const source = data.source;
  const claims = data.claims?.nodes || [];
  const combos = new Map();
  for (const c of claims) {
    if (c.ratePer) continue;
    const key = [c.subject, c.category, c.population].join('|');
    combos.set(key, (combos.get(key) || 0) + 1);
  }
  const wanted = [filter.subject, filter.category, filter.population].join('|');
  const pick = params.get('series') || (combos.has(wanted) ? wanted : [...combos].sort((a, b) => b[1] - a[1])[0]?.[0]);
  const name = source?.name || claims[0]?.claimant?.name || 'Claimant';
  const revisionsBox = h('section', { class: 'revisions', 'aria-label': 'Revisions' });
  put(view, 
    h('div', { class: 'view-head' }, h('h2', {}, name),
      source ? h('p', { class: 'muted' }, [source.kind.toLowerCase().replace(/_/g, ' '), source.affiliation && 'affiliation ' + source.affiliation,
        source.aliases?.length > 1 ? 'also ' + source.aliases.filter((a) => a !== source.name).join(', ') : null].filter(Boolean).join(' · ')) : null,
      source?.description ? h('p', {}, source.description) : null),
    combos.size > 1 ? h('nav', { class: 'chips', 'aria-label': 'Figures this claimant gives' }, [...combos].map(([key, n]) => {
      const [s, cat, pop] = key.split('|');
      return h('a', { href: link('/claimant/' + encodeURIComponent(id), { series: key }), class: 'chip', 'aria-current': key === pick ? 'true' : null },
        `${s} · ${POPULATION[pop]} ${CATEGORY[cat]} (${n})`);
    })) : null,
    revisionsBox,
    h('h3', {}, 'All claims by ', name, ` (${claims.length}${data.claims?.pageInfo.hasNextPage ? '+' : ''})`),
    h('div', { class: 'toolbar' }, h('a', { class: 'button secondary', href: exportUrl('csv', { claimantId: id }), download: '', onclick: exportClick }, 'CSV'),
      h('a', { class: 'button secondary', href: exportUrl('jsonld', { claimantId: id }), download: '', onclick: exportClick }, 'JSON-LD')),
    claims.length ? claimsTable(claims, { claimant: false }) : h('p', { class: 'empty' }, 'No claims.'));
  if (!pick) return;
  const [subject, category, population] = pick.split('|');
  const rev = await gql(`query Revisions($id: ID!, $subject: String!, $category: CasualtyCategory!, $population: Population) {
    revisions(claimantId: $id, subject: $subject, category: $category, population: $population) {
      date figure change claim { ${CLAIM_FIELDS} } document { id title url publishedOn } } }`, { id, subject, category, population }, { signal });
  showErrors(rev.errors);
  const revisions = rev.data.revisions || [];
  const detail = h('div', { class: 'detail', 'aria-live': 'polite' }, h('p', { class: 'muted' }, 'Choose a point or a figure to read its quote and document.'));
  const selectPoint = (p) => {
    detail.replaceChildren(claimCard(p.claim));
    detail.querySelector('.claim-card').focus();
  };
  const chartBox = h('div', { class: 'chart-box' });
  revisionsBox.replaceChildren(h('h3', {}, `How the figure changed: ${subject} · ${POPULATION[population]} ${CATEGORY[category]}`),
    chartBox, legendKey(),
    h('div', { class: 'table-wrap' }, stackedTable({}, h('caption', {}, 'Revisions, oldest first'),
      h('thead', {}, h('tr', {}, ['Date', 'Figure', 'Change', 'Document'].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, revisions.map((r) => h('tr', {}, h('td', { class: 'nowrap', 'data-label': 'Date' }, dateText(r.date)),
        h('td', { class: 'fig', 'data-label': 'Figure' }, h('button', { type: 'button', class: 'linklike', onclick: () => selectPoint(r) }, figureText(r.claim))),
        h('td', { class: r.change > 0 ? 'up' : r.change < 0 ? 'down' : '', 'data-label': 'Change' }, r.change == null ? 'first' : (r.change > 0 ? '+' : '') + num(r.change)),
        h('td', { 'data-label': 'Document' }, docLinks(r.document))))))),
    detail);
  const width = chartBox.clientWidth || view.clientWidth - 32;
  chartBox.replaceChildren(timeChart({
    series: [{ key: id, name, color: PALETTE[0], points: revisions.map((r) => ({ ...r.claim, ...r, qualifier: r.claim.qualifier, low: r.claim.low, high: r.claim.high })) }],
    width, height: window.innerWidth < 640 ? 240 : 300, label: `${name}: revisions`, onSelect: selectPoint,
  }));
}

// ---- document -----------------------------------------------------------------------------------------------------

/** Where each claim's quote is in the text: its span when it holds the quote, else the quote found by search. */
function locate(text, c) {
  if (c.spanStart != null && c.spanEnd != null && c.spanEnd <= text.length) {
    const span = text.slice(c.spanStart, c.spanEnd);
    if (span === c.quote || span.includes(c.quote) || c.quote.includes(span)) return [c.spanStart, c.spanEnd];
  }
  const at = text.indexOf(c.quote);
  return at >= 0 ? [at, at + c.quote.length] : null;
}

export async function documentView({ view, parts, signal }) {
  const id = parts[1];
  const { data, errors } = await gql(`query Doc($id: ID!) {
    document(id: $id) { id title url publishedOn publishedOnPrecision outlet { id name } text }
    claims(filter: { documentId: $id }, first: 500) { nodes { ${CLAIM_FIELDS} appearances { document { id } quote spanStart spanEnd } } } }`, { id }, { signal });
  showErrors(errors);
  const doc = data?.document;
  // a claim another document reported first: its quote and span here are those of this document's appearance
  const claims = (data?.claims?.nodes || []).map((c) => {
    const here = (c.appearances || []).find((a) => a.document?.id === id);
    return here ? { ...c, quote: here.quote, spanStart: here.spanStart, spanEnd: here.spanEnd } : c;
  });
  const title = doc?.title || claims[0]?.document?.title || 'Document';
  const list = h('ol', { class: 'doc-claims' });
  let body;
  if (doc?.text) {
    const spans = claims.map((c) => ({ c, at: locate(doc.text, c) })).filter((x) => x.at).sort((a, b) => a.at[0] - b.at[0]);
    const parts2 = [];
    let pos = 0;
    const placed = new Set();
    for (const { c, at } of spans) {
      if (at[0] < pos) continue; // overlaps the one before (two claims in one sentence): marked once
      parts2.push(doc.text.slice(pos, at[0]));
      const sentence = doc.text.slice(at[0], at[1]);
      const same = spans.filter((x) => x.at[0] === at[0]).map((x) => x.c);
      same.forEach((x) => placed.add(x.id));
      const marks = [];
      let p = 0;
      for (const [s, e] of same.flatMap((x) => figureRanges(sentence, x)).sort((a, b) => a[0] - b[0])) {
        if (s < p) continue;
        marks.push(sentence.slice(p, s), h('mark', { class: 'figure' }, sentence.slice(s, e)));
        p = e;
      }
      marks.push(sentence.slice(p));
      parts2.push(h('mark', { class: 'claim-span', id: 'span-' + c.id, tabindex: -1, title: same.map((x) => claimantLabel(x) + ': ' + figureText(x)).join('; ') }, marks));
      pos = at[1];
    }
    parts2.push(doc.text.slice(pos));
    body = h('div', { class: 'doc-text', 'aria-label': 'Text of the document' }, parts2);
    list.append(...claims.map((c) => h('li', {}, h('button', { type: 'button', class: 'linklike', onclick: () => {
      const mark = document.getElementById('span-' + c.id) || [...document.querySelectorAll('.claim-span')].find((m) => m.title.includes(figureText(c)));
      if (mark) {
        mark.scrollIntoView({ block: 'center', behavior: 'smooth' });
        mark.focus({ preventScroll: true });
        mark.classList.add('flash');
        setTimeout(() => mark.classList.remove('flash'), 1200);
      }
    } }, claimantLabel(c), ': ', figureText(c)), h('span', { class: 'muted' }, ` · ${c.subject} ${POPULATION[c.population]} ${CATEGORY[c.category]}`))));
  } else {
    body = h('div', {}, h('p', { class: 'muted' }, 'The document\'s text is not available; its claims\' quotes:'),
      claims.map((c) => h('blockquote', {}, quoteWithFigure(c.quote, c))));
  }
  put(view, 
    h('div', { class: 'view-head' }, h('h2', {}, title),
      doc ? h('p', { class: 'muted' }, [doc.outlet?.name, doc.publishedOn && dateText(doc.publishedOn, doc.publishedOnPrecision)].filter(Boolean).join(' · '),
        doc.url ? [' · ', h('a', { href: doc.url, rel: 'noopener noreferrer', target: '_blank' }, 'original ↗')] : null) : null),
    h('div', { class: 'doc-layout' }, h('article', { class: 'doc' }, body),
      h('aside', { class: 'doc-side', 'aria-label': 'Claims in this document' }, h('h3', {}, `${claims.length} claim${claims.length === 1 ? '' : 's'}`), list,
        h('p', {}, h('a', { href: link('/claims', { documentId: id, scope: 'all' }) }, 'As a table'), ' · ',
          h('a', { href: exportUrl('csv', { documentId: id }), download: '', onclick: exportClick }, 'CSV')))));
}

export { figureOf };
