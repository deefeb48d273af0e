import { sql, type Kysely, type Migration } from 'kysely';

/**
 * `0005-sources`: the hash of each stored input as it was read, so an ingest
 * can skip an unchanged file after a read and a hash, before extraction.
 * One row per path (the newest document read from it); it goes with its
 * document by cascade.
 */
export const sourcesMigration: Migration = {
  // Untyped: a migration sees the schema as it was then, not as typed today.
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('sources')
      .addColumn('path', 'text', (c) => c.primaryKey())
      .addColumn('source_hash', 'text', (c) => c.notNull())
      .addColumn('doc', 'integer', (c) => c.notNull().references('documents.seq').onDelete('cascade'))
      .modifyEnd(sql`without rowid`)
      .execute();
    await db.schema.createIndex('sources_doc').on('sources').column('doc').execute();
  },
};
