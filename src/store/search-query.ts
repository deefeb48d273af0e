import { KINDS, UsageError, type Kind } from '../core/index.js';
import { checkDate, checkList } from './check-filters.js';
import { checkInteger } from './check-integer.js';
import { checkEntityIds } from './entity-query.js';
import { parseQuery, type QueryNode } from './query/index.js';
import type { SearchQuery, SearchSort } from './store.js';

export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 200;

/** Filters after validation: an empty list means "no filter". */
export interface CheckedFilters {
  readonly from: string | null;
  readonly to: string | null;
  readonly source: readonly string[];
  readonly kind: readonly Kind[];
  readonly minister: readonly string[];
  readonly portfolio: readonly string[];
  /** Entity ids per type: any of them within a type, every type given. */
  readonly person: readonly string[];
  readonly org: readonly string[];
  readonly place: readonly string[];
}

/** True when the filters leave every document in. */
export function noFilters(f: CheckedFilters): boolean {
  return f.from === null && f.to === null && [f.source, f.kind, f.minister, f.portfolio, f.person, f.org, f.place].every((list) => list.length === 0);
}

/** A search every adapter can run without checking anything again. */
export interface CheckedSearch {
  readonly query: QueryNode;
  readonly filters: CheckedFilters;
  readonly limit: number;
  readonly offset: number;
  readonly sort: SearchSort;
}

/**
 * Validates a `SearchQuery` once for every adapter: `QuerySyntaxError` for
 * the query, `UsageError` naming the field and the fix for anything else.
 */
export function checkSearch(input: SearchQuery): CheckedSearch {
  const query = input.q == null ? ({ type: 'empty' } as const) : parseQuery(input.q);
  const f = input.filters ?? {};
  const from = checkDate("Filter 'from'", f.from);
  const to = checkDate("Filter 'to'", f.to);
  if (from !== null && to !== null && from > to) {
    throw new UsageError(`Filter 'from' (${from}) is later than 'to' (${to}): swap them or widen the range.`);
  }
  const kind = checkList("Filter 'kind'", f.kind);
  for (const value of kind) {
    if (!(KINDS as readonly string[]).includes(value)) {
      throw new UsageError(`Filter 'kind' has unknown value '${value}': use ${KINDS.join(', ')}.`);
    }
  }
  const sort = input.sort ?? (query.type === 'empty' ? 'date' : 'relevance');
  if (sort !== 'relevance' && sort !== 'date') {
    throw new UsageError(`Unknown sort '${String(sort)}': use relevance or date.`);
  }
  return {
    query,
    filters: {
      from,
      to,
      source: checkList("Filter 'source'", f.source),
      kind: kind as readonly Kind[],
      minister: checkList("Filter 'minister'", f.minister),
      portfolio: checkList("Filter 'portfolio'", f.portfolio),
      person: checkEntityIds('person', f.person),
      org: checkEntityIds('org', f.org),
      place: checkEntityIds('place', f.place),
    },
    limit: checkInteger('limit', input.limit ?? DEFAULT_LIMIT, 0, MAX_LIMIT),
    offset: checkInteger('offset', input.offset ?? 0, 0, Number.MAX_SAFE_INTEGER),
    sort,
  };
}



