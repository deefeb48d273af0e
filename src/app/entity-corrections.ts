import { UsageError } from '../core/index.js';
import { applyCorrection, linkEvents, relinkAll, splitId } from '../link/index.js';
import type { EntityCorrection, EntityCorrectionRecord, EntityDetail, MentionRef, Store } from '../store/index.js';
import { requireEntity } from './entities.js';
import { mergeSchema, parseParams, renameSchema, revertSchema, splitSchema } from './entity-params.js';

export interface CorrectionResult {
  readonly correction: EntityCorrection;
  /** Document entities that changed canonical id. */
  readonly reassigned: number;
  /** The entity the correction leaves (the merged-into one, the new one of a split, the renamed one). */
  readonly entity: EntityDetail;
  /** What happened, in one sentence: for a merge, which entity survives and what it now holds. */
  readonly message: string;
}

/** A merge's result also names the entity that went and the one that survives. */
export interface MergeResult extends CorrectionResult {
  /** The id merged away: it no longer exists on its own. */
  readonly merged: string;
  /** The entity that keeps its id and name. */
  readonly survivor: { readonly id: string; readonly name: string; readonly mentions: number; readonly documents: number };
}

/**
 * User corrections, from the CLI and (with a token) the HTTP API. Each is
 * stored and replayed after every later resolution, so it survives
 * re-ingest, re-extraction and `parley reindex`.
 */

/** `merge B --into A` (or the older `merge A B`): B becomes part of A; A keeps its id and name. */
export async function mergeEntities(store: Store, raw: unknown): Promise<MergeResult> {
  const { into, from } = parseParams(mergeSchema, raw);
  if (into === from) throw new UsageError(`Cannot merge '${into}' into itself: give two different ids.`);
  const [target, source] = [await requireEntity(store, into), await requireEntity(store, from)];
  if (target.type !== source.type) {
    throw new UsageError(`Cannot merge '${from}' (${source.type}) into '${into}' (${target.type}): only entities of one type merge.`);
  }
  const result = await correct(store, { kind: 'merge', into, from }, into);
  const { entity } = result;
  return {
    ...result,
    message: `Merged ${from} into ${into}; ${into} (${entity.name}) survives, ${entity.mentions} mentions in ${entity.documents} documents.`,
    merged: from,
    survivor: { id: entity.id, name: entity.name, mentions: entity.mentions, documents: entity.documents },
  };
}

/**
 * `split ID --doc DOC… --mention DOC:START-END… [--name NAME]`: the mentions
 * of ID in those documents, and those single mentions, become a new entity,
 * named NAME (default: ID's name) with the id NAME reads as, or `ID~2`,
 * `ID~3` … without a name.
 */
export async function splitEntity(store: Store, raw: unknown): Promise<CorrectionResult> {
  const { id, documents = [], mentions = [], name } = parseParams(splitSchema, raw);
  const entity = await requireEntity(store, id);
  const docs = [...new Set(documents)];
  const inDocuments = new Set((await store.entityRows({ entities: [id] })).map((row) => row.document));
  const missing = docs.filter((doc) => !inDocuments.has(doc));
  if (missing.length) {
    throw new UsageError(`'${id}' is not mentioned in ${missing.map((d) => `'${d}'`).join(', ')}: run \`parley entities show ${id}\` to list its documents.`);
  }
  const moved = await checkMentions(store, id, mentions, new Set(docs));
  const newId = await splitId(store, id, entity.type, name ?? null);
  if (newId === id) throw new UsageError(`--name '${name}' reads as '${id}' itself: give a different name, or leave --name out.`);
  const correction: EntityCorrection = { kind: 'split', id, documents: docs, newId, name: name ?? entity.name, ...(moved.length ? { mentions: moved } : {}) };
  const result = await correct(store, correction, newId);
  const parts = [docs.length ? `${docs.length} document(s)` : '', moved.length ? `${moved.length} mention(s)` : ''].filter(Boolean).join(' and ');
  return {
    ...result,
    message: `Split ${parts} of ${id} into ${newId} ("${correction.name}"); ${newId} has ${result.entity.mentions} mentions in ${result.entity.documents} documents, ${id} stays.`,
  };
}

