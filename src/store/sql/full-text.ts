import type { Expression, SqlBool } from 'kysely';
import type { MatchNode } from '../query/index.js';
import type { SearchSort } from '../store.js';

export interface RankedRow {
  readonly seq: number;
  /** Higher is better. */
  readonly score: number;
}

/**
 * What differs between databases in full-text search, supplied by each
 * adapter: SQLite implements it with FTS5 and `compileFts5`, PostgreSQL will
 * with a tsvector and `compileTsquery`. Shared code never asks which.
 */
export interface FullText {
  /** True for documents (`documents as d`) that match the query. */
  matches(query: MatchNode): Expression<SqlBool>;
  /** One page of matches passing `filter`, with scores, in `sort` order. */
  rank(query: MatchNode, filter: Expression<SqlBool>, sort: SearchSort, limit: number, offset: number): Promise<RankedRow[]>;
  /**
   * Text around the matches of each document, matches wrapped in
   * `MARK_START`/`MARK_END` sentinels (see ../snippet.ts), unescaped.
   */
  snippets(query: MatchNode, seqs: readonly number[]): Promise<Map<number, string>>;
}
