// The dashboard: a hash-routed single page over the public GraphQL API (POST /graphql) and the exports (/export/).
import { gql, firstQuery, RequestError, token, setToken } from './api.js';
import { h, today } from './util.js';
import { spreadView, timelineView, claimsView, claimantView, documentView } from './views.js';

const view = document.getElementById('view');
const errorsBox = document.getElementById('errors');
const filterForm = document.getElementById('filters');
const subjectSelect = document.getElementById('f-subject');
const subjectsNote = document.getElementById('subjects-note');

const COMBO_PAGES = 4; // at most 4 pages of 500 claims are read for the counts per category and population

/**
 * What the API holds, for the pickers: subjects with their claim counts (and, read after the first view, their counts
 * per category and population), claimants. `ready` resolves once the subjects are read, `whenClaimants()` once the
 * claimants are.
 */
export const catalog = {
  subjects: [], claimants: new Map(), complete: true, ready: null, claimantsReady: null, failure: null, combosRead: false,
  /** The claimants, read once on first need (the claims picker, the review queue). */
  whenClaimants() {
    if (!this.claimantsReady) this.claimantsReady = loadClaimants().catch(() => {});
    return this.claimantsReady;
  },
};

/** Claimant names for the pickers: the claimants of the latest 500 claims, through sources-service. */
async function loadClaimants() {
  const { data } = await gql(`query Claimants { claims(first: 500, orderBy: STATED_ON_DESC) { nodes { claimant { id name } } } }`);
  for (const c of data.claims.nodes) if (c.claimant) catalog.claimants.set(c.claimant.id, c.claimant.name);
}

/** The subjects with their claim counts, most claimed first: one small query, all the first view waits for. */
async function loadSubjects() {
  try {
    const { data, errors } = await gql(firstQuery());
    catalog.subjects = data.subjects.map((s) => ({ name: s.name, count: s.claims, combos: new Map() }));
    catalog.failure = null;
    catalog.combosRead = false;
    if (errors.length) showErrors(errors);
  } catch (e) {
    // kept for the views: no subjects because they could not be read is not "no claims yet"
    catalog.failure = e;
    throw e;
  }
}

/** Counts per category and population, from the claims themselves, newest first; read once the first view is up. */
async function loadCombos() {
  const bySubject = new Map();
  let after = null;
  let pages = 0;
  do {
    const { data } = await gql(`query SubjectCounts($after: String) { claims(first: 500, after: $after, orderBy: STATED_ON_DESC) {
        nodes { subject category population ratePer } pageInfo { hasNextPage endCursor } } }`, { after });
    for (const c of data.claims.nodes) {
      if (c.ratePer) continue;
      const key = c.subject.toLowerCase();
      if (!bySubject.has(key)) bySubject.set(key, new Map());
      const combos = bySubject.get(key);
      const combo = c.category + '|' + c.population;
      combos.set(combo, (combos.get(combo) || 0) + 1);
    }
    after = data.claims.pageInfo.hasNextPage ? data.claims.pageInfo.endCursor : null;
    pages++;
  } while (after && pages < COMBO_PAGES);
  catalog.complete = !after;
  for (const s of catalog.subjects) s.combos = bySubject.get(s.name.toLowerCase()) || new Map();
  catalog.combosRead = true;
  fillSubjects(subjectSelect.value);
  fillCategoryCounts();
}

/** Reads the subjects, their counts and the claimants again (after an ingestion or a review). */
export function refreshCatalog() {
  catalog.claimants = new Map();
  catalog.claimantsReady = null;
  catalog.ready = loadSubjects().then(() => fillSubjects(subjectSelect.value)).then(loadCombos).catch((e) => showFailure(e));
  return catalog.ready;
}

// ---- errors -------------------------------------------------------------------------------------------------------

const AUTH_HELP = {
  UNAUTHENTICATED: 'Paste an editor token in the form (it is kept for this browser tab only).',
  FORBIDDEN: 'The token is valid but may not change data: an editor token is needed.',
  SUBGRAPH_UNAVAILABLE: 'Part of the data is missing; what the other services answered is shown.',
};

/** Shows the gateway's errors (message, code, subgraph) above the view; the view shows whatever data came. */
const shown = new Set(); // errors already on screen since the last navigation