/** Each mention must be one `id` has now, in a document not already moved whole; duplicates count once. */
async function checkMentions(store: Store, id: string, mentions: readonly MentionRef[], wholeDocs: ReadonlySet<string>): Promise<MentionRef[]> {
  const seen = new Map<string, MentionRef>();
  for (const m of mentions) seen.set(`${m.document}\u0000${m.start}\u0000${m.end}`, { document: m.document, start: m.start, end: m.end });
  const byDocument = new Map<string, Awaited<ReturnType<Store['documentEntities']>>>();
  for (const m of seen.values()) {
    const text = `${m.document}:${m.start}-${m.end}`;
    if (wholeDocs.has(m.document)) {
      throw new UsageError(`--mention ${text} is in '${m.document}', which --doc ${m.document} already moves whole: give one or the other.`);
    }
    if (!byDocument.has(m.document)) byDocument.set(m.document, await store.documentEntities(m.document));
    const found = byDocument.get(m.document);
    if (!found) throw new UsageError(`--mention ${text}: there is no document '${m.document}': run \`parley entities show ${id}\` to list its documents.`);
    const own = found.mentions.filter((x) => x.id === id);
    if (own.some((x) => x.start === m.start && x.end === m.end)) continue;
    if (own.length === 0) {
      throw new UsageError(`--mention ${text}: '${id}' is not mentioned in '${m.document}': run \`parley entities show ${id}\` to list its documents.`);
    }
    const listed = own.slice(0, 10).map((x) => `${m.document}:${x.start}-${x.end} ("${x.text}")`);
    const more = own.length > listed.length ? ` and ${own.length - listed.length} more` : '';
    throw new UsageError(
      `--mention ${text} is not a mention of '${id}': its mentions in '${m.document}' are ${listed.join(', ')}${more}. ` +
        `\`parley show ${m.document} --json\` lists every mention with its span and entity under "entities".`,
    );
  }
  return [...seen.values()];
}

/** `rename ID NAME`: the canonical name changes; the id stays. */
export async function renameEntity(store: Store, raw: unknown): Promise<CorrectionResult> {
  const { id, name } = parseParams(renameSchema, raw);
  await requireEntity(store, id);
  const result = await correct(store, { kind: 'rename', id, name }, id);
  return { ...result, message: `Renamed ${id} to "${name}"; the id stays.` };
}

export function listCorrections(store: Store): Promise<EntityCorrectionRecord[]> {
  return store.entityCorrections();
}

export interface UndoResult {
  /** The correction taken back. */
  readonly undone: EntityCorrectionRecord;
  /** Document entities that changed canonical id when the rest were replayed. */
  readonly reassigned: number;
  readonly message: string;
}

export interface RevertResult {
  /** The correction taken back. */
  readonly reverted: EntityCorrectionRecord;
  /** Document entities that changed canonical id when the rest were replayed. */
  readonly reassigned: number;
  readonly message: string;
}

/**
 * \`undo\`: the last correction is removed and the others replayed over a
 * full resolution, so the entities are what they would be had it never been
 * made (a renamed entity gets its automatic name back, a split's new entity
 * empties). Two steps, not one transaction: if the second fails, the
 * correction is already gone and \`parley entities resolve\` finishes the job.
 */
