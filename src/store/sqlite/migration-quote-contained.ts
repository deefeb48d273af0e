import { sql, type Kysely, type Migration } from 'kysely';

/**
 * `0012-quote-contained`: clusters are built again from nothing, for the
 * rule that changed what they hold (a quote of under 9 words no longer
 * joins a longer one it stands inside, `minContained`). What `resetQuoteLinks`
 * does: every key and group undone and every document with quotes queued,
 * so the next ingest (or `parley reindex`) clusters them all again.
 */
export const quoteContainedMigration: Migration = {
  // Untyped: a migration sees the schema as it was then, not as typed today.
  async up(db: Kysely<any>) {
    await db.deleteFrom('quote_shingles').execute();
    await db.deleteFrom('quote_clusters').execute();
    await db.deleteFrom('quote_dirty').execute();
    await sql`update quotes set grp = seq, shingles = 0, keys = null`.execute(db);
    // The WHERE keeps SQLite from reading ON CONFLICT as a join's ON.
    await sql`insert into quote_pending (doc) select distinct doc from quotes where true on conflict do nothing`.execute(db);
  },
};
