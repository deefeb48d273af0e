import { UsageError } from '../core/index.js';
import { applyCorrection, relinkAll, splitId } from '../link/index.js';
import type { EntityCorrection, EntityCorrectionRecord, EntityDetail, Store } from '../store/index.js';
import { requireEntity } from './entities.js';
import { mergeSchema, parseParams, renameSchema, splitSchema } from './entity-params.js';

export interface CorrectionResult {
  readonly correction: EntityCorrection;
  /** Document entities that changed canonical id. */
  readonly reassigned: number;
  /** The entity the correction leaves (the merged-into one, the new one of a split, the renamed one). */
  readonly entity: EntityDetail;
}

/**
 * User corrections, from the CLI and (with a token) the HTTP API. Each is
 * stored and replayed after every later resolution, so it survives
 * re-ingest, re-extraction and `parley reindex`.
 */

/** `merge A B`: B becomes part of A; A keeps its id and name. */
export async function mergeEntities(store: Store, raw: unknown): Promise<CorrectionResult> {
  const { into, from } = parseParams(mergeSchema, raw);
  if (into === from) throw new UsageError(`Cannot merge '${into}' into itself: give two different ids.`);
  const [target, source] = [await requireEntity(store, into), await requireEntity(store, from)];
  if (target.type !== source.type) {
    throw new UsageError(`Cannot merge '${from}' (${source.type}) into '${into}' (${target.type}): only entities of one type merge.`);
  }
  return correct(store, { kind: 'merge', into, from }, into);
}

/**
 * `split ID --doc DOC… [--name NAME]`: the mentions of ID in those documents
 * become a new entity, named NAME (default: ID's name) with the id NAME reads
 * as, or `ID~2`, `ID~3` … without a name.
 */
export async function splitEntity(store: Store, raw: unknown): Promise<CorrectionResult> {
  const { id, documents, name } = parseParams(splitSchema, raw);
  const entity = await requireEntity(store, id);
  const inDocuments = new Set((await store.entityRows({ entities: [id] })).map((row) => row.document));
  const missing = [...new Set(documents)].filter((doc) => !inDocuments.has(doc));
  if (missing.length) {
    throw new UsageError(`'${id}' is not mentioned in ${missing.map((d) => `'${d}'`).join(', ')}: run \`parley entities show ${id}\` to list its documents.`);
  }
  const newId = await splitId(store, id, entity.type, name ?? null);
  if (newId === id) throw new UsageError(`--name '${name}' reads as '${id}' itself: give a different name, or leave --name out.`);
  return correct(store, { kind: 'split', id, documents: [...new Set(documents)], newId, name: name ?? entity.name }, newId);
}

/** `rename ID NAME`: the canonical name changes; the id stays. */
export async function renameEntity(store: Store, raw: unknown): Promise<CorrectionResult> {
  const { id, name } = parseParams(renameSchema, raw);
  await requireEntity(store, id);
  return correct(store, { kind: 'rename', id, name }, id);
}

export function listCorrections(store: Store): Promise<EntityCorrectionRecord[]> {
  return store.entityCorrections();
}

export interface UndoResult {
  /** The correction taken back. */
  readonly undone: EntityCorrectionRecord;
  /** Document entities that changed canonical id when the rest were replayed. */
  readonly reassigned: number;
}

/**
 * \`undo\`: the last correction is removed and the others replayed over a
 * full resolution, so the entities are what they would be had it never been
 * made (a renamed entity gets its automatic name back, a split's new entity
 * empties). Only the last one: an earlier correction may be what a later
 * one builds on. Two steps, not one transaction: if the second fails, the
 * correction is already gone and \`parley entities resolve\` finishes the job.
 */
export async function undoCorrection(store: Store): Promise<UndoResult> {
  const last = (await store.entityCorrections()).at(-1);
  if (!last) throw new UsageError('There is no correction to undo: `parley entities corrections` lists the stored ones.');
  if (!(await store.removeCorrection(last.seq))) {
    throw new UsageError(`Correction ${last.seq} is no longer the last one (another was made meanwhile): list them with \`parley entities corrections\` and undo again.`);
  }
  const { reassigned } = await relinkAll(store);
  return { undone: last, reassigned };
}

async function correct(store: Store, correction: EntityCorrection, result: string): Promise<CorrectionResult> {
  const { reassigned } = await applyCorrection(store, correction);
  return { correction, reassigned, entity: await requireEntity(store, result) };
}
