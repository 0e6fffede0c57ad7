// Ingest: an article pasted or dropped, its claims previewed by extractClaims, stored by ingestArticle (or, when the
// analyst deselects or edits claims, by createDocument + resolveSources + recordClaim for just the claims kept).
import { gql, token, setToken, RequestError } from './api.js';
import { h, put, num, figureText, quoteWithFigure, CATEGORY, POPULATION, today } from './util.js';
import { link, showErrors, catalog, refreshCatalog } from './app.js';

const PREVIEW = `query Preview($text: String!, $publishedOn: Date) { extractClaims(text: $text, publishedOn: $publishedOn) {
  claimant attribution subject population category low best high qualifier ratePer periodStart periodStartPrecision asOf asOfPrecision
  figure quote spanStart spanEnd confidence } }`;
const STORED = `id subject category population qualifier low best high ratePer statedOn quote claimant { id name } document { id title }`;
const INGEST = `mutation Ingest($title: String!, $url: String, $outletName: String, $publishedOn: Date, $text: String!) {
  ingestArticle(title: $title, url: $url, outletName: $outletName, publishedOn: $publishedOn, text: $text) {
    document { id title } created appeared unchanged claims { ${STORED} } unattributed { figure quote } } }`;

const AUTH_CODES = new Set(['UNAUTHENTICATED', 'FORBIDDEN']);

/** The readable text of an HTML file: its title, and its paragraphs and headings separated by blank lines. */
export function htmlToText(html) {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  doc.querySelectorAll('script, style, noscript, template, nav, footer, header form').forEach((el) => el.remove());
  const blocks = [...doc.body.querySelectorAll('h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, td')]
    .filter((el) => !el.parentElement.closest('p, li, blockquote, pre, td'))
    .map((el) => el.textContent.replace(/\s+/g, ' ').trim()).filter(Boolean);
  const text = blocks.length ? blocks.join('\n\n') : doc.body.textContent.replace(/[ \t]+/g, ' ').replace(/\n\s*\n+/g, '\n\n').trim();
  const title = (doc.querySelector('title')?.textContent || doc.querySelector('h1')?.textContent || '').replace(/\s+/g, ' ').trim();
  return { text, title };
}

function field(id, label, input, hint) {
  return h('div', { class: 'field' }, h('label', { for: id }, label), input, hint ? h('span', { class: 'hint', id: id + '-hint' }, hint) : null);
}

