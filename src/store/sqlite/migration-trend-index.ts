import type { Kysely, Migration } from 'kysely';

/**
 * `0011-trend-index`: what a trend counts by (date, outlet, kind), keyed by
 * `seq`, in one narrow index. A trend looks up thousands of matched
 * documents by `seq` and counts every document in scope; reading those
 * columns from the index rather than from rows that carry whole texts halves
 * both (28,000 matches over 100,000 documents: 101 ms → 49 ms).
 */
export const trendIndexMigration: Migration = {
  // Untyped: a migration sees the schema as it was then, not as typed today.
  async up(db: Kysely<any>) {
    await db.schema.createIndex('documents_trend').on('documents').columns(['seq', 'published', 'source', 'kind']).execute();
  },
};
