import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { StoreTables } from './tables.js';

/** The columns of a quote row as written, in the order `quoteInsert` takes their values. */
export const QUOTE_INSERT_COLUMNS = [
  'doc', 'start', 'end', 'text', 'kind', 'cue', 'speaker_idx', 'speaker_name', 'speaker_text', 'speaker_start', 'speaker_end',
  'via', 'office_title', 'office_of', 'published',
] as const;

/** `rows` quote rows as one positional INSERT, `QUOTE_INSERT_COLUMNS` each. */
export function quoteInsert(db: Kysely<StoreTables>, rows: number) {
  const row = Object.fromEntries(QUOTE_INSERT_COLUMNS.map((c) => [c, sql.raw('?')]));
  return db.insertInto('quotes').values(Array.from({ length: rows }, () => row) as never);
}

/** `rows` key rows as one positional INSERT; a repeated (hash, quote) is kept once. */
export function shingleInsert(db: Kysely<StoreTables>, rows: number) {
  const row = { hash: sql.raw<number>('?'), quote: sql.raw<number>('?') };
  return db
    .insertInto('quote_shingles')
    .values(Array.from({ length: rows }, () => row))
    .onConflict((c) => c.doNothing());
}

/** The quote index's write statements, with `@name` placeholders (`param`) for what changes per call. Portable SQL only. */
export function quoteWriteStatements(db: Kysely<StoreTables>, param: <T>(name: string) => RawBuilder<T>) {
  return {
    /** A new quote is a group of its own, labelled with its key. */
    labelNew: db.updateTable('quotes').set((e) => ({ grp: e.ref('seq') })).where('doc', '=', param<number>('doc')).where('grp', 'is', null),
    enqueue: db.insertInto('quote_pending').values({ doc: param<number>('doc') }).onConflict((c) => c.doNothing()),
    dequeue: db.deleteFrom('quote_pending').where('doc', '=', param<number>('doc')),
    /** The groups a document's quotes belong to lose members: they are rebuilt from the rest at the next step. */
    markDirty: db
      .insertInto('quote_dirty')
      .columns(['grp'])
      .expression((e) => e.selectFrom('quotes').select('grp').distinct().where('doc', '=', param<number>('doc')).where('grp', 'is not', null) as never)
      .onConflict((c) => c.doNothing()),
    deleteQuotes: db.deleteFrom('quotes').where('doc', '=', param<number>('doc')),
    relabel: db.updateTable('quotes').set({ grp: param<number>('to') }).where('grp', '=', param<number>('from')),
    assign: db.updateTable('quotes').set({ grp: param<number>('group') }).where('seq', '=', param<number>('quote')),
    setShingles: db
      .updateTable('quotes')
      .set({ shingles: param<number>('shingles'), keys: param<string>('keys') })
      .where('seq', '=', param<number>('quote')),
    dropCluster: db.deleteFrom('quote_clusters').where((e) => e.or([e('grp', '=', param<number>('grp')), e('id', '=', param<string>('id'))])),
    insertCluster: db.insertInto('quote_clusters').values({
      grp: param<number>('grp'),
      id: param<string>('id'),
      documents: param<number>('documents'),
      earliest: param<number>('earliest'),
    }),
    clearDirty: db.deleteFrom('quote_dirty').where('grp', '=', param<number>('grp')),
    /** A rebuild from nothing: every document with quotes queued again, every group undone. */
    resetShingles: db.deleteFrom('quote_shingles'),
    resetClusters: db.deleteFrom('quote_clusters'),
    resetDirty: db.deleteFrom('quote_dirty'),
    resetGroups: db.updateTable('quotes').set((e) => ({ grp: e.ref('seq'), shingles: 0 as never, keys: null })),
    requeueAll: db
      .insertInto('quote_pending')
      .columns(['doc'])
      // The WHERE keeps SQLite from reading ON CONFLICT as a join's ON.
      .expression((e) => e.selectFrom('quotes').select('doc').distinct().where('doc', 'is not', null) as never)
      .onConflict((c) => c.doNothing()),
  };
}
