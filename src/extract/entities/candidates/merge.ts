import { PRIORITY, type Candidate } from './candidate.js';

/**
 * Non-overlapping mentions from all evidence: the longest span wins ("New
 * Zealand Ministry of Foreign Affairs" over "New Zealand"), and on equal
 * length the stronger evidence (a title or honorific, then a gazetteer, then
 * the tagger, then a bare given name). The tagger's spans arrive already
 * trimmed of titles, so "State Antony Blinken" never competes.
 */
export function resolveOverlaps(candidates: readonly Candidate[], tokenCount: number): Candidate[] {
  const order = [...candidates].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || PRIORITY[b.anchor] - PRIORITY[a.anchor] || b.confidence - a.confidence || a.start - b.start,
  );
  const best = new Map<string, number>();
  for (const c of candidates) {
    const key = `${c.start}:${c.end}:${c.type}`;
    best.set(key, Math.max(best.get(key) ?? 0, c.confidence));
  }
  const taken = new Uint8Array(tokenCount);
  const accepted: Candidate[] = [];
  for (const c of order) {
    let free = true;
    for (let k = c.start; k < c.end && free; k++) if (taken[k]) free = false;
    if (!free) continue;
    taken.fill(1, c.start, c.end);
    // Several sources agreeing on a span keep the highest confidence.
    const confidence = best.get(`${c.start}:${c.end}:${c.type}`) ?? c.confidence;
    accepted.push(confidence === c.confidence ? c : { ...c, confidence });
  }
  return accepted.sort((a, b) => a.start - b.start);
}
