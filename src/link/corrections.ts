import type { EntityCorrection, IndexedMention, IndexedRole, MentionRef } from '../store/index.js';

/**
 * A mention moved by a split of single mentions gets a document entity of its
 * own: a copy of the one it belonged to, with `idx` this base plus the
 * mention's start offset. Replay knows such a row by its `idx`, so the ids a
 * later resolution gives rows need nothing but the row itself. Stage outputs
 * have far fewer entities than this; documents are far shorter.
 */
export const MENTION_ROW_BASE = 1_000_000_000;

/** The start offset of the mention a moved-mention row holds; null for an ordinary row. */
export function movedMentionStart(idx: number | undefined): number | null {
  return idx !== undefined && idx >= MENTION_ROW_BASE ? idx - MENTION_ROW_BASE : null;
}

const mentionKey = (document: string, start: number) => `${document}\u0000${start}`;

/**
 * Replays the user's corrections, in order, over an automatic id: a merge
 * sends `from` to `into`; a split sends `id` to `newId` in its documents,
 * and a moved-mention row (`idx`, see `MENTION_ROW_BASE`) whose mention it
 * names. A correction naming an id nothing resolves to any more does
 * nothing, and starts working again if the id comes back.
 */
export function replayCorrections(corrections: readonly EntityCorrection[]): (auto: string, document: string, idx?: number) => string {
  const moves = corrections.filter((c) => c.kind !== 'rename');
  if (moves.length === 0) return (auto) => auto;
  const splitDocs = moves.map((c) => (c.kind === 'split' ? new Set(c.documents) : null));
  const splitMentions = moves.map((c) => (c.kind === 'split' && c.mentions?.length ? new Set(c.mentions.map((m) => mentionKey(m.document, m.start))) : null));
  return (auto, document, idx) => {
    const start = movedMentionStart(idx);
    let id = auto;
    moves.forEach((c, i) => {
      if (c.kind === 'merge') {
        if (id === c.from) id = c.into;
      } else if (c.kind === 'split' && id === c.id) {
        if (splitDocs[i]?.has(document) || (start !== null && splitMentions[i]?.has(mentionKey(document, start)))) id = c.newId;
      }
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

/** Documents whose entity index a correction builds differently: a split's single mentions'. */
export function mentionDocuments(correction: EntityCorrection): string[] {
  return correction.kind === 'split' ? [...new Set((correction.mentions ?? []).map((m) => m.document))] : [];
}

/** Every mention the corrections move on its own, by document. */
export function movedMentions(corrections: readonly EntityCorrection[]): Map<string, MentionRef[]> {
  const byDocument = new Map<string, MentionRef[]>();
  for (const c of corrections) {
    if (c.kind !== 'split') continue;
    for (const m of c.mentions ?? []) (byDocument.get(m.document) ?? byDocument.set(m.document, []).get(m.document)!).push(m);
  }
  return byDocument;
}

/** The parts of a document's draft index a split of single mentions rearranges. */
export interface MentionIndex<E extends { readonly idx: number; readonly mentions: number }> {
  readonly id: string;
  readonly entities: readonly E[];
  readonly mentions: readonly IndexedMention[];
  readonly roles: readonly IndexedRole[];
}

/**
 * Gives each mention the corrections move on its own (same start and end in
 * this document) an entity of its own: a copy of its entity with `idx`
 * `MENTION_ROW_BASE` + start and one mention, so replay can send it to the
 * split's new id. Roles whose span holds the mention go with it. An entity
 * left with no mention goes, its remaining roles to its first moved mention.
 * Which entity the mention belonged to does not matter here: replay moves
 * the row only while that entity's id is the one the split names, and the
 * copy otherwise resolves as its original did.
 */
export function applyMentionMoves<E extends { readonly idx: number; readonly mentions: number }, D extends MentionIndex<E>>(draft: D, moves: ReadonlyMap<string, readonly MentionRef[]>): D {
  const refs = moves.get(draft.id);
  if (!refs?.length) return draft;
  const wanted = new Set(refs.map((r) => `${r.start}-${r.end}`));
  const byIdx = new Map(draft.entities.map((e) => [e.idx, e]));
  const movedTo = new Map<number, number>(); // mention ordinal → new idx
  const used = new Set<number>();
  draft.mentions.forEach((m, i) => {
    const idx = MENTION_ROW_BASE + m.start;
    if (!wanted.has(`${m.start}-${m.end}`) || !byIdx.has(m.entity) || used.has(idx)) return;
    used.add(idx);
    movedTo.set(i, idx);
  });
  if (movedTo.size === 0) return draft;

  const mentions = draft.mentions.map((m, i) => {
    const idx = movedTo.get(i);
    return idx === undefined ? m : { ...m, entity: idx };
  });
  const left = new Map<number, number>();
  for (const m of mentions) left.set(m.entity, (left.get(m.entity) ?? 0) + 1);
  const firstMoved = new Map<number, number>(); // original idx → its first moved row
  for (const [i, idx] of movedTo) if (!firstMoved.has(draft.mentions[i]!.entity)) firstMoved.set(draft.mentions[i]!.entity, idx);

  const entities: E[] = [];
  for (const e of draft.entities) {
    if (!firstMoved.has(e.idx)) entities.push(e);
    else if ((left.get(e.idx) ?? 0) > 0) entities.push({ ...e, mentions: left.get(e.idx)! });
  }
  for (const [i, idx] of movedTo) entities.push({ ...byIdx.get(draft.mentions[i]!.entity)!, idx, mentions: 1 });

  const roles = draft.roles.map((r) => {
    for (const [i, idx] of movedTo) {
      const m = draft.mentions[i]!;
      if (m.entity === r.entity && r.start <= m.start && m.end <= r.end) return { ...r, entity: idx };
    }
    const orphan = (left.get(r.entity) ?? 0) === 0 ? firstMoved.get(r.entity) : undefined;
    return orphan === undefined ? r : { ...r, entity: orphan };
  });
  return { ...draft, entities, mentions, roles };
}
