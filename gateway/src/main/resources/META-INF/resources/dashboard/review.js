// The review queue: claims by review status (unreviewed by default), least sure first, each confirmed, corrected,
// rejected or retracted through reviewClaim, correctClaim and retractClaim with the version it was read at, so that a
// change someone made meanwhile is refused (CONFLICT) instead of overwritten.
import { gql, token, setToken, RequestError } from './api.js';
import { h, put, num, figureText, dateText, quoteWithFigure, CATEGORY, POPULATION, STATUS } from './util.js';
import { showErrors, showFailure, catalog } from './app.js';
import { docLinks } from './views.js';
import { correctionFields, correctionInput, controlOf } from './correction.js';

const REVIEW_FIELDS = `id status version subject category population qualifier low best high ratePer asOf asOfPrecision
  periodStart periodStartPrecision scope subgroup statedOn quote confidence extractor
  claimant { id name affiliation } document { id title url publishedOn publishedOnPrecision outlet { id name } }`;
const SHOWN = 25;
// the API orders and pages the queue, and counts it
const QUEUE = `query ReviewQueue($filter: ClaimFilter, $orderBy: ClaimOrder, $first: Int, $after: String) {
  claims(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    totalCount nodes { ${REVIEW_FIELDS} } pageInfo { hasNextPage endCursor } } }`;
const RELOAD = `query ReviewedClaim($id: ID!) { claim(id: $id) { ${REVIEW_FIELDS} } }`;
const REVIEW = `mutation ReviewClaim($id: ID!, $status: ClaimStatus!, $note: String, $version: Int) {
  reviewClaim(id: $id, status: $status, note: $note, version: $version) { ${REVIEW_FIELDS} } }`;
const CORRECT = `mutation CorrectClaim($id: ID!, $input: ClaimCorrection!, $reason: String, $version: Int) {
  correctClaim(id: $id, input: $input, reason: $reason, version: $version) { ${REVIEW_FIELDS} } }`;
const RETRACT = `mutation RetractClaim($id: ID!, $reason: String!, $version: Int) {
  retractClaim(id: $id, reason: $reason, version: $version) { ${REVIEW_FIELDS} } }`;

const STATUSES = Object.entries(STATUS);
const STATUS_TEXT = STATUS;
// the claims query's orders offered here (ties broken by id)
const ORDERS = { CONFIDENCE_ASC: 'Least sure first', CONFIDENCE_DESC: 'Surest first', STATED_ON_DESC: 'Latest stated first' };
// the note each action asks for: label, hint, button
const REASONS = {
  reject: ['Why it is not a claim (required)', 'A misread, a figure that is not about losses, a duplicate…', 'Reject'],
  retract: ['Why it is retracted (required)', 'Withdrawn by the claimant or the document, recorded by mistake…', 'Retract'],
  restore: ['Why it is a claim after all (required)', 'Bringing back a rejected or retracted claim says why.', 'Confirm'],
};
const AUTH_CODES = new Set(['UNAUTHENTICATED', 'FORBIDDEN']);

/** The editor token for this tab: pasted, used, forgotten; says plainly whether writes can be sent. */
function tokenPanel() {
  const input = h('input', { type: 'password', id: 'r-token', name: 'token', autocomplete: 'off', value: token(), 'aria-describedby': 'r-token-state' });
  const state = h('p', { id: 'r-token-state', class: 'token-state', role: 'status' });
  const refresh = () => {
    const set = !!token();
    state.className = 'token-state ' + (set ? 'good' : 'bad');
    state.textContent = set
      ? 'An editor token is set for this tab: confirming, correcting, rejecting and retracting are sent with it.'
      : 'No editor token is set: you can read the queue, but confirming, correcting, rejecting and retracting will be refused until you paste one.';
  };
  const form = h('form', { class: 'inline-form token-form', 'aria-label': 'Editor token', onsubmit: (ev) => {
    ev.preventDefault();
    setToken(input.value);
    refresh();
  } },
  h('div', { class: 'field grow' }, h('label', { for: 'r-token' }, 'Editor token'), input,
    h('span', { class: 'hint' }, 'Sent as "Authorization: Bearer …"; kept in this tab\'s session storage only.')),
  h('button', { type: 'submit' }, 'Use this token'),
  h('button', { type: 'button', class: 'secondary', onclick: () => {
    setToken('');
    input.value = '';
    refresh();
  } }, 'Forget it'));
  refresh();
  return { element: h('section', { class: 'token-panel', 'aria-label': 'Editor token' }, form, state), focus: () => input.focus(), refresh };
}

