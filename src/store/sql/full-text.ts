import type { Expression, SqlBool } from 'kysely';
import type { MatchNode } from '../query/index.js';

/** One document that matches a query and its filters, with what search sorts and facets count by. */
export interface MatchedDocument {
  readonly seq: number;
  /** Higher is better. */
  readonly score: number;
  readonly published: string | null;
  readonly source: string | null;
  readonly kind: string;
}

/**
 * What differs between databases in full-text search, supplied by each
 * adapter: SQLite implements it with FTS5 and `compileFts5`, PostgreSQL will
 * with a tsvector and `compileTsquery`. Shared code never asks which.
 */
export interface FullText {
  /**
   * Every document matching the query and passing `filter`, unordered. The
   * one place a search runs the engine's match: the count, the page and the
   * facets are all taken from this set.
   */
  matched(query: MatchNode, filter: Expression<SqlBool>): Promise<MatchedDocument[]>;
  /** True for documents (`documents as d`) whose `seq` is in `seqs`: how a matched set joins other tables. */
  inSet(seqs: readonly number[]): Expression<SqlBool>;
  /**
   * Text around the matches of each document, matches wrapped in
   * `MARK_START`/`MARK_END` sentinels (see ../snippet.ts), unescaped.
   */
  snippets(query: MatchNode, seqs: readonly number[]): Promise<Map<number, string>>;
  /** The documents `matched` gives, without a score: what a trend counts, read as cheaply as the engine can. */
  dated(query: MatchNode, filter: Expression<SqlBool>): Promise<Omit<MatchedDocument, 'score'>[]>;
  /** The seqs of the `limit` earliest documents matching the query and passing `filter` (by date, undated last, then seq). */
  earliest(query: MatchNode, filter: Expression<SqlBool>, limit: number): Promise<number[]>;
  /** Each document passing `filter`, with its words as the engine counts them (title and text). */
  words(filter: Expression<SqlBool>): Promise<CountedDocument[]>;
  /** Each document matching the query and passing `filter`, with how many times it matches. */
  occurrences(query: MatchNode, filter: Expression<SqlBool>): Promise<CountedDocument[]>;
}

/** A document with a count (words or occurrences) and what trends bucket by. */
export interface CountedDocument {
  readonly seq: number;
  readonly published: string | null;
  readonly source: string | null;
  readonly kind: string;
  readonly count: number;
}
