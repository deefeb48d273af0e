import { sql, type Kysely, type Migration } from 'kysely';

/**
 * `0009-events`: the tables of `sql/event-tables.ts`. Documents stored before
 * it have no times or events until `parley reindex` runs the new stages.
 */
export const eventsMigration: Migration = {
  // Untyped: a migration sees the schema as it was then, not as typed today.
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('times')
      .addColumn('doc', 'integer', (c) => c.notNull().references('documents.seq').onDelete('cascade'))
      .addColumn('ordinal', 'integer', (c) => c.notNull())
      .addColumn('start', 'integer', (c) => c.notNull())
      .addColumn('end', 'integer', (c) => c.notNull())
      .addColumn('text', 'text', (c) => c.notNull())
      .addColumn('value', 'text')
      .addColumn('grain', 'text')
      .addColumn('until_value', 'text')
      .addColumn('until_grain', 'text')
      .addColumn('relative', 'integer', (c) => c.notNull())
      .addColumn('direction', 'text')
      .addPrimaryKeyConstraint('times_pk', ['doc', 'ordinal'])
      .execute();

    await db.schema
      .createTable('events')
      .addColumn('seq', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('doc', 'integer', (c) => c.notNull().references('documents.seq').onDelete('cascade'))
      .addColumn('ordinal', 'integer', (c) => c.notNull())
      .addColumn('type', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('level', 'text', (c) => c.notNull())
      .addColumn('plover', 'text', (c) => c.notNull())
      .addColumn('mode', 'text')
      .addColumn('cameo', 'text', (c) => c.notNull())
      .addColumn('date', 'text')
      .addColumn('grain', 'text')
      .addColumn('time_idx', 'integer')
      .addColumn('date_text', 'text')
      .addColumn('place_idx', 'integer')
      .addColumn('place_name', 'text')
      .addColumn('place_text', 'text')
      .addColumn('place_start', 'integer')
      .addColumn('place_end', 'integer')
      .addColumn('trigger_text', 'text', (c) => c.notNull())
      .addColumn('trigger_start', 'integer', (c) => c.notNull())
      .addColumn('trigger_end', 'integer', (c) => c.notNull())
      .addColumn('evidence_start', 'integer', (c) => c.notNull())
      .addColumn('evidence_end', 'integer', (c) => c.notNull())
      .addColumn('published', 'text')
      .addColumn('bucket', 'text')
      .addColumn('engagement', 'text')
      .addColumn('linked_level', 'text')
      .addUniqueConstraint('events_doc_ordinal', ['doc', 'ordinal'])
      .execute();
    await db.schema.createIndex('events_bucket').on('events').column('bucket').execute();
    await db.schema.createIndex('events_engagement').on('events').column('engagement').execute();

    await db.schema
      .createTable('event_participants')
      .addColumn('event', 'integer', (c) => c.notNull().references('events.seq').onDelete('cascade'))
      .addColumn('ordinal', 'integer', (c) => c.notNull())
      .addColumn('entity_idx', 'integer')
      .addColumn('entity_key', 'text')
      .addColumn('entity_name', 'text')
      .addColumn('entity_type', 'text')
      .addColumn('mention_text', 'text', (c) => c.notNull())
      .addColumn('mention_start', 'integer', (c) => c.notNull())
      .addColumn('mention_end', 'integer', (c) => c.notNull())
      .addColumn('office_title', 'text')
      .addColumn('office_of', 'text')
      .addColumn('role_title', 'text')
      .addColumn('role_of', 'text')
      .addColumn('linked_id', 'text')
      .addColumn('linked_name', 'text')
      .addColumn('linked_type', 'text')
      .addColumn('linked_role_title', 'text')
      .addColumn('linked_role_of', 'text')
      .addPrimaryKeyConstraint('event_participants_pk', ['event', 'ordinal'])
      .execute();

    await db.schema.createTable('event_pending').addColumn('doc', 'integer', (c) => c.primaryKey().references('documents.seq').onDelete('cascade')).execute();
    await db.schema.createTable('event_dirty').addColumn('bucket', 'text', (c) => c.primaryKey()).execute();

    await db.schema
      .createTable('engagements')
      .addColumn('seq', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('id', 'text', (c) => c.notNull().unique())
      .addColumn('bucket', 'text', (c) => c.notNull())
      .addColumn('type', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('level', 'text', (c) => c.notNull())
      .addColumn('plover', 'text', (c) => c.notNull())
      .addColumn('mode', 'text')
      .addColumn('cameo', 'text', (c) => c.notNull())
      .addColumn('date', 'text')
      .addColumn('grain', 'text')
      .addColumn('day', 'text')
      .addColumn('place_id', 'text')
      .addColumn('place_name', 'text')
      .addColumn('participants', 'text', (c) => c.notNull())
      .addColumn('countries', 'text', (c) => c.notNull())
      .addColumn('history', 'text', (c) => c.notNull())
      .addColumn('published', 'text')
      .addColumn('reports', 'integer', (c) => c.notNull())
      .execute();
    // Oldest first is the listing's order, undated last.
    await sql`create index engagements_day on engagements (day is null, day, id)`.execute(db);
    await db.schema.createIndex('engagements_bucket').on('engagements').column('bucket').execute();

    await db.schema
      .createTable('engagement_participants')
      .addColumn('engagement', 'integer', (c) => c.notNull().references('engagements.seq').onDelete('cascade'))
      .addColumn('ordinal', 'integer', (c) => c.notNull())
      .addColumn('key', 'text', (c) => c.notNull())
      .addColumn('entity_id', 'text')
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('folded', 'text', (c) => c.notNull())
      .addColumn('type', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('engagement_participants_pk', ['engagement', 'ordinal'])
      .execute();
    await db.schema.createIndex('engagement_participants_entity').on('engagement_participants').columns(['entity_id', 'engagement']).execute();
    await db.schema
      .createTable('engagement_countries')
      .addColumn('engagement', 'integer', (c) => c.notNull().references('engagements.seq').onDelete('cascade'))
      .addColumn('country', 'text', (c) => c.notNull())
      .addColumn('folded', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('engagement_countries_pk', ['engagement', 'folded'])
      .execute();
    await db.schema.createIndex('engagement_countries_folded').on('engagement_countries').columns(['folded', 'engagement']).execute();
  },
};
