// Builds one queue card. All data goes in through textContent and properties, never as markup, so nothing a user
// typed into a prompt can become HTML in a moderator's browser.
import * as model from './model.js';

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
}

function entry(list, term, content) {
  list.append(el('dt', null, term));
  const dd = el('dd');
  if (typeof content === 'string') dd.textContent = content; else dd.append(content);
  list.append(dd);
  return dd;
}

function bulletList(lines, className) {
  const ul = el('ul', className);
  for (const line of lines) ul.append(el('li', null, line));
  return ul;
}

const decided = (status) => status === 'released' || status === 'confirmed';

function faceLine(face) {
  const box = face.box ? `${face.box.width}×${face.box.height} px at (${face.box.x}, ${face.box.y})` : 'face';
  const age = face.tooSmallToJudge ? 'too small to judge' : face.apparentAge !== undefined ? `apparent age ${Number(face.apparentAge).toFixed(1)} (model estimate)` : null;
  const person = face.protectedPerson ? `matches protected person ${face.protectedPerson.personId}` : null;
  return [box, age, person].filter(Boolean).join(', ');
}

function hashLine(match) {
  const bank = match.bank ? `bank ${match.bank}` : null;
  return [bank, match.message].filter(Boolean).join(': ') || match.code || 'match';
}

function reviewLine(review) {
  const parts = [review.by ? `by ${review.by}` : null, review.at ? `at ${utc(review.at)}` : null,
    review.confirmedCategory ? `category ${review.confirmedCategory}` : null, review.releasedTo ? `released to ${review.releasedTo}` : null];
  return `${parts.filter(Boolean).join(', ')}${review.reason ? ` — “${review.reason}”` : ''}`;
}

const utc = (time) => `${new Date(time).toISOString().replace('T', ' ').slice(0, 19)} UTC`;

/** The thumbnail button: blurred, with a veil, until clicked (or "v"). The image itself is attached later (blob: URL). */
function thumbnail(item) {
  if (!model.isImage(item)) return el('div', 'thumb none', 'prompt only');
  if (!model.imagePathOf(item)) return el('div', 'thumb none', 'image no longer in quarantine');
  const button = el('button', 'thumb blurred');
  button.type = 'button';
  button.dataset.role = 'reveal';
  button.setAttribute('aria-pressed', 'false');
  button.setAttribute('aria-label', 'Reveal image');
  const img = el('img');
  img.alt = 'Quarantined image (blurred until revealed)';
  img.decoding = 'async';
  button.append(img, el('span', 'veil', 'Blurred — click or press v to reveal'));
  return button;
}

export function setRevealed(card, revealed) {
  const thumb = card.querySelector('.thumb[data-role="reveal"]');
  if (!thumb) return;
  thumb.classList.toggle('blurred', !revealed);
  thumb.setAttribute('aria-pressed', String(revealed));
  thumb.setAttribute('aria-label', revealed ? 'Blur image' : 'Reveal image');
}

export function isRevealed(card) {
  const thumb = card.querySelector('.thumb[data-role="reveal"]');
  return thumb !== null && !thumb.classList.contains('blurred');
}

/** Shows the item's new review state after an action (no re-render: the revealed state and focus stay). */
export function markDecided(card, status, item) {
  card.dataset.status = status;
  card.classList.add('done');
  const badge = card.querySelector('.badge.state');
  badge.textContent = status;
  badge.className = `badge state ${status}`;
  for (const button of card.querySelectorAll('.actions button')) button.disabled = true;
  const review = item && model.reviewOf(item);
  if (review) {
    const line = document.createElement('p');
    line.className = 'review-line';
    line.textContent = `Review: ${reviewLine(review)}`;
    card.querySelector('.details').after(line);
  }
}

export function card(item) {
  const id = model.idOf(item);
  const status = model.statusOf(item);
  const li = el('li', 'item');
  li.dataset.id = id;
  li.dataset.kind = item.kind ?? '';
  li.dataset.status = status;
  li.tabIndex = -1;
  if (decided(status)) li.classList.add('done');

  li.append(thumbnail(item));
  const body = el('div', 'body');
  li.append(body);

  const head = el('div', 'head');
  head.append(el('span', `badge ${item.decision}`, item.decision));
  head.append(el('span', `badge state ${status}`, status));
  if (model.needsReport(item)) head.append(el('span', 'badge needs-report', 'needs report'));
  head.append(el('strong', null, model.isImage(item) ? 'Image' : 'Prompt'));
  // Only the categories that fired (severity above 0): the verdict lists every category, most at 0.
  const cats = model.categoriesOf(item).filter((c) => c.severity === undefined || c.severity > 0);
  head.append(el('span', 'categories', cats.map((c) => (c.severity !== undefined ? `${c.category} (${c.severity})` : c.category)).join(', ') || 'no category above 0'));
  body.append(head);

  const meta = [item.screenedAt ? utc(item.screenedAt) : null,
    item.policy ? `policy ${item.policy}` : null, item.userId ? `user ${item.userId}` : null, id].filter(Boolean).join(' · ');
  body.append(el('div', 'meta', meta));

  const details = el('dl', 'details');
  const reasons = model.reasonsOf(item);
  if (reasons.length) entry(details, 'Reasons', bulletList(reasons.map((r) => (r.message ? `${r.code}: ${r.message}` : r.code)), 'reasons'));

  const scores = model.scoresOf(item);
  if (scores.values.length) {
    const row = el('div', 'scores');
    for (const [name, value] of scores.values) row.append(el('span', value >= 0.5 && name !== 'Neutral' ? 'high' : null, `${name} ${value.toFixed(3)}`));
    entry(details, scores.model ? `Scores (${scores.model})` : 'Scores', row).classList.add('scores-dd');
  }

  const prompt = model.promptOf(item);
  const correlated = model.correlatedIdOf(item);
  if (prompt) {
    entry(details, model.isImage(item) ? 'Prompt (correlated)' : 'Prompt', el('div', 'prompt', prompt));
  } else if (correlated) {
    entry(details, 'Prompt (correlated)', `verdict ${correlated} (text not retained)`);
  }
  const negative = model.negativePromptOf(item);
  if (negative) entry(details, 'Negative prompt', el('div', 'prompt', negative));

  const faces = model.facesOf(item);
  if (faces && faces.count > 0) entry(details, `Faces (${faces.count})`, bulletList(faces.faces.map(faceLine), 'faces'));

  const matches = model.hashMatchesOf(item);
  if (matches.length) entry(details, 'Hash matches', bulletList(matches.map(hashLine), 'hash-matches'));

  const review = model.reviewOf(item);
  if (review) entry(details, 'Review', reviewLine(review)).classList.add('review-line');
  body.append(details);

  const actions = el('div', 'actions');
  const release = el('button', 'release', 'Approve (a)');
  release.type = 'button';
  release.dataset.action = 'release';
  const confirm = el('button', 'confirm', 'Keep blocked (b)');
  confirm.type = 'button';
  confirm.dataset.action = 'confirm';
  release.disabled = confirm.disabled = decided(status);
  actions.append(release, confirm);
  body.append(actions);
  return li;
}