function queueForm(params) {
  const go = (ev) => {
    ev.preventDefault();
    const d = new FormData(ev.target.form || ev.target);
    const query = new URLSearchParams();
    for (const key of ['status', 'subject', 'order']) if (d.get(key)) query.set(key, d.get(key));
    location.hash = '#/review?' + query;
  };
  return h('form', { class: 'inline-form', 'aria-label': 'Which claims to review', onsubmit: go },
    h('div', { class: 'field' }, h('label', { for: 'r-status' }, 'Status'), h('select', { id: 'r-status', name: 'status' },
      STATUSES.map(([v, t]) => h('option', { value: v, selected: v === (params.get('status') || 'UNREVIEWED') }, t)))),
    h('div', { class: 'field' }, h('label', { for: 'r-subject' }, 'Whose losses'), h('select', { id: 'r-subject', name: 'subject' },
      h('option', { value: '' }, 'Any'),
      catalog.subjects.map((s) => h('option', { value: s.name, selected: s.name === params.get('subject') }, s.name)))),
    h('div', { class: 'field' }, h('label', { for: 'r-order' }, 'Order'), h('select', { id: 'r-order', name: 'order' },
      Object.entries(ORDERS).map(([v, t]) => h('option', { value: v, selected: v === (params.get('order') || 'CONFIDENCE_ASC') }, t)))),
    h('button', { type: 'submit' }, 'Show'));
}

export async function reviewView({ view, params, signal }) {
  const status = STATUS[params.get('status')] ? params.get('status') : 'UNREVIEWED';
  const order = ORDERS[params.get('order')] ? params.get('order') : 'CONFIDENCE_ASC';
  const filter = { status: [status] };
  if (params.get('subject')) filter.subject = params.get('subject');
  const first = Math.min(100, Math.max(1, Number(params.get('first')) || SHOWN)); // claims a page
  const readPage = (after) => gql(QUEUE, { filter, orderBy: order, first, after }, { signal });
  const [opening] = await Promise.all([readPage(null), catalog.ready, catalog.whenClaimants()]);
  showErrors(opening.errors);
  let page = opening.data.claims;
  const total = page.totalCount;
  const panel = tokenPanel();
  const list = h('ol', { class: 'review-list', 'aria-label': 'Claims to review' });
  const counter = h('p', { class: 'muted', role: 'status' });
  const done = new Set();
  const count = () => {
    const open = total - done.size;
    counter.textContent = `${num(open)} ${STATUS_TEXT[status].toLowerCase()} claim${open === 1 ? '' : 's'}`
      + (done.size ? `; ${done.size} reviewed here` : '') + '.';
  };
  const context = { panel, onChanged: (claim) => {
    if (claim.status === status) done.delete(claim.id); else done.add(claim.id);
    count();
  } };
  let shown = 0;
  const more = h('button', { type: 'button', class: 'secondary', onclick: () => showMore() }, `Show ${first} more`);
  function append(claims) {
    list.append(...claims.map((c, i) => h('li', {}, reviewCard(c, shown + i, context))));
    shown += claims.length;
    more.hidden = !page.pageInfo.hasNextPage;
  }
  // the next page after the last one shown: a keyset cursor, so claims reviewed meanwhile neither shift nor repeat it
  async function showMore() {
    more.disabled = true;
    try {
      const next = await readPage(page.pageInfo.endCursor);
      showErrors(next.errors);
      page = next.data.claims;
      append(page.nodes);
    } catch (e) {
      showFailure(e);
    } finally {
      more.disabled = false;
    }
  }
  count();
  append(page.nodes);
  put(view,
    h('div', { class: 'view-head' }, h('h2', {}, 'Review queue'),
      h('p', { class: 'muted' }, 'Check each claim against its quote and document: confirm it, correct what was read wrong, reject what is not a claim, ',
        'or retract what its claimant or document took back. Each change is kept in the claim\'s history with your name.')),
    panel.element,
    queueForm(params),
    counter,
    page.nodes.length ? [list, more] : h('p', { class: 'empty' }, 'Nothing to review here.'));
}

