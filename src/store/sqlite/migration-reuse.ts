import { sql, type Kysely, type Migration } from 'kysely';

/**
 * `0003-reuse`: the tables of `sql/reuse-tables.ts`. Documents stored before
 * it have no fingerprints yet; `parley reindex` adds them (the fingerprints
 * stage is new, so they are stale) and queues them.
 */
export const reuseMigration: Migration = {
  // Untyped: a migration sees the schema as it was then, not as typed today.
  async up(db: Kysely<any>) {
    const documentKey = (c: any) => c.notNull().references('documents.seq').onDelete('cascade');
    // WITHOUT ROWID: the primary key is the table, so a fingerprint costs one b-tree entry, not two.
    await db.schema
      .createTable('fingerprints')
      .addColumn('hash', 'integer', (c) => c.notNull())
      .addColumn('doc', 'integer', documentKey)
      .addColumn('start', 'integer', (c) => c.notNull())
      .addColumn('end', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('fingerprints_pk', ['hash', 'doc', 'start'])
      .modifyEnd(sql`without rowid`)
      .execute();
    // Deleting a document deletes its fingerprints (cascade), which needs them by document.
    await db.schema.createIndex('fingerprints_doc').on('fingerprints').column('doc').execute();

    await db.schema.createTable('reuse_pending').addColumn('doc', 'integer', (c) => documentKey(c).primaryKey()).execute();

    await db.schema
      .createTable('reuse_pairs')
      .addColumn('source', 'integer', documentKey)
      .addColumn('target', 'integer', documentKey)
      .addColumn('source_share', 'real', (c) => c.notNull())
      .addColumn('target_share', 'real', (c) => c.notNull())
      .addColumn('top_share', 'real', (c) => c.notNull())
      .addColumn('lag_days', 'integer')
      .addColumn('passages', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('reuse_pairs_pk', ['source', 'target'])
      .execute();
    await db.schema.createIndex('reuse_pairs_target').on('reuse_pairs').column('target').execute();
    await db.schema.createIndex('reuse_pairs_share').on('reuse_pairs').column('top_share').execute();
  },
};
