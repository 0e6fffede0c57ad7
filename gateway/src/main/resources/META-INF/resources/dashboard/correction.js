// The correction form of a claim under review: its fields as stored, and the ClaimCorrection of what was changed.
import { h, CATEGORY, POPULATION } from './util.js';

const QUALIFIERS = [['EXACT', 'exactly'], ['APPROXIMATELY', 'about'], ['AT_LEAST', 'over (a lower bound)'], ['AT_MOST', 'up to (an upper bound)'],
  ['RANGE', 'between (low and high)']];
const RATES = [['', 'a cumulative total'], ['DAY', 'per day'], ['WEEK', 'per week'], ['MONTH', 'per month']];
const PRECISIONS = [['DAY', 'day'], ['MONTH', 'month'], ['YEAR', 'year']];
const FIGURES = ['qualifier', 'low', 'best', 'high'];

function options(pairs, selected) {
  return pairs.map(([value, text]) => h('option', { value, selected: value === (selected ?? '') }, text));
}

function field(id, label, control, hint) {
  return h('div', { class: 'field' }, h('label', { for: id }, label), control, hint ? h('span', { class: 'hint' }, hint) : null);
}

/**
 * The form's fields, filled with the claim's values. ids start with `prefix`; claimants are [id, name] pairs and
 * subjects names, offered beside the claim's own.
 */
export function correctionFields(claim, prefix, { claimants, subjects }) {
  const id = (name) => `${prefix}-${name}`;
  const input = (name, attrs) => h('input', { id: id(name), name, ...attrs });
  const number = (name) => input(name, { type: 'number', min: 0, step: 1, inputmode: 'numeric', value: claim[name] ?? '' });
  const select = (name, pairs, selected) => h('select', { id: id(name), name }, options(pairs, selected));
  const known = new Map(claimants);
  if (claim.claimant) known.set(claim.claimant.id, claim.claimant.name);
  const claimantPairs = [...known].sort((a, b) => a[1].localeCompare(b[1]));
  return h('div', { class: 'correction-fields' },
    h('fieldset', {}, h('legend', {}, 'Who and whose losses'),
      h('div', { class: 'grid3' },
        field(id('claimantId'), 'Claimant', select('claimantId', claimantPairs, claim.claimant?.id)),
        field(id('subject'), 'Whose losses (side counted)', input('subject', { type: 'text', value: claim.subject, required: true, list: id('subjects') })),
        h('datalist', { id: id('subjects') }, subjects.map((s) => h('option', { value: s }))),
        field(id('category'), 'What is counted', select('category', Object.entries(CATEGORY), claim.category)),
        field(id('population'), 'Who', select('population', Object.entries(POPULATION), claim.population)))),
    h('fieldset', {}, h('legend', {}, 'The figure'),
      h('div', { class: 'grid3' },
        field(id('qualifier'), 'Stated as', select('qualifier', QUALIFIERS, claim.qualifier)),
        field(id('low'), 'Low', number('low')),
        field(id('best'), 'Best', number('best')),
        field(id('high'), 'High', number('high')),
        field(id('ratePer'), 'Total or rate', select('ratePer', RATES, claim.ratePer)))),
    h('fieldset', {}, h('legend', {}, 'Dates and scope'),
      h('div', { class: 'grid3' },
        field(id('asOf'), 'As of', input('asOf', { type: 'date', value: claim.asOf || '' })),
        field(id('asOfPrecision'), 'As of: known to the', select('asOfPrecision', PRECISIONS, claim.asOfPrecision || 'DAY')),
        field(id('periodStart'), 'Counted since', input('periodStart', { type: 'date', value: claim.periodStart || '' })),
        field(id('periodStartPrecision'), 'Since: known to the', select('periodStartPrecision', PRECISIONS, claim.periodStartPrecision || 'DAY')),
        field(id('scope'), 'Limited to', input('scope', { type: 'text', value: claim.scope || '', placeholder: 'region, town, unit' }), 'Empty: a national total.'),
        field(id('subgroup'), 'Part of the population', input('subgroup', { type: 'text', value: claim.subgroup || '', placeholder: 'children, hostages' }),
          'Empty: all of it.'))),
    field(id('reason'), 'Why (kept in the history)', input('reason', { type: 'text', class: 'wide', maxlength: 2000 })));
}

const text = (value) => {
  const t = (value || '').trim();
  return t === '' ? null : t;
};
const integer = (value) => (value === '' || value == null ? null : Number(value));

/**
 * What the form changes, as correctClaim's input: only the fields that differ from the claim (the four figures go
 * together), and `clear` for optional fields emptied. Null when nothing changed.
 */
export function correctionInput(claim, form) {
  const d = new FormData(form);
  const input = {};
  const clear = [];
  if (d.get('claimantId') && d.get('claimantId') !== claim.claimant?.id) input.claimantId = d.get('claimantId');
  for (const name of ['subject', 'category', 'population']) {
    const value = text(d.get(name));
    if (value && value !== claim[name]) input[name] = value;
  }
  const figures = { qualifier: d.get('qualifier'), low: integer(d.get('low')), best: integer(d.get('best')), high: integer(d.get('high')) };
  if (FIGURES.some((name) => figures[name] !== (claim[name] ?? null))) Object.assign(input, figures);
  const rate = d.get('ratePer') || null;
  if (rate !== (claim.ratePer ?? null)) {
    if (rate) input.ratePer = rate;
    else clear.push('RATE_PER');
  }
  for (const [name, flag] of [['asOf', 'AS_OF'], ['periodStart', 'PERIOD_START']]) {
    const value = d.get(name) || null;
    const precision = d.get(name + 'Precision');
    if (value === (claim[name] ?? null) && (!value || precision === (claim[name + 'Precision'] || 'DAY'))) continue;
    if (value) {
      input[name] = value;
      input[name + 'Precision'] = precision;
    } else {
      clear.push(flag);
    }
  }
  for (const [name, flag] of [['scope', 'SCOPE'], ['subgroup', 'SUBGROUP']]) {
    const value = text(d.get(name));
    if (value === (claim[name] ?? null)) continue;
    if (value) input[name] = value;
    else clear.push(flag);
  }
  if (clear.length) input.clear = clear;
  return Object.keys(input).length ? { input, reason: text(d.get('reason')) } : null;
}

/** The form control an error's field names (`input.best` → the best field), to mark it invalid. */
export function controlOf(form, errorField) {
  const name = (errorField || '').replace(/^input\./, '');
  return name && form.elements[name] instanceof Element ? form.elements[name] : null;
}