export function showErrors(errors, title = 'The gateway reported a problem') {
  const seen = shown;
  const items = [];
  for (const e of errors) {
    const code = e.extensions?.code;
    const key = e.message + code;
    if (seen.has(key)) continue;
    seen.add(key);
    const subgraph = e.extensions?.subgraph;
    items.push(h('li', {}, e.message, ' ', code ? h('code', {}, code) : null,
      subgraph ? h('span', { class: 'muted' }, ' (', subgraph, ')') : null,
      AUTH_HELP[code] ? h('span', { class: 'help' }, ' ', AUTH_HELP[code]) : null));
  }
  if (!items.length) return;
  const needsToken = errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED' || e.extensions?.code === 'FORBIDDEN');
  const tokenForm = needsToken ? h('form', { class: 'inline-form', onsubmit: (ev) => {
    ev.preventDefault();
    setToken(new FormData(ev.target).get('token'));
    refreshCatalog().then(render);
  } }, h('div', { class: 'field grow' }, h('label', { for: 'err-token' }, 'Token'),
    h('input', { type: 'password', id: 'err-token', name: 'token', autocomplete: 'off', value: token() })),
  h('button', { type: 'submit' }, 'Use this token')) : null;
  errorsBox.append(h('div', { class: 'error-box' }, h('strong', {}, title), h('ul', {}, items), tokenForm,
    h('button', { type: 'button', class: 'small', onclick: (ev) => ev.target.closest('.error-box').remove() }, 'Dismiss')));
}

export function showFailure(e) {
  if (e.name === 'AbortError') return;
  const errors = e instanceof RequestError && e.errors.length ? e.errors : [{ message: e.message }];
  showErrors(errors, 'The request failed');
}

export function clearErrors() {
  shown.clear();
  errorsBox.replaceChildren();
}

// ---- routing and filters --------------------------------------------------------------------------------------------

