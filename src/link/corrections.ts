import type { EntityCorrection } from '../store/index.js';

/**
 * Replays the user's corrections, in order, over an automatic id: a merge
 * sends `from` to `into`; a split sends `id` to `newId` in its documents.
 * A correction naming an id nothing resolves to any more does nothing, and
 * starts working again if the id comes back.
 */
export function replayCorrections(corrections: readonly EntityCorrection[]): (auto: string, document: string) => string {
  const moves = corrections.filter((c) => c.kind !== 'rename');
  if (moves.length === 0) return (auto) => auto;
  const splitDocs = new Map(moves.map((c, i) => [i, c.kind === 'split' ? new Set(c.documents) : null]));
  return (auto, document) => {
    let id = auto;
    moves.forEach((c, i) => {
      if (c.kind === 'merge' && id === c.from) id = c.into;
      else if (c.kind === 'split' && id === c.id && splitDocs.get(i)?.has(document)) id = c.newId;
    });
    return id;
  };
}

/** Canonical names the corrections set: a rename's, and a split's for its new id; the last one wins. */
export function nameOverrides(corrections: readonly EntityCorrection[]): { id: string; name: string }[] {
  const names = new Map<string, string>();
  for (const c of corrections) {
    if (c.kind === 'rename') names.set(c.id, c.name);
    else if (c.kind === 'split') names.set(c.newId, c.name);
  }
  return [...names].map(([id, name]) => ({ id, name }));
}

/** Ids a correction changes rows or names of. */
export function idsOf(correction: EntityCorrection): string[] {
  if (correction.kind === 'merge') return [correction.into, correction.from];
  return [correction.id];
}
