// The entities index as one value (type, name search, page), round-tripping
// through the hash like the search does, plus small pure helpers the entity
// views share. No DOM, so it is unit-tested under Node.
import type { EntityType, Office, Role } from './api-types.js';

export const ENTITY_TYPES: readonly EntityType[] = ['person', 'org', 'place'];
/** Entities per page of the index. */
export const ENTITY_PAGE_SIZE = 50;
/** Documents per page on an entity page. */
export const ENTITY_DOCS_PAGE = 20;
/** Co-mentioned entities asked for: enough for ten of most types. */
export const CO_MENTIONED = 30;

export function isEntityType(value: string): value is EntityType {
  return (ENTITY_TYPES as readonly string[]).includes(value);
}

export interface EntityListState {
  /** '' lists every type. */
  readonly type: EntityType | '';
  /** Part of a name, as typed. */
  readonly search: string;
  readonly offset: number;
}

export const EMPTY_ENTITY_LIST: EntityListState = Object.freeze({ type: '', search: '', offset: 0 });

export function parseEntityList(params: URLSearchParams): EntityListState {
  const type = params.get('type') ?? '';
  const offset = Number.parseInt(params.get('offset') ?? '', 10);
  return {
    type: isEntityType(type) ? type : '',
    search: params.get('search') ?? '',
    offset: Number.isFinite(offset) && offset > 0 ? offset : 0,
  };
}

/** Only the non-default parts, in a fixed order, so equal lists give equal strings. */
export function entityListParams(state: EntityListState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.type) params.set('type', state.type);
  if (state.search.trim() !== '') params.set('search', state.search.trim());
  if (state.offset > 0) params.set('offset', String(state.offset));
  return params;
}

/** The query string for /api/entities. */
export function entityListApiParams(state: EntityListState, limit = ENTITY_PAGE_SIZE): URLSearchParams {
  const params = entityListParams(state);
  params.set('limit', String(limit));
  return params;
}

/** The query string for /api/entities/:id: one page of its documents, from `offset`. */
export function entityDetailParams(offset: number): URLSearchParams {
  return new URLSearchParams({ limit: String(ENTITY_DOCS_PAGE), offset: String(offset), coMentioned: String(CO_MENTIONED) });
}

/** `Secretary of State, United States`; the title alone when whose office is unknown. */
export function roleLabel(office: Office): string {
  return office.of ? `${office.title}, ${office.of}` : office.title;
}

/**
 * The role most recently seen: the latest `to`, then the latest `from`. Dates
 * are ISO strings, so they compare as text; an unknown date sorts first.
 */
export function latestRole<R extends Role>(roles: readonly R[]): R | null {
  let best: R | null = null;
  for (const role of roles) {
    if (!best || compareRoleDates(role, best) > 0) best = role;
  }
  return best;
}

function compareRoleDates(a: Role, b: Role): number {
  const byTo = (a.to ?? a.from ?? '').localeCompare(b.to ?? b.from ?? '');
  return byTo !== 0 ? byTo : (a.from ?? '').localeCompare(b.from ?? '');
}
