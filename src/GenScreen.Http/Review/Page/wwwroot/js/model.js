// Reads a queue item as the page shows it. The API's item is a verdict (prompt or image) plus its review state; these
// helpers keep the rendering code free of the JSON's nesting and of fields that only some items have.

export const idOf = (item) => item.verdictId ?? item.id;

export const isImage = (item) => item.kind === 'image';

/** [{ category, severity? }] from either ["Sexual"] or [{ category: "Sexual", severity: 6 }]. */
export function categoriesOf(item) {
  const list = item.categories ?? [];
  return list.map((c) => (typeof c === 'string' ? { category: c } : c)).filter((c) => c && c.category);
}

export const reasonsOf = (item) => item.reasons ?? [];

/** Classifier scores as [name, value] pairs (the model version apart), highest first. From the image verdict record. */
export function scoresOf(item) {
  const scores = item.image?.image?.scores ?? item.scores;
  if (!scores || typeof scores !== 'object') return { model: null, values: [] };
  const values = Object.entries(scores).filter(([, v]) => typeof v === 'number').sort((a, b) => b[1] - a[1]);
  return { model: typeof scores.model === 'string' ? scores.model : null, values };
}

/**
 * The prompt verdict record: the item itself for a prompt, its correlated prompt for an image (when it was found).
 * Its text (prompt, negativePrompt) is there only when the verdict store retained it (VerdictStore:RetainPromptText).
 */
const promptRecordOf = (item) => (item.prompt && typeof item.prompt === 'object' ? item.prompt : null);

const text = (value) => (typeof value === 'string' && value.length > 0 ? value : null);

export const promptOf = (item) => text(promptRecordOf(item)?.prompt);

export const negativePromptOf = (item) => text(promptRecordOf(item)?.negativePrompt);

/** The correlated prompt's verdict id for an image (whether or not that verdict could be read). */
export const correlatedIdOf = (item) => (isImage(item) ? promptRecordOf(item)?.verdictId ?? item.promptVerdictId ?? item.image?.promptVerdictId ?? null : null);

/** The faces found, { count, faces: [{ box, confidence, apparentAge?, tooSmallToJudge, protectedPerson? }] }; null when not searched. */
export function facesOf(item) {
  const faces = item.image?.faces ?? item.faces;
  if (!faces || typeof faces !== 'object') return null;
  if (Array.isArray(faces)) return { count: faces.length, faces };
  return { count: faces.count ?? faces.faces?.length ?? 0, faces: faces.faces ?? [] };
}

/** Hash-bank matches, each { code, bank, message }; empty when none. */
export const hashMatchesOf = (item) => (Array.isArray(item.hashMatches) ? item.hashMatches : []);

export const statusOf = (item) => item.status ?? 'open';

/** Reviewed: the moderator's last decision ({ by, at, reason, confirmedCategory? }), once there is one. */
export const reviewOf = (item) => item.review ?? null;

export const needsReport = (item) => item.needsReport === true || item.report?.needed === true || item.report?.status === 'needed';

/** The admin-only proxy address of the quarantined image, when the quarantine still holds it. */
export function imagePathOf(item) {
  if (!isImage(item) || item.imageAvailable === false) return null;
  return item.imageUrl ?? `/api/review/items/${encodeURIComponent(idOf(item))}/image`;
}

/** Whether the list's item already has what a card shows, or the full item must be read first. */
export const isComplete = (item) => Array.isArray(item.reasons);