export async function ingestView({ view }) {
  const status = h('div', { class: 'form-status', role: 'status', 'aria-live': 'polite' });
  const preview = h('section', { class: 'preview', 'aria-label': 'Claims found in the text' });
  const result = h('section', { class: 'ingest-result', 'aria-live': 'polite' });
  let previews = [];

  const tokenInput = h('input', { type: 'password', id: 'i-token', name: 'token', autocomplete: 'off', value: token(), 'aria-describedby': 'i-token-hint',
    onchange: (ev) => setToken(ev.target.value) });
  const text = h('textarea', { id: 'i-text', name: 'text', rows: 12, required: true, 'aria-describedby': 'i-text-hint', oninput: () => { previews = []; preview.replaceChildren(); } });
  const title = h('input', { type: 'text', id: 'i-title', name: 'title', required: true, maxlength: 500 });
  const url = h('input', { type: 'url', id: 'i-url', name: 'url', placeholder: 'https://…' });
  const outlet = h('input', { type: 'text', id: 'i-outlet', name: 'outlet', list: 'i-outlets', placeholder: 'Newsweek' });
  const published = h('input', { type: 'date', id: 'i-date', name: 'publishedOn', max: today() });
  const file = h('input', { type: 'file', id: 'i-file', accept: '.txt,.html,.htm,text/plain,text/html', onchange: (ev) => readFile(ev.target.files[0]) });
  const drop = h('div', { class: 'dropzone' }, h('label', { for: 'i-file' }, 'Drop a .txt or .html file here, or choose one'), file);

  async function readFile(f) {
    if (!f) return;
    const raw = await f.text();
    const isHtml = /\.html?$/i.test(f.name) || f.type === 'text/html' || /^\s*<(!doctype|html)/i.test(raw);
    const read = isHtml ? htmlToText(raw) : { text: raw, title: '' };
    text.value = read.text;
    if (!title.value) title.value = read.title || raw.split('\n').map((l) => l.trim()).find(Boolean)?.slice(0, 200) || f.name;
    previews = [];
    preview.replaceChildren();
    status.replaceChildren(`Read ${f.name}${isHtml ? ' (HTML: the text of its paragraphs and headings)' : ''}: ${num(read.text.length)} characters.`);
  }
  for (const type of ['dragenter', 'dragover']) drop.addEventListener(type, (ev) => { ev.preventDefault(); drop.classList.add('over'); });
  for (const type of ['dragleave', 'drop']) drop.addEventListener(type, () => drop.classList.remove('over'));
  drop.addEventListener('drop', (ev) => {
    ev.preventDefault();
    readFile(ev.dataTransfer.files[0]);
  });

  const form = h('form', { class: 'ingest', 'aria-label': 'Ingest an article', novalidate: true, onsubmit: (ev) => ev.preventDefault() },
    h('div', { class: 'grid2' },
      field('i-title', 'Title (required)', title),
      field('i-url', 'URL', url),
      field('i-outlet', 'Outlet', outlet, 'Figures nobody in the text claims are attributed to the outlet.'),
      field('i-date', 'Published on', published, 'Resolves "last month" and dates without a year.')),
    h('datalist', { id: 'i-outlets' }, [...new Set(catalog.claimants.values())].map((n) => h('option', { value: n }))),
    drop,
    field('i-text', 'Text (required)', text, 'Plain text; HTML files are read as text.'),
    h('details', { class: 'token' }, h('summary', {}, 'Editor token ', token() ? '(set for this tab)' : '(when the gateway asks for one)'),
      field('i-token', 'Editor token', tokenInput, 'Sent as "Authorization: Bearer …" with mutations; kept in this tab\'s session storage only.'),
      h('button', { type: 'button', class: 'small secondary', onclick: () => { setToken(''); tokenInput.value = ''; } }, 'Forget the token')),
    h('div', { class: 'toolbar' },
      h('button', { type: 'button', id: 'i-preview', onclick: runPreview }, 'Preview claims'),
      h('button', { type: 'button', id: 'i-store', class: 'primary', onclick: store }, 'Store')),
    status);

  function validate() {
    const problems = [];
    if (!title.value.trim()) problems.push([title, 'A title is needed.']);
    if (!text.value.trim()) problems.push([text, 'Paste the text or drop a file.']);
    for (const el of [title, text]) el.removeAttribute('aria-invalid');
    if (problems.length) {
      for (const [el] of problems) el.setAttribute('aria-invalid', 'true');
      status.replaceChildren(h('p', { class: 'bad' }, problems.map((p) => p[1]).join(' ')));
      problems[0][0].focus();
      return false;
    }
    return true;
  }

  function busy(on, message) {
    for (const b of form.querySelectorAll('button')) b.disabled = on;
    form.setAttribute('aria-busy', on ? 'true' : 'false');
    if (message) status.replaceChildren(h('p', { class: 'loading' }, message));
  }

  function failure(e) {
    const errors = e instanceof RequestError && e.errors.length ? e.errors : [{ message: e.message }];
    const auth = errors.find((x) => AUTH_CODES.has(x.extensions?.code));
    status.replaceChildren(h('div', { class: 'bad', role: 'alert' },
      auth ? h('p', {}, h('strong', {}, auth.extensions.code === 'UNAUTHENTICATED' ? 'Not signed in: ' : 'Not allowed: '),
        auth.message, '. ', auth.extensions.code === 'UNAUTHENTICATED' ? 'Paste an editor token below and store again.' : 'This token may not change data: use an editor token.')
        : null,
      h('ul', {}, errors.filter((x) => x !== auth).map((x) => h('li', {}, x.message, x.extensions?.code ? [' ', h('code', {}, x.extensions.code)] : null,
        x.extensions?.field ? [' on ', h('code', {}, x.extensions.field)] : null)))));
    if (auth) {
      form.querySelector('details.token').open = true;
      tokenInput.focus();
    }
  }

  async function runPreview() {
    if (!validate()) return;
    busy(true, 'Reading the claims…');
    try {
      const { data, errors } = await gql(PREVIEW, { text: text.value, publishedOn: published.value || null }, { auth: true });
      if (errors.length) showErrors(errors);
      previews = data.extractClaims.map((p, i) => ({ ...p, index: i, keep: p.claimant != null || !!outlet.value.trim(), edited: false }));
      renderPreview();
      status.replaceChildren(h('p', {}, `${previews.length} claim${previews.length === 1 ? '' : 's'} found. Uncheck any you do not want stored.`));
    } catch (e) {
      failure(e);
    } finally {
      busy(false);
    }
  }

  function renderPreview() {
    if (!previews.length) {
      preview.replaceChildren(h('h3', {}, 'Preview'), h('p', { class: 'empty' }, 'No figures found in this text.'));
      return;
    }
    preview.replaceChildren(h('h3', {}, 'Preview: ', previews.length, ' claims'),
      h('ul', { class: 'preview-list' }, previews.map((p) => previewItem(p))));
  }

  function previewItem(p) {
    const id = 'p-' + p.index;
    const claimant = p.claimant || (outlet.value.trim() ? outlet.value.trim() + ' (outlet)' : null);
    const edit = h('details', { class: 'edit' }, h('summary', {}, 'Edit'),
      h('div', { class: 'grid3' },
        editField(p, id, 'claimant', 'Claimant', 'text'),
        editField(p, id, 'subject', 'Whose losses', 'text'),
        editSelect(p, id, 'category', 'What', Object.keys(CATEGORY)),
        editSelect(p, id, 'population', 'Who', Object.keys(POPULATION)),
        editField(p, id, 'low', 'Low', 'number'),
        editField(p, id, 'best', 'Best', 'number'),
        editField(p, id, 'high', 'High', 'number')));
    return h('li', { class: 'preview-item' + (p.keep ? '' : ' off') },
      h('div', { class: 'preview-head' },
        h('input', { type: 'checkbox', id, checked: p.keep, disabled: !claimant, onchange: (ev) => {
          p.keep = ev.target.checked;
          ev.target.closest('li').classList.toggle('off', !p.keep);
        } }),
        h('label', { for: id }, h('strong', {}, claimant || 'Nobody named (give an outlet or edit the claimant)'), ': ',
          h('span', { class: 'fig' }, figureText(p)), h('span', { class: 'muted' }, ` · ${p.subject} · ${POPULATION[p.population]} ${CATEGORY[p.category]}`,
            p.asOf ? ' · as of ' + p.asOf : '', ` · confidence ${Math.round(p.confidence * 100)}%`))),
      h('blockquote', {}, quoteWithFigure(p.quote, p)), edit);
  }

  function markEdited(p, input) {
    p.edited = true;
    p.keep = true;
    const li = input.closest('li');
    li.classList.remove('off');
    const box = li.querySelector('input[type=checkbox]');
    box.checked = true;
    box.disabled = false;
  }

  function editField(p, id, key, label, type) {
    return h('div', { class: 'field' }, h('label', { for: id + '-' + key }, label),
      h('input', { type, id: id + '-' + key, value: p[key] ?? '', min: type === 'number' ? 0 : null, onchange: (ev) => {
        p[key] = type === 'number' ? (ev.target.value === '' ? null : Number(ev.target.value)) : ev.target.value.trim() || null;
        if (type === 'number') p.figure = null; // the written figure no longer describes it
        markEdited(p, ev.target);
      } }));
  }

  function editSelect(p, id, key, label, values) {
    return h('div', { class: 'field' }, h('label', { for: id + '-' + key }, label),
      h('select', { id: id + '-' + key, onchange: (ev) => { p[key] = ev.target.value; markEdited(p, ev.target); } },
        values.map((v) => h('option', { value: v, selected: v === p[key] }, v.toLowerCase()))));
  }

  async function store() {
    if (!validate()) return;
    if (!token()) setToken(tokenInput.value);
    const selective = previews.length && previews.some((p) => !p.keep || p.edited);
    busy(true, selective ? 'Storing the document and the claims kept…' : 'Storing the article…');
    try {
      const outcome = selective ? await storeSelected() : await storeAll();
      showResult(outcome);
    } catch (e) {
      failure(e);
    } finally {
      busy(false);
    }
  }

  async function storeAll() {
    const { data, errors } = await gql(INGEST, {
      title: title.value.trim(), url: url.value.trim() || null, outletName: outlet.value.trim() || null,
      publishedOn: published.value || null, text: text.value,
    }, { auth: true });
    if (errors.length) throw new RequestError(errors[0].message, 200, errors);
    const r = data.ingestArticle;
    return { document: r.document, created: r.created, appeared: r.appeared, unchanged: r.unchanged, claims: r.claims, unattributed: r.unattributed, how: 'ingestArticle' };
  }

  async function storeSelected() {
    const kept = previews.filter((p) => p.keep);
    const outletName = outlet.value.trim() || null;
    const names = [...new Set([...kept.map((p) => p.claimant || outletName).filter(Boolean), ...(outletName ? [outletName] : [])])];
    const must = (r) => {
      if (r.errors.length) throw new RequestError(r.errors[0].message, 200, r.errors);
      return r.data;
    };
    const ids = new Map();
    if (names.length) {
      const sources = must(await gql('mutation Resolve($names: [String!]!) { resolveSources(names: $names) { id name } }', { names }, { auth: true })).resolveSources;
      names.forEach((n, i) => ids.set(n, sources[i].id));
    }
    const doc = must(await gql('mutation Doc($input: DocumentInput!) { createDocument(input: $input) { id title } }', { input: {
      title: title.value.trim(), text: text.value, url: url.value.trim() || null, publishedOn: published.value || null,
      outletId: outletName ? ids.get(outletName) : null,
    } }, { auth: true })).createDocument;
    const before = new Set(must(await gql('query Before($id: ID) { claims(filter: { documentId: $id }, first: 500) { nodes { id } } }', { id: doc.id })).claims.nodes.map((c) => c.id));
    const claims = [];
    for (let i = 0; i < kept.length; i += 20) {
      const chunk = kept.slice(i, i + 20);
      const fields = chunk.map((_, j) => `c${j}: recordClaim(input: $c${j}) { ${STORED} }`).join('\n');
      const variables = Object.fromEntries(chunk.map((p, j) => [`c${j}`, claimInput(p, doc.id, ids.get(p.claimant || outletName))]));
      const result = must(await gql(`mutation Record(${chunk.map((_, j) => `$c${j}: ClaimInput!`).join(', ')}) { ${fields} }`, variables, { auth: true }));
      claims.push(...chunk.map((_, j) => result[`c${j}`]));
    }
    const created = claims.filter((c) => !before.has(c.id)).length;
    return { document: doc, created, unchanged: claims.length - created, claims, unattributed: [], how: 'createDocument and recordClaim', skipped: previews.length - kept.length };
  }

  function claimInput(p, documentId, claimantId) {
    const low = p.low ?? null;
    const high = p.high ?? null;
    return {
      documentId, claimantId, subject: p.subject, population: p.population, category: p.category, qualifier: p.qualifier,
      low, best: p.best ?? null, high, ratePer: p.ratePer, asOf: p.asOf, asOfPrecision: p.asOf ? p.asOfPrecision : null,
      periodStart: p.periodStart, periodStartPrecision: p.periodStart ? p.periodStartPrecision : null,
      quote: p.quote, spanStart: p.spanStart, spanEnd: p.spanEnd,
      confidence: p.edited ? 1.0 : p.confidence, extractor: p.edited ? 'manual' : 'rules (selected)',
    };
  }

  function showResult(r) {
    refreshCatalog(); // the subject counts are stale now
    status.replaceChildren(h('p', { class: 'good' }, `Stored through ${r.how}.`));
    put(result,
      h('h3', { tabindex: -1, id: 'ingest-done' }, 'Stored: ', r.document.title),
      h('dl', { class: 'summary' },
        h('div', {}, h('dt', {}, 'Created'), h('dd', { id: 'ingest-created' }, r.created)),
        r.appeared > 0 ? h('div', {}, h('dt', {}, 'Reported before elsewhere'), h('dd', { id: 'ingest-appeared' }, r.appeared)) : null,
        h('div', {}, h('dt', {}, 'Unchanged'), h('dd', { id: 'ingest-unchanged' }, r.unchanged)),
        r.skipped > 0 ? h('div', {}, h('dt', {}, 'Left out'), h('dd', {}, r.skipped)) : null,
        h('div', {}, h('dt', {}, 'Not attributed'), h('dd', {}, r.unattributed.length))),
      r.unchanged > 0 && r.created === 0 && !(r.appeared > 0) ? h('p', { class: 'muted' }, 'This article was stored before: nothing new.') : null,
      h('p', {}, h('a', { href: link('/document/' + encodeURIComponent(r.document.id)), class: 'button' }, 'Open the document'), ' ',
        h('a', { href: link('/claims', { documentId: r.document.id, scope: 'all' }), class: 'button secondary' }, 'Its claims in the table')),
      h('ul', { class: 'stored' }, r.claims.map((c) => h('li', {}, h('strong', {}, c.claimant?.name || 'claimant unavailable'), ': ', figureText(c),
        h('span', { class: 'muted' }, ` · ${c.subject} ${POPULATION[c.population]} ${CATEGORY[c.category]}`)))),
      r.unattributed.length > 0 ? h('div', {}, h('h4', {}, 'Figures nobody claims (not stored; give an outlet to attribute them)'),
        h('ul', {}, r.unattributed.map((u) => h('li', {}, h('strong', {}, u.figure), ': ', u.quote)))) : null);
    result.querySelector('#ingest-done').focus();
  }

  put(view, 
    h('div', { class: 'view-head' }, h('h2', {}, 'Ingest an article'),
      h('p', { class: 'muted' }, 'Preview the claims read from the text, keep the ones you want, then store. Storing the same article again changes nothing.')),
    form, preview, result);
}
