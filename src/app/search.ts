import type { Facets, SearchPage, Store } from '../store/index.js';
import { parseSearchParams } from './search-params.js';

/** Validates raw parameters (CLI flags or a query string) and searches. */
export function searchDocuments(store: Store, raw: unknown): Promise<SearchPage> {
  return store.search(parseSearchParams(raw));
}

/** Facet counts over what the same parameters match; paging is irrelevant to counts. */
export function searchFacets(store: Store, raw: unknown): Promise<Facets> {
  return store.facets(parseSearchParams(raw));
}
