import type { StageRecord } from '../core/index.js';
import type { DocumentEntity, EntitiesOutput, EntityMention, OfficeMention } from '../extract/entities/index.js';
import { ENTITY_TYPES } from '../store/index.js';
import type { LinkedEntities } from './in-batch.js';

/** The stage whose output resolution reads. */
export const ENTITIES_STAGE = 'entities';

export const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
export const isInt = (value: unknown): value is number => Number.isInteger(value);

/** One document of a store-less run (`parley extract`), as the in-batch linkers of quotes and events read it. */
export interface BatchDocument {
  readonly id: string;
  readonly published: string | null;
  /** The document's stage records. */
  readonly stages: readonly StageRecord[];
  /** What in-batch entity linking gave the document. */
  readonly linked: LinkedEntities | undefined;
}

const isSpan = (value: Record<string, unknown>) => Number.isInteger(value.start) && Number.isInteger(value.end) && (value.start as number) <= (value.end as number);
const isEntity = (value: unknown): value is DocumentEntity =>
  isObject(value) &&
  (ENTITY_TYPES as readonly unknown[]).includes(value.type) &&
  typeof value.name === 'string' &&
  typeof value.key === 'string' &&
  (value.roles === undefined || Array.isArray(value.roles));
const isMention = (value: unknown): value is EntityMention =>
  isObject(value) && isSpan(value) && typeof value.text === 'string' && Number.isInteger(value.entity);
const isOfficeMention = (value: unknown): value is OfficeMention =>
  isObject(value) && isSpan(value) && typeof value.text === 'string' && isObject(value.office) && typeof value.office.title === 'string';

/**
 * The `entities` stage output among a document's stage records, or an empty
 * one. Stored outputs may come from older stage versions, so the shape is
 * checked item by item: what does not fit is left out, never thrown.
 * Entities left out keep their place (as null) so mention indexes still point
 * at the right entity.
 */
export function entitiesOf(stages: readonly StageRecord[] | undefined): { entities: (DocumentEntity | null)[]; mentions: EntityMention[]; officeMentions: OfficeMention[] } {
  const output = stages?.find((stage) => stage.name === ENTITIES_STAGE)?.output;
  if (!isObject(output)) return { entities: [], mentions: [], officeMentions: [] };
  const list = (key: keyof EntitiesOutput): unknown[] => (Array.isArray(output[key]) ? (output[key] as unknown[]) : []);
  return {
    entities: list('entities').map((entity) => (isEntity(entity) ? entity : null)),
    mentions: list('mentions').filter(isMention),
    officeMentions: list('officeMentions').filter(isOfficeMention),
  };
}
