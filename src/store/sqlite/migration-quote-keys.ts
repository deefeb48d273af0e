import { sql, type Kysely, type Migration } from 'kysely';

/**
 * `0010-quote-keys`: quote clustering indexes each quote by its winnowed
 * shingles (src/link/quotes) instead of every one, and the quote index gets
 * cheaper to write, for an ingest of transcripts (every speaker turn a quote)
 * spent more on quotes than on everything else.
 *
 * - `quote_shingles` again, keyed by (hash, quote) only: no foreign key (a
 *   lookup in `quotes` per row) and no index by quote (a second B-tree, fed
 *   in random order). A quote's rows go with it by a trigger, from the keys
 *   it now keeps (`quotes.keys`, a JSON array).
 * - Clusters are undone and every document with quotes queued again: the next
 *   clustering step (every ingest ends with one) builds them on the new keys.
 * - `quotes_fts` without prefix indexes: they tripled the cost of indexing a
 *   quote's words. Phrases and every other query read as before; a prefix
 *   query (`pacif*`) walks the terms that start so, over quotes only.
 *
 * The full-text triggers restate 0008's word for word: a migration is a
 * snapshot of the schema it made, and must not change when a later one does.
 */
export const quoteKeysMigration: Migration = {
  // Untyped: a migration sees the schema as it was then, not as typed today.
  async up(db: Kysely<any>) {
    await sql`drop table if exists quote_shingles`.execute(db);
    await db.schema
      .createTable('quote_shingles')
      .addColumn('hash', 'integer', (c) => c.notNull())
      .addColumn('quote', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('quote_shingles_pk', ['hash', 'quote'])
      .modifyEnd(sql`without rowid`)
      .execute();
    await db.schema.alterTable('quotes').addColumn('keys', 'text').execute();
    // Fires for a quote deleted with its document (a cascade) as for one deleted alone.
    await sql`create trigger quote_shingles_delete after delete on quotes when old.keys is not null begin
      delete from quote_shingles where quote = old.seq and hash in (select value from json_each(old.keys));
    end`.execute(db);

    await db.deleteFrom('quote_clusters').execute();
    await db.deleteFrom('quote_dirty').execute();
    await sql`update quotes set grp = seq, shingles = 0`.execute(db);
    // The WHERE keeps SQLite from reading ON CONFLICT as a join's ON.
    await sql`insert into quote_pending (doc) select distinct doc from quotes where true on conflict do nothing`.execute(db);

    await sql`drop trigger if exists quotes_fts_insert`.execute(db);
    await sql`drop trigger if exists quotes_fts_delete`.execute(db);
    await sql`drop trigger if exists quotes_fts_update`.execute(db);
    await sql`drop table if exists quotes_fts`.execute(db);
    await sql`create virtual table quotes_fts using fts5(
      text,
      content = 'quotes', content_rowid = 'seq',
      tokenize = 'porter unicode61 remove_diacritics 2'
    )`.execute(db);
    await sql`insert into quotes_fts (quotes_fts) values ('rebuild')`.execute(db);
    await sql`create trigger quotes_fts_insert after insert on quotes begin
      insert into quotes_fts (rowid, text) values (new.seq, new.text);
    end`.execute(db);
    await sql`create trigger quotes_fts_delete after delete on quotes begin
      insert into quotes_fts (quotes_fts, rowid, text) values ('delete', old.seq, old.text);
    end`.execute(db);
    await sql`create trigger quotes_fts_update after update of text on quotes begin
      insert into quotes_fts (quotes_fts, rowid, text) values ('delete', old.seq, old.text);
      insert into quotes_fts (rowid, text) values (new.seq, new.text);
    end`.execute(db);
  },
};
