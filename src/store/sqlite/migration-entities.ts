import { sql, type Kysely, type Migration } from 'kysely';

/**
 * `0002-entities`: the tables of `sql/entity-tables.ts`. Documents stored
 * before it are queued, so the next resolution step indexes them.
 */
export const entitiesMigration: Migration = {
  // Untyped: a migration sees the schema as it was then, not as typed today.
  async up(db: Kysely<any>) {
    const documentKey = (c: any) => c.notNull().references('documents.seq').onDelete('cascade');

    await db.schema
      .createTable('doc_entities')
      .addColumn('doc', 'integer', documentKey)
      .addColumn('idx', 'integer', (c) => c.notNull())
      .addColumn('type', 'text', (c) => c.notNull())
      .addColumn('key', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('folded', 'text', (c) => c.notNull())
      .addColumn('block', 'text', (c) => c.notNull())
      .addColumn('form', 'text', (c) => c.notNull())
      .addColumn('initials', 'text')
      .addColumn('auto', 'text', (c) => c.notNull())
      .addColumn('entity', 'text', (c) => c.notNull())
      .addColumn('published', 'text')
      .addColumn('mentions', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('doc_entities_pk', ['doc', 'idx'])
      .modifyEnd(sql`without rowid`)
      .execute();
    // An entity's documents newest first, its first and last dates, search filters.
    await db.schema.createIndex('doc_entities_entity').on('doc_entities').columns(['entity', 'published', 'doc']).execute();
    // Entity facets: the entities of one type in the matching documents, read from the index alone.
    await db.schema.createIndex('doc_entities_facet').on('doc_entities').columns(['doc', 'type', 'entity']).execute();
    // Short names ("Peters", "W. Peters") of a block by date, to revisit; partial, because they are few.
    await db.schema.createIndex('doc_entities_short').on('doc_entities').columns(['block', 'published']).where(sql<boolean>`form <> 'full'`).execute();

    // Full-name people per block and year: what short names resolve against, a few rows per person.
    await db.schema
      .createTable('person_years')
      .addColumn('block', 'text', (c) => c.notNull())
      .addColumn('auto', 'text', (c) => c.notNull())
      .addColumn('year', 'text', (c) => c.notNull())
      .addColumn('initials', 'text')
      .addColumn('rows', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('person_years_pk', ['block', 'auto', 'year'])
      .modifyEnd(sql`without rowid`)
      .execute();

    await db.schema
      .createTable('entity_mentions')
      .addColumn('doc', 'integer', documentKey)
      .addColumn('ordinal', 'integer', (c) => c.notNull())
      .addColumn('idx', 'integer', (c) => c.notNull())
      .addColumn('span_start', 'integer', (c) => c.notNull())
      .addColumn('span_end', 'integer', (c) => c.notNull())
      .addColumn('text', 'text', (c) => c.notNull())
      .addColumn('via', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('entity_mentions_pk', ['doc', 'ordinal'])
      .modifyEnd(sql`without rowid`)
      .execute();

    await db.schema
      .createTable('entity_roles')
      .addColumn('seq', 'integer', (c) => c.primaryKey())
      .addColumn('doc', 'integer', documentKey)
      .addColumn('doc_id', 'text', (c) => c.notNull())
      .addColumn('idx', 'integer', (c) => c.notNull())
      .addColumn('ordinal', 'integer', (c) => c.notNull())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('of', 'text', (c) => c.notNull())
      .addColumn('published', 'text')
      .addColumn('span_start', 'integer', (c) => c.notNull())
      .addColumn('span_end', 'integer', (c) => c.notNull())
      .addColumn('text', 'text', (c) => c.notNull())
      .addColumn('source', 'text', (c) => c.notNull())
      .addUniqueConstraint('entity_roles_doc_idx', ['doc', 'idx', 'ordinal'])
      .execute();
    // Office-holder history: the latest evidence on or before a date is one step of a backwards scan.
    await db.schema.createIndex('entity_roles_office').on('entity_roles').columns(['title', 'of', 'published', 'doc_id', 'idx', 'ordinal']).execute();

    await db.schema
      .createTable('office_mentions')
      .addColumn('doc', 'integer', documentKey)
      .addColumn('ordinal', 'integer', (c) => c.notNull())
      .addColumn('span_start', 'integer', (c) => c.notNull())
      .addColumn('span_end', 'integer', (c) => c.notNull())
      .addColumn('text', 'text', (c) => c.notNull())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('of', 'text', (c) => c.notNull())
      .addColumn('published', 'text')
      // When the evidence goes (its document is replaced), the mention waits to be resolved again.
      .addColumn('holder_role', 'integer', (c) => c.references('entity_roles.seq').onDelete('set null'))
      .addPrimaryKeyConstraint('office_mentions_pk', ['doc', 'ordinal'])
      .modifyEnd(sql`without rowid`)
      .execute();
    await db.schema.createIndex('office_mentions_office').on('office_mentions').columns(['title', 'of', 'published']).execute();
    // Without it, deleting one role would scan every office mention for the foreign key.
    await db.schema.createIndex('office_mentions_holder').on('office_mentions').column('holder_role').execute();

    await db.schema
      .createTable('entities')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('type', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('folded', 'text', (c) => c.notNull())
      .addColumn('mentions', 'integer', (c) => c.notNull())
      .addColumn('documents', 'integer', (c) => c.notNull())
      .addColumn('first_seen', 'text')
      .addColumn('last_seen', 'text')
      .execute();
    await db.schema.createIndex('entities_type_mentions').on('entities').columns(['type', 'mentions']).execute();
    await db.schema.createIndex('entities_mentions').on('entities').column('mentions').execute();

    await db.schema
      .createTable('entity_aliases')
      .addColumn('entity', 'text', (c) => c.notNull().references('entities.id').onDelete('cascade'))
      .addColumn('alias', 'text', (c) => c.notNull())
      .addColumn('folded', 'text', (c) => c.notNull())
      .addColumn('rows', 'integer', (c) => c.notNull())
      .addColumn('own', 'integer', (c) => c.notNull())
      .addColumn('full', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('entity_aliases_pk', ['entity', 'alias'])
      .modifyEnd(sql`without rowid`)
      .execute();

    await db.schema
      .createTable('entity_corrections')
      .addColumn('seq', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('args', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('entity_queue')
      .addColumn('doc', 'integer', (c) => documentKey(c).primaryKey())
      .addColumn('stamp', 'text', (c) => c.notNull())
      .execute();
    // Filled and emptied inside one resolution transaction; always empty at rest.
    await db.schema.createTable('entity_batch').addColumn('doc', 'integer', (c) => c.primaryKey()).execute();
    await db.schema.createTable('entity_dirty').addColumn('id', 'text', (c) => c.primaryKey()).modifyEnd(sql`without rowid`).execute();
    await db.schema
      .createTable('person_dirty')
      .addColumn('block', 'text', (c) => c.notNull())
      .addColumn('auto', 'text', (c) => c.notNull())
      .addColumn('year', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('person_dirty_pk', ['block', 'auto', 'year'])
      .modifyEnd(sql`without rowid`)
      .execute();
    await db.schema
      .createTable('office_dirty')
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('of', 'text', (c) => c.notNull())
      .addColumn('published', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('office_dirty_pk', ['title', 'of', 'published'])
      .modifyEnd(sql`without rowid`)
      .execute();

    await sql`insert into entity_queue (doc, stamp) select seq, content_hash from documents`.execute(db);
  },
};
