import type { EntityCorrection, EntityReassignment, EntityType, Store } from '../store/index.js';
import { idsOf, mentionDocuments, nameOverrides, replayCorrections } from './corrections.js';
import { linkPending } from './link-pending.js';
import { analyseName } from './names.js';

/**
 * Records a user's correction and applies it in the same transaction. Only
 * the rows of the ids it names can change, so only those are read. A split
 * of single mentions also drops the index of their documents and queues them
 * in that transaction; they are indexed again at once, their moved mentions
 * apart (`applyMentionMoves`). The caller has checked that the ids exist
 * (the messages are the app's).
 */
export async function applyCorrection(store: Store, correction: EntityCorrection): Promise<{ reassigned: number }> {
  const corrections = [...(await store.entityCorrections()), correction];
  const replay = replayCorrections(corrections);
  const requeue = mentionDocuments(correction);
  const requeued = new Set(requeue);
  const reassign: EntityReassignment[] = [];
  for (const row of await store.entityRows({ entities: idsOf(correction) })) {
    if (requeued.has(row.document)) continue;
    const entity = replay(row.auto, row.document, row.idx);
    if (entity !== row.entity) reassign.push({ document: row.document, idx: row.idx, block: row.block, form: row.form, initials: row.initials, auto: row.auto, entity });
  }
  await store.putEntityLinks({ reassign, names: nameOverrides(corrections), correction, ...(requeue.length ? { requeue } : {}) });
  if (correction.kind !== 'split' || requeue.length === 0) return { reassigned: reassign.length };
  await linkPending(store);
  const moved = (await store.entityRows({ entities: [correction.newId] })).filter((row) => requeued.has(row.document));
  return { reassigned: reassign.length + moved.length };
}

/**
 * The id a split gives its new entity: the id `name` reads as
 * (`person:jan-peters`), so a later document naming that person in full
 * joins it; without a name, `<id>~2`, `<id>~3`, … the first unused. Chosen
 * once and stored with the correction, so replaying it is deterministic.
 */
export async function splitId(store: Store, id: string, type: EntityType, name: string | null): Promise<string> {
  if (name !== null) {
    const read = analyseName(type, name, '');
    if (read) return read.id;
  }
  const used = new Set((await store.entityCorrections()).flatMap((c) => (c.kind === 'split' ? [c.newId] : [])));
  for (let n = 2; ; n += 1) {
    const candidate = `${id}~${n}`;
    if (!used.has(candidate) && !(await store.getEntity(candidate, { limit: 0, coMentioned: 0 }))) return candidate;
  }
}
