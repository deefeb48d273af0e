import type Database from 'better-sqlite3';
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { StageRecord } from '../../core/index.js';
import type { QuoteLinkUpdate } from '../quote-types.js';
import { quoteRows } from '../sql/quote-rows.js';
import { quoteWriteStatements, shingleInsert } from '../sql/quote-writes.js';
import type { StoreTables } from '../sql/tables.js';
import { bindAll, BulkInsert, type Bound } from './bound.js';

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
  private readonly shingles: BulkInsert;

  constructor(
    private readonly raw: Database.Database,
    db: Kysely<StoreTables>,
  ) {
    this.s = bindAll(raw, quoteWriteStatements(db, param));
    this.shingles = new BulkInsert(raw, (rows) => shingleInsert(db, rows), 2);
  }

  /** Stores a document's quotes from its `quotes` stage output and queues it; call inside a transaction. */
  index(doc: number, stages: readonly StageRecord[], text: string, published: string | null): void {
    const rows = quoteRows(stages, text);
    if (rows.length === 0) return;
    for (const row of rows) this.s.insertQuote.run({ ...row, doc, published });
    this.s.labelNew.run({ doc });
    this.s.enqueue.run({ doc });
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
        try {
          for (const { quote, hashes, shingles } of update.indexed) {
            // A quote gone since the step read it (a concurrent write) updates nothing, and gets no shingles.
            if (this.s.setShingles.run({ quote, shingles }).changes === 0) continue;
            for (const hash of hashes) this.shingles.add([hash, quote]);
          }
          this.shingles.flush();
        } catch (error) {
          this.shingles.clear();
          throw error;
        }
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
