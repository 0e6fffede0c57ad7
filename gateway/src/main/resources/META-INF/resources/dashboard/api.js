// The public GraphQL API and the exports: nothing else is used, so this file is also what a dashboard builder needs.

const ENDPOINT = '/graphql';
const TOKEN_KEY = 'claimgraph.token';

/** The editor token for mutations: pasted in the ingest form, kept for this tab only. */
export function token() {
  try {
    return sessionStorage.getItem(TOKEN_KEY) || '';
  } catch (e) {
    return '';
  }
}

export function setToken(value) {
  try {
    if (value) sessionStorage.setItem(TOKEN_KEY, value.trim());
    else sessionStorage.removeItem(TOKEN_KEY);
  } catch (e) {
    // storage disabled: the token then lives only in the form field
  }
}

/** A failure of the request itself (network, HTTP status, a body that is not GraphQL). */
export class RequestError extends Error {
  constructor(message, status, errors) {
    super(message);
    this.status = status;
    this.errors = errors || [];
  }
}

/**
 * POSTs a GraphQL request as application/json (the only content type mutations are accepted with).
 * Resolves to {data, errors}: partial data and the gateway's errors together, so views can show both.
 */
export async function gql(query, variables = {}, { auth = false, signal } = {}) {
  // plain JSON: an error the page can show (a field this schema lacks) comes as a 200 body, not as a failed load
  const headers = { 'Content-Type': 'application/json', Accept: 'application/json' };
  const bearer = token();
  if (bearer) headers.Authorization = 'Bearer ' + bearer; // mutations need an editor token; reads may need one too
  const early = takeEarly(query, variables);
  const started = early ? early.started : performance.now();
  let response;
  try {
    response = await (early ? early.response : fetch(ENDPOINT, { method: 'POST', headers, body: JSON.stringify({ query, variables }), signal }));
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    throw new RequestError('The gateway could not be reached (' + e.message + ')', 0);
  }
  let body = null;
  try {
    body = await response.json();
  } catch (e) {
    throw new RequestError('The gateway answered HTTP ' + response.status + ' without a GraphQL response', response.status);
  }
  timed(query, started);
  if (!body || (body.data === undefined && !body.errors)) {
    throw new RequestError('The gateway answered HTTP ' + response.status + ' without a GraphQL response', response.status);
  }
  if (body.data == null && body.errors && body.errors.length) {
    throw new RequestError(body.errors.map((e) => e.message).join('; '), response.status, body.errors);
  }
  return { data: body.data, errors: body.errors || [] };
}

/** The request index.html sent before the modules loaded, if it is this one (once). */
function takeEarly(query, variables) {
  const early = window.claimgraphEarly;
  if (!early || early.query !== query || Object.keys(variables).length) return null;
  window.claimgraphEarly = null;
  return early;
}

/** The query index.html sends first (the subjects), so that the page asks it in exactly those words. */
export function firstQuery() {
  return document.getElementById('first-query').textContent;
}

/** Each request as a performance measure named by its operation (DevTools' Performance panel, the browser test). */
function timed(query, started) {
  const name = /^\s*(?:query|mutation)\s+(\w+)/.exec(query)?.[1] || 'anonymous';
  try {
    performance.measure('graphql ' + name, { start: started, end: performance.now() });
  } catch (e) {
    // measures with options need a recent browser; timing is only informative
  }
}

/** The export URL of a claims filter: the same parameters as the claims query's filter, plus orderBy. */
export function exportUrl(format, filter, orderBy) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filter || {})) {
    if (value !== undefined && value !== null && value !== '') params.set(key, value);
  }
  if (orderBy) params.set('orderBy', orderBy);
  const query = params.toString();
  return '/export/claims.' + format + (query ? '?' + query : '');
}

/**
 * Click handler of an export link: a plain download, unless a token is set, which a link cannot send; then the
 * export is fetched with the Authorization header and saved from memory.
 */
export async function exportClick(event) {
  const bearer = token();
  if (!bearer) return;
  event.preventDefault();
  const href = event.currentTarget.getAttribute('href');
  const response = await fetch(href, { headers: { Authorization: 'Bearer ' + bearer } });
  if (!response.ok) {
    let message = 'HTTP ' + response.status;
    try {
      message = (await response.json()).errors.map((e) => e.message).join('; ');
    } catch (e) {
      // not a GraphQL error body
    }
    throw new RequestError('The export failed: ' + message, response.status);
  }
  const url = URL.createObjectURL(await response.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = href.split('?')[0].split('/').pop();
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}