/** One claim with its actions; re-drawn in place after each change (or a reload after a conflict). */
function reviewCard(initial, index, context) {
  let claim = initial;
  const prefix = 'r' + index;
  const card = h('article', { class: 'review-card', 'data-claim': claim.id, 'aria-labelledby': prefix + '-title' });
  const outcome = h('div', { class: 'outcome', role: 'status', 'aria-live': 'polite' });
  const panelBox = h('div', { class: 'action-panel' });

  function draw(message) {
    card.dataset.status = claim.status;
    card.dataset.confidence = String(claim.confidence);
    const withdrawn = claim.status === 'RETRACTED';
    const described = prefix + '-title'; // each button says which claim it acts on
    put(card,
      h('header', { class: 'review-head' },
        h('h3', { id: prefix + '-title' }, claim.claimant ? claim.claimant.name : 'claimant unavailable', ': ', h('span', { class: 'fig' }, figureText(claim))),
        h('span', { class: 'badge status-' + claim.status.toLowerCase() }, STATUS_TEXT[claim.status]),
        h('span', { class: 'badge confidence', title: 'How sure the extractor was that it read the claim right' },
          'confidence ', Math.round(claim.confidence * 100), '%')),
      h('p', { class: 'muted' }, [`${claim.subject} · ${POPULATION[claim.population]} ${CATEGORY[claim.category]}`, `stated on ${dateText(claim.statedOn)}`,
        claim.asOf ? `as of ${dateText(claim.asOf, claim.asOfPrecision)}` : null, claim.scope ? `limited to ${claim.scope}` : null,
        claim.subgroup ? `of ${claim.subgroup}` : null, `version ${claim.version}`, `read by ${claim.extractor}`].filter(Boolean).join(' · ')),
      h('blockquote', {}, quoteWithFigure(claim.quote, claim)),
      h('p', {}, 'In ', docLinks(claim.document)),
      h('div', { class: 'toolbar', role: 'group', 'aria-label': 'Review this claim' },
        h('button', { type: 'button', 'aria-describedby': described, disabled: claim.status === 'CONFIRMED', onclick: confirm }, 'Confirm'),
        h('button', { type: 'button', 'aria-describedby': described, class: 'secondary', disabled: withdrawn, 'aria-expanded': 'false', 'data-action': 'correct', onclick: () => open('correct') }, 'Correct…'),
        h('button', { type: 'button', 'aria-describedby': described, class: 'secondary', disabled: claim.status === 'REJECTED', 'aria-expanded': 'false', 'data-action': 'reject', onclick: () => open('reject') }, 'Reject…'),
        h('button', { type: 'button', 'aria-describedby': described, class: 'secondary', disabled: withdrawn, 'aria-expanded': 'false', 'data-action': 'retract', onclick: () => open('retract') }, 'Retract…')),
      panelBox,
      outcome);
    panelBox.replaceChildren();
    if (message) outcome.replaceChildren(message);
  }

  function open(action) {
    for (const b of card.querySelectorAll('[data-action]')) b.setAttribute('aria-expanded', String(b.dataset.action === action));
    const cancel = h('button', { type: 'button', class: 'secondary', onclick: () => {
      panelBox.replaceChildren();
      card.querySelector(`[data-action="${action}"]`).focus();
    } }, 'Cancel');
    let form;
    if (action === 'correct') {
      form = h('form', { class: 'correction', 'aria-label': 'Correct this claim', onsubmit: (ev) => {
        ev.preventDefault();
        const change = correctionInput(claim, form);
        if (!change) {
          outcome.replaceChildren(h('p', { class: 'bad' }, 'Nothing changed: edit a field first.'));
          return;
        }
        send(CORRECT, { id: claim.id, input: change.input, reason: change.reason, version: claim.version }, 'correctClaim', form);
      } },
      correctionFields(claim, prefix, { claimants: [...catalog.claimants], subjects: catalog.subjects.map((s) => s.name) }),
      h('div', { class: 'toolbar' }, h('button', { type: 'submit' }, 'Save the correction'), cancel));
    } else {
      const [label, hint, submit] = REASONS[action];
      const why = h('input', { type: 'text', id: prefix + '-why', name: 'why', required: true, maxlength: 2000, class: 'wide' });
      form = h('form', { class: 'inline-form', 'aria-label': submit + ' this claim', onsubmit: (ev) => {
        ev.preventDefault();
        const reason = why.value.trim();
        if (action === 'retract') send(RETRACT, { id: claim.id, reason, version: claim.version }, 'retractClaim', form);
        else send(REVIEW, { id: claim.id, status: action === 'reject' ? 'REJECTED' : 'CONFIRMED', note: reason, version: claim.version }, 'reviewClaim', form);
      } },
      h('div', { class: 'field grow' }, h('label', { for: prefix + '-why' }, label), why, h('span', { class: 'hint' }, hint)),
      h('button', { type: 'submit' }, submit), cancel);
    }
    panelBox.replaceChildren(form);
    form.querySelector('input, select').focus();
  }

  function confirm() {
    // bringing back a rejected or retracted claim needs a note saying why
    if (claim.status === 'REJECTED' || claim.status === 'RETRACTED') open('restore');
    else send(REVIEW, { id: claim.id, status: 'CONFIRMED', version: claim.version }, 'reviewClaim', null);
  }

  async function send(mutation, variables, field, form) {
    card.setAttribute('aria-busy', 'true');
    for (const b of card.querySelectorAll('button')) b.disabled = true;
    outcome.replaceChildren(h('p', { class: 'loading' }, 'Sending…'));
    try {
      const { data, errors } = await gql(mutation, variables);
      if (errors.length) showErrors(errors);
      claim = data[field];
      context.onChanged(claim);
      draw(h('p', { class: 'good' }, `${STATUS_TEXT[claim.status]} (version ${claim.version}). `,
        h('a', { href: `#/claims?scope=all&documentId=${encodeURIComponent(claim.document?.id || '')}` }, 'See it in the claims table')));
      card.querySelector('.outcome a')?.focus();
    } catch (e) {
      if (e.name === 'AbortError') return;
      for (const b of card.querySelectorAll('button')) b.disabled = false;
      refused(e, form);
    } finally {
      card.setAttribute('aria-busy', 'false');
    }
  }

  function refused(e, form) {
    const errors = e instanceof RequestError && e.errors.length ? e.errors : [{ message: e.message }];
    const auth = errors.find((x) => AUTH_CODES.has(x.extensions?.code));
    const conflict = errors.find((x) => x.extensions?.code === 'CONFLICT' && x.extensions?.field === 'version');
    if (auth) {
      const missing = !token();
      outcome.replaceChildren(h('div', { class: 'bad', role: 'alert' }, h('p', {}, h('strong', {}, 'Refused: '),
        missing ? 'no editor token is set, and changing a claim needs one. ' : 'this token may not change claims (' + auth.message + '). ',
        'Paste an editor token above, then try again.'),
      h('button', { type: 'button', class: 'small', onclick: () => context.panel.focus() }, 'Go to the token field')));
      return;
    }
    if (conflict) {
      outcome.replaceChildren(h('div', { class: 'bad', role: 'alert' }, h('p', {}, h('strong', {}, 'Someone else changed this claim '),
        'since it was loaded, so nothing was written (', conflict.message, '). Reload it, check it again and redo your change.'),
      h('button', { type: 'button', class: 'small', onclick: reload }, 'Reload this claim')));
      return;
    }
    for (const el of form ? form.querySelectorAll('[aria-invalid]') : []) el.removeAttribute('aria-invalid');
    const invalid = form ? errors.map((x) => controlOf(form, x.extensions?.field)).filter(Boolean) : [];
    for (const el of invalid) el.setAttribute('aria-invalid', 'true');
    outcome.replaceChildren(h('div', { class: 'bad', role: 'alert' }, h('p', {}, h('strong', {}, 'Not saved: ')),
      h('ul', {}, errors.map((x) => h('li', {}, x.message, x.extensions?.code ? [' ', h('code', {}, x.extensions.code)] : null)))));
    invalid[0]?.focus();
  }

  async function reload() {
    outcome.replaceChildren(h('p', { class: 'loading' }, 'Reloading…'));
    try {
      const { data, errors } = await gql(RELOAD, { id: claim.id });
      if (errors.length) showErrors(errors);
      claim = data.claim;
      context.onChanged(claim);
      draw(h('p', {}, `Reloaded: now ${STATUS_TEXT[claim.status].toLowerCase()}, version ${claim.version}. Check it and review it again.`));
      card.querySelector('.toolbar button:not([disabled])')?.focus();
    } catch (e) {
      refused(e, null);
    }
  }

  draw();
  return card;
}
