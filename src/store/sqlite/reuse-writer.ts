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

  /** Fingerprints indexed in the open transaction, written by `writeIndexed`. */
  private pending: { readonly doc: number; readonly fingerprints: Fingerprints }[] = [];

  /** Queues a document and holds its fingerprints for `writeIndexed`; call inside a transaction. */
  index(doc: number, fingerprints: Fingerprints): void {
    this.pending.push({ doc, fingerprints });
    this.s.enqueue.run({ doc });
  }

  /**
   * Writes the fingerprints held since the last call, the whole batch's in
   * hash order: the table is keyed by hash, and rows in key order touch each
   * b-tree page once, where one document's rows (random hashes) touched a
   * page each. On the AU PM corpus this was most of ingest's write time.
   * Call before the transaction commits.
   */
  writeIndexed(): void {
    const taken = this.pending;
    this.pending = [];
    let total = 0;
    for (const p of taken) total += p.fingerprints.hashes.length;
    const hashes = new BigInt64Array(total);
    const docs = new Float64Array(total);
    const starts = new Uint32Array(total);
    const ends = new Uint32Array(total);
    let at = 0;
    for (const { doc, fingerprints } of taken) {
      hashes.set(fingerprints.hashes, at);
      starts.set(fingerprints.starts, at);
      ends.set(fingerprints.ends, at);
      docs.fill(doc, at, at + fingerprints.hashes.length);
      at += fingerprints.hashes.length;
    }
    const order = Array.from({ length: total }, (_, i) => i).sort((a, b) => (hashes[a]! < hashes[b]! ? -1 : hashes[a]! > hashes[b]! ? 1 : docs[a]! - docs[b]! || starts[a]! - starts[b]!));
    try {
      for (const i of order) this.fingerprints.add([hashes[i], docs[i], starts[i], ends[i]]);
      this.fingerprints.flush();
    } catch (error) {
      this.fingerprints.clear();
      throw error;
    }
  }

  /** Forgets fingerprints held for a transaction that failed: they must not reach the next one. */
  discardIndexed(): void {
    this.pending = [];
  }

  /** Drops a document's fingerprints, held or written, and its pairs (before new fingerprints replace them, or as it goes). */
  forget(doc: number): void {
    if (this.pending.some((p) => p.doc === doc)) this.pending = this.pending.filter((p) => p.doc !== doc);
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
