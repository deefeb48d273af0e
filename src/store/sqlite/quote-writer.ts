import type Database from 'better-sqlite3';
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { QuoteLinkUpdate } from '../quote-types.js';
import type { QuoteInsert } from '../sql/quote-rows.js';
import { QUOTE_INSERT_COLUMNS, quoteInsert, quoteWriteStatements, shingleInsert } from '../sql/quote-writes.js';
import type { StoreTables } from '../sql/tables.js';
import { bindAll, type Bound } from './bound.js';

/** Key rows per INSERT: 500 parameters, well under SQLite's limit, few enough runs to cost little. */
const KEY_ROWS_PER_INSERT = 250;
/**
 * Quote rows per INSERT: 960 parameters, under SQLite's oldest limit; most
 * documents' quotes in one statement. The full-text index costs far less a
 * row this way: the 31,905 turns of 1,500 transcripts took 1.42 s one row a
 * statement, 0.85 s 16 at a time, 0.77 s 64 at a time.
 */
const QUOTE_ROWS_PER_INSERT = 64;

function param<T>(name: string): RawBuilder<T> {
  return sql.raw<T>(`@${name}`);
}

/**
 * Writes the quote index. Its document-level part (a document's quotes in or
 * out, queued for clustering, groups that lose members marked) runs inside the
 * document writer's transactions; `putQuoteLinks` and `resetQuoteLinks` are
 * transactions of their own.
 */
export class SqliteQuoteWriter {
  private readonly s: { readonly [K in keyof ReturnType<typeof quoteWriteStatements>]: Bound };
  private readonly keysOne: Database.Statement;
  private readonly keysMany: Database.Statement;
  /** INSERTs of 1 to `QUOTE_ROWS_PER_INSERT` quote rows, by count less one, prepared when first needed. */
  private readonly quoteInserts: Database.Statement[] = [];

  constructor(
    private readonly raw: Database.Database,
    private readonly db: Kysely<StoreTables>,
  ) {
    this.s = bindAll(raw, quoteWriteStatements(db, param));
    this.keysOne = raw.prepare(shingleInsert(db, 1).compile().sql);
    this.keysMany = raw.prepare(shingleInsert(db, KEY_ROWS_PER_INSERT).compile().sql);
  }

  /** Stores a document's quotes (`quoteRows` of its stage outputs) and queues it; call inside a transaction. */
  index(doc: number, rows: readonly QuoteInsert[], published: string | null): void {
    if (rows.length === 0) return;
    const values: unknown[] = [];
    for (let i = 0; i < rows.length; i += QUOTE_ROWS_PER_INSERT) {
      const chunk = rows.slice(i, i + QUOTE_ROWS_PER_INSERT);
      values.length = 0;
      for (const row of chunk) {
        const full: Record<string, unknown> = { ...row, doc, published };
        for (const column of QUOTE_INSERT_COLUMNS) values.push(full[column]);
      }
      this.quoteInsertOf(chunk.length).run(values);
    }
    this.s.labelNew.run({ doc });
    this.s.enqueue.run({ doc });
  }

  private quoteInsertOf(rows: number): Database.Statement {
    return (this.quoteInserts[rows - 1] ??= this.raw.prepare(quoteInsert(this.db, rows).compile().sql));
  }

  /** Before a document's quotes go (with it, or replaced by new stage outputs): their groups are rebuilt at the next step. */
  forget(doc: number, deleteQuotes: boolean): void {
    this.s.markDirty.run({ doc });
    this.s.dequeue.run({ doc });
    if (deleteQuotes) this.s.deleteQuotes.run({ doc });
  }

  putQuoteLinks(update: QuoteLinkUpdate): void {
    this.raw
      .transaction(() => {
        for (const { from, to } of update.relabel) this.s.relabel.run({ from, to });
        for (const { quote, group } of update.assign) this.s.assign.run({ quote, group });
        let total = 0;
        for (const { hashes } of update.indexed) total += hashes.length;
        const keyHashes = new Float64Array(total);
        const keyQuotes = new Float64Array(total);
        let n = 0;
        for (const { quote, hashes, shingles } of update.indexed) {
          // A quote gone since the step read it (a concurrent write) updates nothing, and gets no keys.
          if (this.s.setShingles.run({ quote, shingles, keys: JSON.stringify(hashes) }).changes === 0) continue;
          for (const hash of hashes) {
            keyHashes[n] = hash;
            keyQuotes[n++] = quote;
          }
        }
        this.insertKeys(keyHashes, keyQuotes, n);
        for (const grp of update.dropClusters) this.s.dropCluster.run({ grp, id: '' });
        for (const c of update.clusters) {
          this.s.dropCluster.run({ grp: c.group, id: c.id });
          this.s.insertCluster.run({ grp: c.group, id: c.id, documents: c.documents, earliest: c.earliest });
        }
        for (const grp of update.rebuilt) this.s.clearDirty.run({ grp });
        for (const doc of update.done) this.s.dequeue.run({ doc });
      })
      .immediate();
  }

  /**
   * In index order: the rows of a step then go in as runs of appends and
   * near neighbours, where in quote order each was a seek to a random page
   * (3.7 s against 0.6 s for 766,000 rows into a fresh file). Sorted as
   * numbers in one typed array, not as pairs (a comparator over 790,000
   * pairs cost more than inserting them): each row's place is its hash with
   * the low bits replaced by its row number. Rows whose hashes differ only
   * there may come out of order, which costs nothing; rows of one hash stay
   * in the order they came (quote order).
   */
  private insertKeys(hashes: Float64Array, quotes: Float64Array, n: number): void {
    let span = 1;
    while (span < n) span *= 2;
    const order = new Float64Array(n);
    for (let i = 0; i < n; i++) order[i] = Math.floor(hashes[i]! / span) * span + i;
    order.sort();
    const values: number[] = new Array<number>(2 * KEY_ROWS_PER_INSERT).fill(0);
    let i = 0;
    for (; i + KEY_ROWS_PER_INSERT <= n; i += KEY_ROWS_PER_INSERT) {
      for (let j = 0; j < KEY_ROWS_PER_INSERT; j++) {
        const row = order[i + j]! % span;
        values[2 * j] = hashes[row]!;
        values[2 * j + 1] = quotes[row]!;
      }
      this.keysMany.run(values);
    }
    for (; i < n; i++) {
      const row = order[i]! % span;
      this.keysOne.run(hashes[row], quotes[row]);
    }
  }

  /** Undoes every cluster and queues every document with quotes: the next step rebuilds them from nothing. */
  resetQuoteLinks(): void {
    this.raw
      .transaction(() => {
        this.s.resetShingles.run();
        this.s.resetClusters.run();
        this.s.resetDirty.run();
        this.s.resetGroups.run();
        this.s.requeueAll.run();
      })
      .immediate();
  }
}