export async function undoCorrection(store: Store): Promise<UndoResult> {
  const last = (await store.entityCorrections()).at(-1);
  if (!last) throw new UsageError('There is no correction to undo: `parley entities corrections` lists the stored ones.');
  if (!(await store.removeCorrection(last.seq, { requeue: documentsToRebuild(last) }))) {
    throw new UsageError(`Correction ${last.seq} is no longer the last one (another was made meanwhile): list them with \`parley entities corrections\` and undo again.`);
  }
  const { reassigned, documents } = await relinkAll(store);
  // Engagements merge by canonical ids: reports whose participants moved are merged again.
  await linkEvents(store);
  return { undone: last, reassigned, message: `Undid correction ${last.seq} (${last.kind}): ${changed(reassigned, documents)}. It was: ${last.kind} ${describeStored(last)}.` };
}

/**
 * \`revert N\`: correction N (as \`parley entities corrections\` numbers it) is
 * removed wherever it is in the order, and the others are replayed over a
 * full resolution, as undo does for the last one. A later correction that
 * built on it (a rename of the id a reverted split made) then names an id
 * nothing resolves to, and does nothing until the id returns.
 */
export async function revertCorrection(store: Store, raw: unknown): Promise<RevertResult> {
  const { seq } = parseParams(revertSchema, raw);
  const corrections = await store.entityCorrections();
  const target = corrections.find((c) => c.seq === seq);
  if (!target) {
    const valid = corrections.length ? `the stored ones are numbered ${ranges(corrections.map((c) => c.seq))}` : 'there are no corrections stored';
    throw new UsageError(`There is no correction ${seq}: ${valid}. \`parley entities corrections\` lists them.`);
  }
  if (!(await store.removeCorrection(seq, { anywhere: true, requeue: documentsToRebuild(target) }))) {
    throw new UsageError(`Correction ${seq} was taken back meanwhile: list them with \`parley entities corrections\`.`);
  }
  const { reassigned, documents } = await relinkAll(store);
  // Engagements merge by canonical ids: reports whose participants moved are merged again.
  await linkEvents(store);
  return { reverted: target, reassigned, message: `Reverted correction ${seq} (${target.kind}): ${changed(reassigned, documents)}. It was: ${target.kind} ${describeStored(target)}.` };
}

const changed = (reassigned: number, documents: number) =>
  `${reassigned} document entities changed id${documents ? `, ${documents} document(s) indexed again (a split of single mentions)` : ''}`;

/** Documents whose index a correction built differently, so taking it back builds them again. */
function documentsToRebuild(correction: EntityCorrection): string[] {
  return correction.kind === 'split' ? [...new Set((correction.mentions ?? []).map((m) => m.document))] : [];
}

/** `1–3, 5, 7–8` */
function ranges(seqs: readonly number[]): string {
  const out: string[] = [];
  let i = 0;
  while (i < seqs.length) {
    let j = i;
    while (j + 1 < seqs.length && seqs[j + 1] === seqs[j]! + 1) j += 1;
    out.push(j === i ? String(seqs[i]) : `${seqs[i]}–${seqs[j]}`);
    i = j + 1;
  }
  return out.join(', ');
}

/** What a correction does, as `parley entities corrections` lists it: `person:w-peters → person:winston-peters (survives)`. */
export function describeStored(c: EntityCorrection): string {
  if (c.kind === 'merge') return `${c.from} → ${c.into} (${c.into} survives)`;
  if (c.kind === 'rename') return `${c.id} → "${c.name}"`;
  const moved = [c.documents.length ? `in ${c.documents.join(', ')}` : '', c.mentions?.length ? `mentions ${c.mentions.map((m) => `${m.document}:${m.start}-${m.end}`).join(', ')}` : '']
    .filter(Boolean)
    .join('; ');
  return `${c.id} → ${c.newId} ${moved}, named "${c.name}"`;
}

async function correct(store: Store, correction: EntityCorrection, result: string): Promise<CorrectionResult> {
  const { reassigned } = await applyCorrection(store, correction);
  await linkEvents(store);
  const entity = await requireEntity(store, result);
  return { correction, reassigned, entity, message: `${correction.kind} ${describeStored(correction)}: ${reassigned} document entities moved; ${entity.id} has ${entity.mentions} mentions in ${entity.documents} documents.` };
}
