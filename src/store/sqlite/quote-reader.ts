import type Database from 'better-sqlite3';
import { sql, type Kysely } from 'kysely';
import type { ShinglePosting } from '../quote-types.js';
import type { StoreTables } from '../sql/tables.js';

/** Hashes per statement: one bound JSON array, walked by the engine. */
const HASHES_PER_READ = 20_000;

/**
 * Shingle postings through one prepared statement per few thousand hashes
 * (SQL built by Kysely): a clustering step looks up every shingle of every
 * new quote, and a statement per hash cost 9 µs each on 100,000 documents,
 * most of it crossing into the driver, against about 1 µs a hash this way.
 */
export class SqliteQuoteReader {
  private readonly postings: Database.Statement;

  constructor(raw: Database.Database, db: Kysely<StoreTables>) {
    const query = db
      .selectFrom(sql<{ value: number }>`json_each(${sql.raw('?')})`.as('j'))
      .innerJoin('quote_shingles as s', 's.hash', 'j.value')
      .innerJoin('quotes as q', 'q.seq', 's.quote')
      .select(['s.hash', 's.quote', 'q.doc', 'q.grp', 'q.shingles'])
      .orderBy('s.hash')
      .orderBy('s.quote');
    this.postings = raw.prepare(query.compile().sql).raw(true);
  }

  /** For each distinct hash, its first `limit` postings by quote key (the earliest stored). */
  shinglePostings(hashes: readonly number[], limit: number): Map<number, ShinglePosting[]> {
    const distinct = [...new Set(hashes)];
    const out = new Map<number, ShinglePosting[]>(distinct.map((h) => [h, []]));
    for (let i = 0; i < distinct.length; i += HASHES_PER_READ) {
      const rows = this.postings.all(JSON.stringify(distinct.slice(i, i + HASHES_PER_READ))) as [number, number, number, number | null, number][];
      for (const [hash, quote, doc, group, shingles] of rows) {
        const list = out.get(hash)!;
        if (list.length < limit) list.push({ quote, doc, group: group ?? quote, shingles });
      }
    }
    return out;
  }
}
