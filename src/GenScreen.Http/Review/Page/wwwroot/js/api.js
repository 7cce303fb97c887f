// The review API client: every data call goes through here, with the admin credential.
// Locally the credential is the admin key (GenScreen-Admin-Key), kept in sessionStorage only: it dies with the tab and
// is never written into the page or a URL. In Azure, App Service authentication's session cookie rides along
// (same origin) and no key is needed.

const KEY_STORAGE = 'genscreen.review.adminKey';
const KEY_HEADER = 'GenScreen-Admin-Key';
const BASE = '/api/review/items';

/** An API answer that is not a success: carries the problem details (RFC 9457) when the server sent them. */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }

  /** 401 or 403: the credential is missing or not an admin's. */
  get isAuth() { return this.status === 401 || this.status === 403; }
}

export function adminKey() { return sessionStorage.getItem(KEY_STORAGE); }

export function setAdminKey(key) {
  if (key) sessionStorage.setItem(KEY_STORAGE, key); else sessionStorage.removeItem(KEY_STORAGE);
}

function headers(extra) {
  const h = new Headers(extra);
  const key = adminKey();
  if (key) h.set(KEY_HEADER, key);
  return h;
}

async function send(url, init = {}) {
  const response = await fetch(url, { ...init, headers: headers(init.headers), credentials: 'same-origin', cache: 'no-store' });
  if (!response.ok) {
    let problem = null;
    const type = response.headers.get('content-type') || '';
    if (type.includes('json')) {
      try { problem = await response.json(); } catch { problem = null; }
    }
    throw new ApiError(response.status, problem);
  }
  return response;
}

const itemUrl = (id) => `${BASE}/${encodeURIComponent(id)}`;

/** One page of the queue: { items, continuation }. `query` holds the filters (empty values are left out). */
export async function listItems(query, continuation) {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(name, value);
  }
  if (continuation) params.set('continuation', continuation);
  const response = await send(`${BASE}?${params}`);
  return response.json();
}

/** The full item with its history and audit trail: { item, history, audit }. */
export async function getItem(id) {
  return (await send(itemUrl(id))).json();
}

/**
 * The quarantined image's bytes through the admin-only proxy (`path`, from the item), as a blob: URL the page owns
 * (revoke when done). Fetched with the credential: an <img src> pointing at the proxy could not send the key.
 */
export async function imageUrl(path) {
  if (!path.startsWith(`${BASE}/`)) throw new Error('Images are read only through the review API.');
  const response = await send(path);
  return URL.createObjectURL(await response.blob());
}

/**
 * `release` (approve) or `confirm` (keep blocked), with the moderator's reason (and a corrected category for confirm).
 * Answers { item, audit, ... }: the item as it is now, and the audit row that records the action.
 */
export async function act(id, action, body) {
  const response = await send(`${itemUrl(id)}/${action}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  const type = response.headers.get('content-type') || '';
  return type.includes('json') ? response.json() : null;
}
