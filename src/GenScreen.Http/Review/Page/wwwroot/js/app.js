// The review page: loads the queue page by page, shows each item as a card, and sends the moderator's decisions.
import * as api from './api.js';
import * as model from './model.js';
import { card, setRevealed, isRevealed, markDecided } from './render.js';

const $ = (id) => document.getElementById(id);

const state = {
  query: {},
  tokens: [null],        // continuation token of each page seen so far (page 1 has none)
  page: 0,
  next: null,            // the next page's token, from the last answer
  cards: [],
  selected: -1,
  objectUrls: [],        // blob: URLs of thumbnails shown, revoked when the page changes
  generation: 0,         // bumps on every load, so a slow answer for an old page is dropped
  pending: null,         // { card, action } while the reason dialog is open
};

function showError(message) {
  const box = $('error');
  box.textContent = message;
  box.hidden = !message;
}

function setStatus(message) { $('status').textContent = message; }

function authMessage(error) {
  const detail = error.problem?.detail ? ` ${error.problem.detail}` : '';
  return error.status === 401
    ? `Not signed in as an admin (401).${detail} Enter the admin key (local host) or sign in (Azure).`
    : `Not an admin (403).${detail}`;
}

function describe(error) {
  if (error instanceof api.ApiError) {
    if (error.isAuth) return authMessage(error);
    const title = error.problem?.title ?? `HTTP ${error.status}`;
    return error.problem?.detail ? `${title} ${error.problem.detail}` : title;
  }
  return `The review API could not be reached: ${error.message}`;
}

/** Empties the queue and frees the thumbnails: after an auth failure nothing from the last answer may stay on screen. */
function clearQueue() {
  for (const url of state.objectUrls) URL.revokeObjectURL(url);
  state.objectUrls = [];
  state.cards = [];
  state.selected = -1;
  $('queue').replaceChildren();
}

/**
 * The filters as query parameters. "to" is pinned to now when left empty: a continuation token belongs to one exact
 * query, and a "to" that moved with the clock would make every next page a different query. Apply again to refresh.
 */
function readFilters() {
  const form = new FormData($('filters'));
  const query = {};
  for (const [name, value] of form.entries()) {
    if (value === '') continue;
    query[name] = name === 'from' || name === 'to' ? new Date(value).toISOString() : value;
  }
  query.to ??= new Date().toISOString();
  return query;
}

function select(index, scroll = true) {
  if (!state.cards.length) return;
  const bounded = Math.max(0, Math.min(index, state.cards.length - 1));
  state.cards[state.selected]?.classList.remove('selected');
  state.selected = bounded;
  const current = state.cards[bounded];
  current.classList.add('selected');
  current.setAttribute('aria-current', 'true');
  for (const other of state.cards) if (other !== current) other.removeAttribute('aria-current');
  if (scroll) current.scrollIntoView({ block: 'nearest' });
}

async function attachThumbnail(item, li, generation) {
  const img = li.querySelector('.thumb img');
  const path = model.imagePathOf(item);
  if (!img || !path) return;
  try {
    const url = await api.imageUrl(path);
    if (generation !== state.generation) { URL.revokeObjectURL(url); return; }
    state.objectUrls.push(url);
    img.src = url;
  } catch (error) {
    if (generation !== state.generation) return;
    const thumb = li.querySelector('.thumb');
    thumb.classList.add('unavailable');
    thumb.querySelector('.veil').textContent = error instanceof api.ApiError && error.status === 404 ? 'Image no longer in quarantine' : 'Image unavailable';
  }
}

async function complete(item) {
  if (model.isComplete(item)) return item;
  return (await api.getItem(model.idOf(item))).item;
}

async function load() {
  const generation = ++state.generation;
  setStatus('Loading…');
  showError('');
  $('next-page').disabled = $('prev-page').disabled = true;
  try {
    const page = await api.listItems(state.query, state.tokens[state.page]);
    const items = await Promise.all((page.items ?? []).map(complete));
    if (generation !== state.generation) return;
    clearQueue();
    for (const item of items) {
      const li = card(item);
      state.cards.push(li);
      $('queue').append(li);
      attachThumbnail(item, li, generation);
    }
    state.next = page.continuation ?? null;
    $('next-page').disabled = !state.next;
    $('prev-page').disabled = state.page === 0;
    $('page-label').textContent = `Page ${state.page + 1}`;
    setStatus(items.length ? `${items.length} item(s) on this page${state.next ? '; more on the next' : ''}.` : 'Nothing to review for these filters.');
    if (items.length) select(0, false);
  } catch (error) {
    if (generation !== state.generation) return;
    clearQueue();
    setStatus('');
    showError(describe(error));
  }
}

