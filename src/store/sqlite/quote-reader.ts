import type Database from 'better-sqlite3';
import { sql, type Kysely } from 'kysely';
import type { ShinglePosting } from '../quote-types.js';
import type { StoreTables } from '../sql/tables.js';

/** Values per statement: one bound JSON array, walked by the engine. */
const VALUES_PER_READ = 20_000;
/**
 * Index rows read in order per key looked up before seeking instead. A row
 * read (0.6 µs) costs more than seeking a key the index lacks (0.4 µs), and
 * most keys of new quotes are new: reading in order pays only while the
 * index is small beside the keys (the first steps of a bulk load).
 */
const SCAN_ROWS_PER_KEY = 0.5;

type Row = readonly [hash: number, quote: number];

/**
 * Key postings for a clustering step, which looks up every key of every new
 * quote. Two ways, whichever reads less: while the index holds no more than
 * half a row per key looked up (a bulk load into a young index), it is
 * read in hash order and merged with the sorted keys; beyond that, the keys
 * left are sought, a few thousand per statement (SQL built by Kysely, the
 * keys bound as one JSON array): a statement per key cost 9 µs, most of it
 * crossing into the driver, against about 1 µs this way. Then each quote
 * found is read once, with its text. All in one read transaction.
 */
export class SqliteQuoteReader {
  private readonly scan: Database.Statement;
  private readonly seek: Database.Statement;
  private readonly quotes: Database.Statement;

  constructor(
    private readonly raw: Database.Database,
    db: Kysely<StoreTables>,
  ) {
    const json = sql<{ value: number }>`json_each(${sql.raw('?')})`.as('j');
    const scan = db.selectFrom('quote_shingles').select(['hash', 'quote']).orderBy('hash').orderBy('quote');
    this.scan = raw.prepare(scan.compile().sql).raw(true);
    const seek = db.selectFrom(json).innerJoin('quote_shingles as s', 's.hash', 'j.value').select(['s.hash', 's.quote']).orderBy('s.hash').orderBy('s.quote');
    this.seek = raw.prepare(seek.compile().sql).raw(true);
    const quotes = db.selectFrom(json).innerJoin('quotes as q', 'q.seq', 'j.value').select(['q.seq', 'q.doc', 'q.grp', 'q.text', 'q.shingles']);
    this.quotes = raw.prepare(quotes.compile().sql).raw(true);
  }

  /** For each distinct hash found, its first `limit` postings by quote key (the earliest stored); a hash found nowhere is left out. */
  shinglePostings(hashes: readonly number[], limit: number): Map<number, ShinglePosting[]> {
    return this.raw.transaction(() => this.read(hashes, limit)).deferred();
  }

  private read(hashes: readonly number[], limit: number): Map<number, ShinglePosting[]> {
    const keys = distinctSorted(hashes);
    const found = new Map<number, number[]>();
    const add = ([hash, quote]: Row) => {
      const list = found.get(hash);
      if (!list) found.set(hash, [quote]);
      else if (list.length < limit) list.push(quote);
    };
    // Merge while the budget lasts; past it, the keys from the hash last read on are sought (that hash's rows again whole).
    let from = keys.length;
    const budget = SCAN_ROWS_PER_KEY * keys.length;
    let k = 0;
    let read = 0;
    for (const row of this.scan.iterate() as IterableIterator<Row>) {
      while (k < keys.length && keys[k]! < row[0]) k += 1;
      // Every key passed: the rest of the index holds none of them.
      if (k === keys.length) break;
      if (++read > budget) {
        found.delete(row[0]);
        from = k;
        break;
      }
      if (keys[k] === row[0]) add(row);
    }
    for (let i = from; i < keys.length; i += VALUES_PER_READ) {
      for (const row of this.seek.all(JSON.stringify(Array.from(keys.subarray(i, i + VALUES_PER_READ)))) as Row[]) add(row);
    }

    const wanted = [...new Set([...found.values()].flat())].sort((a, b) => a - b);
    const quoteOf = new Map<number, ShinglePosting>();
    for (let i = 0; i < wanted.length; i += VALUES_PER_READ) {
      const rows = this.quotes.all(JSON.stringify(wanted.slice(i, i + VALUES_PER_READ))) as [number, number, number | null, string, number][];
      for (const [quote, doc, group, text, shingles] of rows) quoteOf.set(quote, { quote, doc, group: group ?? quote, text, shingles });
    }
    const out = new Map<number, ShinglePosting[]>();
    for (const [hash, list] of found) out.set(hash, list.flatMap((quote) => quoteOf.get(quote) ?? []));
    return out;
  }
}

/** The distinct values, ascending: sorted as numbers in a typed array and deduplicated in place (a Set of 700,000 cost 300 ms). */
function distinctSorted(values: readonly number[]): Float64Array {
  const sorted = Float64Array.from(values).sort();
  let n = 0;
  for (let i = 0; i < sorted.length; i++) if (n === 0 || sorted[i] !== sorted[n - 1]) sorted[n++] = sorted[i]!;
  return sorted.subarray(0, n);
}
