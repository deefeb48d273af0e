export type {
  DocumentRecord,
  FacetValue,
  Facets,
  PutResult,
  SearchFilters,
  SearchHit,
  SearchPage,
  SearchQuery,
  SearchSort,
  StageVersion,
  Store,
  StoreCapabilities,
  StoreStats,
  StoredDocument,
} from './store.js';
export { openSqliteStore, type SqliteStoreOptions } from './sqlite/open.js';
export type { AndNode, EmptyQuery, Field, MatchNode, OrNode, PhraseNode, QueryNode, TermNode } from './query/index.js';
export { FIELDS, MAX_QUERY_LENGTH, parseQuery } from './query/index.js';