function applyFilters() {
  state.query = readFilters();
  state.tokens = [null];
  state.page = 0;
  load();
}

function nextPage() {
  if (!state.next) return;
  state.tokens = state.tokens.slice(0, state.page + 1).concat(state.next);
  state.page += 1;
  load();
}

function previousPage() {
  if (state.page === 0) return;
  state.page -= 1;
  load();
}

function toggleReveal(li) {
  if (li) setRevealed(li, !isRevealed(li));
}

function openDecision(li, action) {
  if (!li || li.classList.contains('done')) return;
  state.pending = { li, action };
  const release = action === 'release';
  $('decide-title').textContent = release ? 'Approve: release this item' : 'Keep blocked: confirm the violation';
  $('decide-what').textContent = `${li.dataset.kind || 'item'} ${li.dataset.id}`;
  $('decide-category-label').hidden = release;
  $('decide-category').value = '';
  $('decide-reason').value = '';
  $('decide-error').hidden = true;
  $('decide-submit').textContent = release ? 'Approve' : 'Keep blocked';
  $('decide').showModal();
  $('decide-reason').focus();
}

async function submitDecision() {
  const pending = state.pending;
  if (!pending) return;
  const reason = $('decide-reason').value.trim();
  if (!reason) {
    $('decide-error').textContent = 'A reason is required: it goes into the audit trail.';
    $('decide-error').hidden = false;
    return;
  }
  const body = { reason };
  const category = $('decide-category').value;
  if (pending.action === 'confirm' && category) body.category = category;
  $('decide-submit').disabled = true;
  try {
    const result = await api.act(pending.li.dataset.id, pending.action, body);
    markDecided(pending.li, result?.item?.status ?? (pending.action === 'release' ? 'released' : 'confirmed'), result?.item);
    state.pending = null;
    $('decide').close();
    setStatus(`${pending.action === 'release' ? 'Released' : 'Confirmed'} ${pending.li.dataset.id}.`);
    const index = state.cards.indexOf(pending.li);
    if (index >= 0) select(index + 1);
  } catch (error) {
    $('decide-error').textContent = describe(error);
    $('decide-error').hidden = false;
  } finally {
    $('decide-submit').disabled = false;
  }
}

function cancelDecision() {
  state.pending = null;
  $('decide').close();
}

function typing(target) {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

function onKey(event) {
  if (event.ctrlKey || event.metaKey || event.altKey || $('decide').open || typing(event.target)) return;
  const current = state.cards[state.selected];
  const handled = {
    j: () => select(state.selected + 1),
    ArrowDown: () => select(state.selected + 1),
    k: () => select(state.selected - 1),
    ArrowUp: () => select(state.selected - 1),
    v: () => toggleReveal(current),
    a: () => openDecision(current, 'release'),
    b: () => openDecision(current, 'confirm'),
    n: nextPage,
    p: previousPage,
  }[event.key];
  if (handled) {
    event.preventDefault();
    handled();
  }
}

function onQueueClick(event) {
  const li = event.target.closest('.item');
  if (!li) return;
  select(state.cards.indexOf(li), false);
  const reveal = event.target.closest('[data-role="reveal"]');
  if (reveal) toggleReveal(li);
  const action = event.target.closest('[data-action]');
  if (action && !action.disabled) openDecision(li, action.dataset.action);
}

function init() {
  $('admin-key').value = '';
  $('auth').addEventListener('submit', (event) => {
    event.preventDefault();
    api.setAdminKey($('admin-key').value.trim());
    $('admin-key').value = '';
    applyFilters();
  });
  $('forget-key').addEventListener('click', () => {
    api.setAdminKey(null);
    clearQueue();
    setStatus('Admin key forgotten.');
  });
  $('filters').addEventListener('submit', (event) => { event.preventDefault(); applyFilters(); });
  $('next-page').addEventListener('click', nextPage);
  $('prev-page').addEventListener('click', previousPage);
  $('queue').addEventListener('click', onQueueClick);
  $('decide-form').addEventListener('submit', (event) => { event.preventDefault(); submitDecision(); });
  $('decide-cancel').addEventListener('click', cancelDecision);
  $('decide').addEventListener('cancel', () => { state.pending = null; });
  document.addEventListener('keydown', onKey);
  applyFilters();
}

init();
