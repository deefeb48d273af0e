import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { StoreTables } from './tables.js';

const FINGERPRINT_COLUMNS = ['hash', 'doc', 'start', 'end'] as const;
const PAIR_COLUMNS = ['source', 'target', 'source_share', 'target_share', 'top_share', 'lag_days', 'passages'] as const;

/** The reuse index's write statements, with `@name` placeholders (`param`) for what changes per call. */
export function reuseWriteStatements(db: Kysely<StoreTables>, param: <T>(name: string) => RawBuilder<T>) {
  return {
    enqueue: db.insertInto('reuse_pending').values({ doc: param<number>('doc') }).onConflict((c) => c.doNothing()),
    dequeue: db.deleteFrom('reuse_pending').where('doc', '=', param<number>('doc')),
    deleteFingerprints: db.deleteFrom('fingerprints').where('doc', '=', param<number>('doc')),
    deletePairs: db.deleteFrom('reuse_pairs').where((eb) => eb.or([eb('source', '=', param<number>('doc')), eb('target', '=', param<number>('doc'))])),
    upsertPair: db
      .insertInto('reuse_pairs')
      .values(Object.fromEntries(PAIR_COLUMNS.map((c) => [c, param(c)])) as never)
      .onConflict((c) =>
        c.columns(['source', 'target']).doUpdateSet((eb) => Object.fromEntries(PAIR_COLUMNS.slice(2).map((column) => [column, eb.ref(`excluded.${column}`)])) as never),
      ),
    /** A pair stored the other way round is replaced, not kept beside the new one. */
    deleteReversed: db.deleteFrom('reuse_pairs').where('source', '=', param<number>('target')).where('target', '=', param<number>('source')),
  };
}

/** `rows` rows of fingerprints as one positional INSERT. */
export function fingerprintInsert(db: Kysely<StoreTables>, rows: number) {
  const row = Object.fromEntries(FINGERPRINT_COLUMNS.map((c) => [c, sql.raw('?')]));
  return db.insertInto('fingerprints').values(Array.from({ length: rows }, () => row) as never);
}

export const FINGERPRINT_WIDTH = FINGERPRINT_COLUMNS.length;