export function route() {
  const hash = location.hash.replace(/^#/, '') || '/spread';
  const [path, query = ''] = hash.split('?');
  return { parts: path.split('/').filter(Boolean).map(decodeURIComponent), params: new URLSearchParams(query) };
}

/** The filter the bar shows: subject, category, population, as of. */
export function currentFilter() {
  const data = new FormData(filterForm);
  return {
    subject: data.get('subject') || '',
    category: data.get('category') || 'KILLED',
    population: data.get('population') || 'MILITARY',
    asOf: data.get('asOf') || '',
  };
}

/** A link to a view with the filter bar's values (and extra parameters) kept in the URL. */
export function link(path, extra = {}) {
  const params = new URLSearchParams();
  const f = currentFilter();
  for (const key of ['subject', 'category', 'population', 'asOf']) if (f[key]) params.set(key, f[key]);
  for (const [key, value] of Object.entries(extra)) {
    if (value === null || value === undefined || value === '') params.delete(key);
    else params.set(key, value);
  }
  return '#' + path + (params.toString() ? '?' + params : '');
}

export function navigate(path, extra) {
  location.hash = link(path, extra);
}

function fillSubjects(selected) {
  const f = currentFilter();
  const options = catalog.subjects.map((s) => {
    const n = s.combos.get(f.category + '|' + f.population) || 0;
    const text = `${s.name} (${s.count ?? ''}${s.count != null ? ' claims' : ''}${s.combos.size ? ', ' + n + ' ' + f.category.toLowerCase() + ' ' + f.population.toLowerCase() : ''})`;
    return h('option', { value: s.name }, text);
  });
  if (!options.length) options.push(h('option', { value: '' }, catalog.failure ? 'Subjects unavailable' : 'No claims yet: ingest an article'));
  subjectSelect.replaceChildren(...options);
  if (selected && !catalog.subjects.some((s) => s.name.toLowerCase() === selected.toLowerCase())) {
    subjectSelect.append(h('option', { value: selected }, selected));
  }
  const match = catalog.subjects.find((s) => s.name.toLowerCase() === (selected || '').toLowerCase());
  subjectSelect.value = match ? match.name : selected || catalog.subjects[0]?.name || '';
  subjectsNote.textContent = catalog.complete ? '' : 'Counts per category and population are from the latest 2,000 claims.';
}

function fillCategoryCounts() {
  const f = currentFilter();
  // no counts until they are read: "(0)" while loading would say there is nothing
  const s = catalog.combosRead ? catalog.subjects.find((x) => x.name === f.subject) : null;
  for (const option of document.getElementById('f-category').options) {
    const n = s ? [...s.combos].filter(([k]) => k.startsWith(option.value + '|')).reduce((a, [, v]) => a + v, 0) : null;
    option.textContent = option.textContent.replace(/ \(\d+\)$/, '') + (n != null ? ` (${n})` : '');
  }
  for (const option of document.getElementById('f-population').options) {
    const n = s ? s.combos.get(f.category + '|' + option.value) || 0 : null;
    option.textContent = option.textContent.replace(/ \(\d+\)$/, '') + (n != null ? ` (${n})` : '');
  }
}

function syncFilterBar(params) {
  for (const key of ['category', 'population']) {
    const el = filterForm.elements[key];
    if (params.get(key)) el.value = params.get(key);
  }
  filterForm.elements.asOf.value = params.get('asOf') || '';
  filterForm.elements.asOf.max = today();
  fillSubjects(params.get('subject') || subjectSelect.value);
  fillCategoryCounts();
}

filterForm.addEventListener('change', () => {
  fillCategoryCounts();
  fillSubjects(subjectSelect.value);
  const { parts, params } = route();
  const path = '/' + (FILTERED.has(parts[0]) ? parts.join('/') : 'spread');
  const keep = {};
  for (const [key, value] of params) if (!['subject', 'category', 'population', 'asOf', 'after', 'page', 'series'].includes(key)) keep[key] = value;
  navigate(path, keep);
});
filterForm.addEventListener('submit', (e) => e.preventDefault());

const FILTERED = new Set(['spread', 'timeline', 'claims', 'claimant']);
// views not needed for the first render are loaded when first opened
const later = (module, name) => async (context) => (await import(module))[name](context);
const VIEWS = {
  spread: spreadView, timeline: timelineView, claims: claimsView, claimant: claimantView, document: documentView,
  ingest: later('./ingest.js', 'ingestView'), review: later('./review.js', 'reviewView'),
};

let current = null;
let lastPath = null;

async function render() {
  const { parts, params } = route();
  const name = VIEWS[parts[0]] ? parts[0] : 'spread';
  syncFilterBar(params);
  filterForm.hidden = !FILTERED.has(name);
  for (const a of document.querySelectorAll('[data-nav]')) {
    if (a.dataset.nav === name) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
  for (const a of document.querySelectorAll('[data-keep-filter]')) a.href = link('/' + a.getAttribute('href').replace(/^#\/?/, '').split('?')[0]);
  if (current) current.abort();
  current = new AbortController();
  const pathKey = parts.join('/');
  const moved = pathKey !== lastPath;
  lastPath = pathKey;
  clearErrors();
  view.setAttribute('aria-busy', 'true');
  if (moved) view.replaceChildren(h('p', { class: 'loading' }, 'Loading…'));
  try {
    await VIEWS[name]({ view, parts, params, filter: currentFilter(), signal: current.signal, catalog, moved });
  } catch (e) {
    if (e.name !== 'AbortError') {
      showFailure(e);
      if (view.querySelector('.loading')) view.replaceChildren(h('p', { class: 'empty' }, 'Nothing to show: the request failed (see above).'));
    }
  } finally {
    view.setAttribute('aria-busy', 'false');
  }
  document.title = (view.querySelector('h2')?.textContent || 'Dashboard') + ' · claimgraph';
  if (moved && document.activeElement && document.activeElement !== document.body && !view.contains(document.activeElement) && !filterForm.contains(document.activeElement)) {
    view.focus({ preventScroll: true });
  }
}

async function start() {
  catalog.ready = loadSubjects().catch((e) => showFailure(e));
  const { parts, params } = route();
  // the default subject is the one with most claims; a view that names its subject starts at once
  if (!params.get('subject') && (!parts[0] || FILTERED.has(parts[0]))) await catalog.ready;
  else catalog.ready.then(() => syncFilterBar(route().params));
  window.addEventListener('hashchange', render);
  await render();
  document.documentElement.dataset.ready = 'true';
  // what the pickers show beyond the subjects, once the first view is on screen
  catalog.ready = catalog.ready.then(loadCombos).catch((e) => showFailure(e));
  catalog.whenClaimants();
}

// the link of the view already open starts it afresh (no hashchange then)
document.querySelector('.top nav').addEventListener('click', (event) => {
  const a = event.target.closest('a[href^="#"]');
  if (a && a.getAttribute('href') === location.hash) {
    lastPath = null;
    render();
  }
});

window.addEventListener('unhandledrejection', (event) => {
  if (event.reason && event.reason.name !== 'AbortError') showFailure(event.reason);
});

let width = window.innerWidth;
window.addEventListener('resize', () => {
  clearTimeout(window.__resizeTimer);
  window.__resizeTimer = setTimeout(() => {
    if (Math.abs(window.innerWidth - width) > 40) {
      width = window.innerWidth;
      render();
    }
  }, 250);
});

start();
