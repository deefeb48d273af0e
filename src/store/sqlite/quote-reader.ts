import type Database from 'better-sqlite3';
import { sql, type Kysely } from 'kysely';
import type { ShinglePosting } from '../quote-types.js';
import type { StoreTables } from '../sql/tables.js';

/**
 * Shingle postings through one prepared statement (SQL built by Kysely): a
 * clustering step looks up every shingle of every new quote, and Kysely's
 * per-query overhead would cost more than the lookup.
 */
export class SqliteQuoteReader {
  private readonly postings: Database.Statement;

  constructor(raw: Database.Database, db: Kysely<StoreTables>) {
    const query = db
      .selectFrom('quote_shingles as s')
      .innerJoin('quotes as q', 'q.seq', 's.quote')
      .select(['s.quote', 'q.doc', 'q.grp as group', 'q.shingles'])
      .where('s.hash', '=', sql.raw<number>('?'))
      .orderBy('s.quote')
      .limit(sql.raw<number>('?'));
    this.postings = raw.prepare(query.compile().sql);
  }

  /** For each distinct hash, its first `limit` postings by quote key (the earliest stored). */
  shinglePostings(hashes: readonly number[], limit: number): Map<number, ShinglePosting[]> {
    const out = new Map<number, ShinglePosting[]>();
    for (const hash of hashes) {
      if (!out.has(hash)) out.set(hash, this.postings.all(hash, limit) as ShinglePosting[]);
    }
    return out;
  }
}
