// Reads a queue item as the page shows it. The API's item is a verdict (prompt or image) plus its review state; these
// helpers keep the rendering code free of the JSON's nesting and of fields that only some items have.

export const idOf = (item) => item.verdictId ?? item.id;

export const isImage = (item) => item.kind === 'image';

/** [{ category, severity? }] from either ["Sexual"] or [{ category: "Sexual", severity: 6 }]. */
export function categoriesOf(item) {
  const list = item.categories ?? item.verdict?.categories ?? [];
  return list.map((c) => (typeof c === 'string' ? { category: c } : c)).filter((c) => c && c.category);
}

export const reasonsOf = (item) => item.reasons ?? item.verdict?.reasons ?? [];

/** Classifier scores as [name, value] pairs (the model version apart), highest first. */
export function scoresOf(item) {
  const scores = item.scores ?? item.image?.scores ?? item.verdict?.image?.scores;
  if (!scores || typeof scores !== 'object') return { model: null, values: [] };
  const values = Object.entries(scores).filter(([, v]) => typeof v === 'number').sort((a, b) => b[1] - a[1]);
  return { model: typeof scores.model === 'string' ? scores.model : null, values };
}

/** The prompt text when the verdict store retained it: the item's own (prompt verdicts) or its correlated prompt's (images). */
export function promptOf(item) {
  const candidates = [item.prompt, item.correlatedPrompt?.prompt, item.promptVerdict?.prompt, item.verdict?.prompt];
  return candidates.find((p) => typeof p === 'string' && p.length > 0) ?? null;
}

export function negativePromptOf(item) {
  const candidates = [item.negativePrompt, item.correlatedPrompt?.negativePrompt, item.promptVerdict?.negativePrompt];
  return candidates.find((p) => typeof p === 'string' && p.length > 0) ?? null;
}

export const correlatedIdOf = (item) => item.promptVerdictId ?? item.correlatedPrompt?.verdictId ?? item.promptVerdict?.verdictId ?? null;

/** The faces found, each { box, confidence, apparentAge?, tooSmallToJudge, protectedPerson? }; null when not searched. */
export function facesOf(item) {
  const faces = item.faces ?? item.verdict?.faces;
  if (!faces) return null;
  if (Array.isArray(faces)) return { count: faces.length, faces };
  return { count: faces.count ?? faces.faces?.length ?? 0, faces: faces.faces ?? [] };
}

/** Hash-bank matches, each { bank, distance, ... }; empty when none. */
export function hashMatchesOf(item) {
  const matches = item.hashMatches ?? item.hashes?.matches ?? item.verdict?.hashMatches ?? [];
  return Array.isArray(matches) ? matches : [];
}

export const statusOf = (item) => item.status ?? item.review?.status ?? 'open';

export const needsReport = (item) => item.needsReport === true || item.report?.needed === true;

/** Whether the list's item already has what a card shows, or the full item must be read first. */
export const isComplete = (item) => Array.isArray(item.reasons);
