import { UsageError } from '../core/index.js';
import { ENTITY_TYPES, type EntityDetailQuery, type EntityListQuery, type EntityType } from './entity-types.js';
import { fold } from './fold.js';
import { checkInteger } from './check-integer.js';

export const ENTITY_LIST_LIMIT = 50;
export const ENTITY_MAX_LIMIT = 200;
export const DOCUMENTS_LIMIT = 100;
export const DOCUMENTS_MAX_LIMIT = 1000;
export const CO_MENTIONED = 20;
const MAX_SEARCH = 200;

export interface CheckedEntityList {
  readonly type: EntityType | null;
  /** Folded, with LIKE's wildcards escaped; null: no name condition. */
  readonly pattern: string | null;
  readonly limit: number;
  readonly offset: number;
}

export interface CheckedEntityDetail {
  readonly limit: number;
  readonly offset: number;
  readonly coMentioned: number;
}

/** Validates an entity listing once for every adapter; `UsageError` names the field and the fix. */
export function checkEntityList(query: EntityListQuery): CheckedEntityList {
  const type = query.type ?? null;
  if (type !== null && !(ENTITY_TYPES as readonly string[]).includes(type)) {
    throw new UsageError(`Unknown entity type '${String(type)}': use ${ENTITY_TYPES.join(', ')}.`);
  }
  const search = query.search ?? '';
  if (typeof search !== 'string' || search.length > MAX_SEARCH) {
    throw new UsageError(`'search' must be text of at most ${MAX_SEARCH} characters (got ${JSON.stringify(search).slice(0, 60)}).`);
  }
  const folded = fold(search.trim());
  return {
    type,
    pattern: folded === '' ? null : `%${folded.replace(/[\\%_]/g, (c) => `\\${c}`)}%`,
    limit: checkInteger('limit', query.limit ?? ENTITY_LIST_LIMIT, 0, ENTITY_MAX_LIMIT),
    offset: checkInteger('offset', query.offset ?? 0, 0, Number.MAX_SAFE_INTEGER),
  };
}

export function checkEntityDetail(query: EntityDetailQuery): CheckedEntityDetail {
  return {
    limit: checkInteger('limit', query.limit ?? DOCUMENTS_LIMIT, 0, DOCUMENTS_MAX_LIMIT),
    offset: checkInteger('offset', query.offset ?? 0, 0, Number.MAX_SAFE_INTEGER),
    coMentioned: checkInteger('coMentioned', query.coMentioned ?? CO_MENTIONED, 0, ENTITY_MAX_LIMIT),
  };
}

/** An id filter for one type: `person` filters take `person:…` ids. */
export function checkEntityIds(type: EntityType, value: readonly string[] | undefined): readonly string[] {
  if (value == null) return [];
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) {
    throw new UsageError(`Filter '${type}' must be a list of entity ids (got ${JSON.stringify(value)}).`);
  }
  for (const id of value) {
    if (!id.startsWith(`${type}:`)) {
      throw new UsageError(`Filter '${type}' has '${id}', which is not a ${type} id: ${type} ids start with '${type}:' (see GET /api/entities or parley entities).`);
    }
  }
  return value;
}
