// The search a user is looking at, as one value. It round-trips through the
// location hash (so reloads and shared links reproduce the page) and becomes
// the API's query string. Pure: no DOM, so it is unit-tested under Node.
import type { Sort } from './api-types.js';

export const PAGE_SIZE = 20;

/** Filters that repeat in the query string and mean "any of". */
export const LIST_FILTERS = ['source', 'kind', 'minister', 'portfolio', 'person', 'org', 'place'] as const;
export type ListFilter = (typeof LIST_FILTERS)[number];

/** The list filters whose values are entity ids (`person:winston-peters`), shown by name. */
export const ENTITY_FILTERS = ['person', 'org', 'place'] as const;
export type EntityFilter = (typeof ENTITY_FILTERS)[number];

export function isEntityFilter(filter: string): filter is EntityFilter {
  return (ENTITY_FILTERS as readonly string[]).includes(filter);
}

export interface SearchState {
  readonly q: string;
  readonly source: readonly string[];
  readonly kind: readonly string[];
  readonly minister: readonly string[];
  readonly portfolio: readonly string[];
  /** Entity ids: documents mentioning any of them. */
  readonly person: readonly string[];
  readonly org: readonly string[];
  readonly place: readonly string[];
  /** Inclusive `YYYY-MM-DD`, or '' for open-ended. */
  readonly from: string;
  readonly to: string;
  /** null lets the server choose: relevance with a query, newest first without. */
  readonly sort: Sort | null;
  readonly offset: number;
}

export const EMPTY_SEARCH: SearchState = Object.freeze({
  q: '',
  source: [],
  kind: [],
  minister: [],
  portfolio: [],
  person: [],
  org: [],
  place: [],
  from: '',
  to: '',
  sort: null,
  offset: 0,
});

/** Every filter off, the query and sort kept: "the same search without filters". */
export const NO_FILTERS: Pick<SearchState, ListFilter | 'from' | 'to'> = Object.freeze({
  source: [],
  kind: [],
  minister: [],
  portfolio: [],
  person: [],
  org: [],
  place: [],
  from: '',
  to: '',
});

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function unique(values: readonly string[]): string[] {
  return [...new Set(values.filter((v) => v !== ''))];
}

export function parseSearch(params: URLSearchParams): SearchState {
  const sort = params.get('sort');
  const offset = Number.parseInt(params.get('offset') ?? '', 10);
  const date = (name: string) => {
    const value = params.get(name) ?? '';
    return ISO_DATE.test(value) ? value : '';
  };
  const lists = Object.fromEntries(LIST_FILTERS.map((name) => [name, unique(params.getAll(name))])) as Record<ListFilter, string[]>;
  return {
    q: params.get('q') ?? '',
    ...lists,
    from: date('from'),
    to: date('to'),
    sort: sort === 'relevance' || sort === 'date' ? sort : null,
    offset: Number.isFinite(offset) && offset > 0 ? offset : 0,
  };
}

/** Only the non-default parts, in a fixed order, so equal searches give equal strings. */
export function searchParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q.trim() !== '') params.set('q', state.q);
  for (const name of LIST_FILTERS) for (const value of state[name]) params.append(name, value);
  if (state.from) params.set('from', state.from);
  if (state.to) params.set('to', state.to);
  if (state.sort) params.set('sort', state.sort);
  if (state.offset > 0) params.set('offset', String(state.offset));
  return params;
}

/** The query string for /api/search and /api/facets. */
export function apiParams(state: SearchState, limit = PAGE_SIZE): URLSearchParams {
  const params = searchParams(state);
  params.set('limit', String(limit));
  return params;
}

/** Any change to what is searched restarts at the first page. */
export function withChanges(state: SearchState, changes: Partial<SearchState>): SearchState {
  return { ...state, offset: 0, ...changes };
}

export function toggleValue(state: SearchState, filter: ListFilter, value: string): SearchState {
  const current = state[filter];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  return withChanges(state, { [filter]: next });
}

/** A year facet is a date range covering exactly that calendar year. */
export function yearRange(year: string): Pick<SearchState, 'from' | 'to'> {
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

export function selectedYear(state: SearchState): string | null {
  const year = state.from.slice(0, 4);
  const range = yearRange(year);
  return state.from === range.from && state.to === range.to ? year : null;
}

export function hasFilters(state: SearchState): boolean {
  return LIST_FILTERS.some((name) => state[name].length > 0) || state.from !== '' || state.to !== '';
}

export function effectiveSort(state: SearchState): Sort {
  return state.sort ?? (state.q.trim() === '' ? 'date' : 'relevance');
}
