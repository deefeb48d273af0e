import type Database from 'better-sqlite3';
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Fingerprints } from '../../core/index.js';
import type { ReuseUpdate } from '../reuse-types.js';
import { FINGERPRINT_WIDTH, fingerprintInsert, reuseWriteStatements } from '../sql/reuse-writes.js';
import type { StoreTables } from '../sql/tables.js';
import { bindAll, BulkInsert, type Bound } from './bound.js';

function param<T>(name: string): RawBuilder<T> {
  return sql.raw<T>(`@${name}`);
}

/**
 * Writes the reuse index. Its document-level part (fingerprints in, pairs
 * out, queued for linking) runs inside the document writer's transactions;
 * `putReuse` is a transaction of its own.
 */
export class SqliteReuseWriter {
  private readonly s: { readonly [K in keyof ReturnType<typeof reuseWriteStatements>]: Bound };
  private readonly fingerprints: BulkInsert;

  constructor(
    private readonly raw: Database.Database,
    db: Kysely<StoreTables>,
  ) {
    this.s = bindAll(raw, reuseWriteStatements(db, param));
    this.fingerprints = new BulkInsert(raw, (rows) => fingerprintInsert(db, rows), FINGERPRINT_WIDTH);
  }

  /** Indexes a document's fingerprints and queues it; call inside a transaction. */
  index(doc: number, fingerprints: Fingerprints): void {
    const { hashes, starts, ends } = fingerprints;
    try {
      for (let i = 0; i < hashes.length; i++) this.fingerprints.add([hashes[i], doc, starts[i], ends[i]]);
      this.fingerprints.flush();
    } catch (error) {
      this.fingerprints.clear();
      throw error;
    }
    this.s.enqueue.run({ doc });
  }

  /** Drops a document's fingerprints and pairs (before new fingerprints replace them). */
  forget(doc: number): void {
    this.s.deleteFingerprints.run({ doc });
    this.s.deletePairs.run({ doc });
    this.s.dequeue.run({ doc });
  }

  putReuse(update: ReuseUpdate): void {
    this.raw
      .transaction(() => {
        for (const pair of update.pairs) {
          this.s.deleteReversed.run({ source: pair.source, target: pair.target });
          this.s.upsertPair.run({
            source: pair.source,
            target: pair.target,
            source_share: pair.sourceShare,
            target_share: pair.targetShare,
            top_share: Math.max(pair.sourceShare, pair.targetShare),
            lag_days: pair.lagDays,
            passages: JSON.stringify(pair.passages),
          });
        }
        for (const doc of update.done) this.s.dequeue.run({ doc });
      })
      .immediate();
  }
}
