import { sql, type Kysely, type Migration } from 'kysely';

/**
 * `0004-role-credit`: whether a role's owner was inferred, whether its office
 * has one holder per country, and whether the corpus credits it
 * (`sql/role-credit.ts`); `holder_dates` and `credit_dirty` to settle that.
 * Rows stored before it read as stated, one-holder unknown and credited:
 * what they meant until now. `parley reindex` re-runs the entities stage
 * (its version changed), which writes the new facts.
 */
export const roleCreditMigration: Migration = {
  // Untyped: a migration sees the schema as it was then, not as typed today.
  async up(db: Kysely<any>) {
    await db.schema.alterTable('entity_roles').addColumn('of_inferred', 'integer', (c) => c.notNull().defaultTo(0)).execute();
    await db.schema.alterTable('entity_roles').addColumn('one_holder', 'integer', (c) => c.notNull().defaultTo(0)).execute();
    await db.schema.alterTable('entity_roles').addColumn('credited', 'integer', (c) => c.notNull().defaultTo(1)).execute();

    await db.schema
      .createTable('holder_dates')
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('of', 'text', (c) => c.notNull())
      .addColumn('entity', 'text', (c) => c.notNull())
      .addColumn('published', 'text', (c) => c.notNull())
      .addColumn('stated', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('holder_dates_pk', ['title', 'of', 'entity', 'published'])
      .modifyEnd(sql`without rowid`)
      .execute();
    // Anyone's evidence for an office near a date; a person's countries for a title.
    await db.schema.createIndex('holder_dates_date').on('holder_dates').columns(['title', 'of', 'published']).execute();
    await db.schema.createIndex('holder_dates_entity').on('holder_dates').columns(['title', 'entity']).execute();
    await db.schema.createTable('credit_dirty').addColumn('title', 'text', (c) => c.primaryKey()).modifyEnd(sql`without rowid`).execute();
  },
};
