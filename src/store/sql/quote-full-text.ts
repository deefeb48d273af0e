import type { Expression, SqlBool } from 'kysely';
import type { MatchNode } from '../query/index.js';

/**
 * Full-text over quote text, supplied by each adapter beside `FullText`:
 * SQLite with an FTS5 table (`quotes_fts`), PostgreSQL with a tsvector.
 * Shared code never asks which.
 */
export interface QuoteFullText {
  /** True for quotes (`quotes as q`) whose text matches. */
  matches(query: MatchNode): Expression<SqlBool>;
  /** Words of each of these quotes, as the engine counts them. */
  words(quotes: readonly number[]): Promise<Map<number, number>>;
  /** How many times the query matches in each of these quotes (absent: none). */
  occurrences(query: MatchNode, quotes: readonly number[]): Promise<Map<number, number>>;
}
