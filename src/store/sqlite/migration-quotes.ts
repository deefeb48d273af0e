import { sql, type Kysely, type Migration } from 'kysely';

/**
 * `0008-quotes`: the tables of `sql/quote-tables.ts` and `quotes_fts`, the
 * full-text index over quote text, built like `documents_fts` (external
 * content, triggers, the same tokenizer and prefix indexes) so `contains`
 * reads Parley's search syntax the way search does. Documents stored before
 * it have no quotes until `parley reindex` runs the new `quotes` stage.
 */
export const quotesMigration: Migration = {
  // Untyped: a migration sees the schema as it was then, not as typed today.
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('quotes')
      // AUTOINCREMENT: a key is never reused, since group labels are keys of quotes that may be gone.
      .addColumn('seq', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('doc', 'integer', (c) => c.notNull().references('documents.seq').onDelete('cascade'))
      .addColumn('start', 'integer', (c) => c.notNull())
      .addColumn('end', 'integer', (c) => c.notNull())
      .addColumn('text', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('cue', 'text')
      .addColumn('speaker_idx', 'integer')
      .addColumn('speaker_name', 'text')
      .addColumn('speaker_text', 'text')
      .addColumn('speaker_start', 'integer')
      .addColumn('speaker_end', 'integer')
      .addColumn('via', 'text')
      .addColumn('office_title', 'text')
      .addColumn('office_of', 'text')
      .addColumn('published', 'text')
      .addColumn('grp', 'integer')
      .addColumn('shingles', 'integer', (c) => c.notNull().defaultTo(0))
      .addUniqueConstraint('quotes_doc_start', ['doc', 'start'])
      .execute();
    // Newest first is the listing's order: read off this index, not sorted.
    await sql`create index quotes_newest on quotes (published desc, doc desc, start)`.execute(db);
    // Speaker filters come from doc_entities (doc, idx) to the quotes.
    await db.schema.createIndex('quotes_speaker').on('quotes').columns(['doc', 'speaker_idx']).execute();
    await sql`create index quotes_office on quotes (office_title, office_of, published) where office_title is not null`.execute(db);
    await db.schema.createIndex('quotes_grp').on('quotes').column('grp').execute();

    await db.schema
      .createTable('quote_shingles')
      .addColumn('hash', 'integer', (c) => c.notNull())
      .addColumn('quote', 'integer', (c) => c.notNull().references('quotes.seq').onDelete('cascade'))
      .addPrimaryKeyConstraint('quote_shingles_pk', ['hash', 'quote'])
      .modifyEnd(sql`without rowid`)
      .execute();
    await db.schema.createIndex('quote_shingles_quote').on('quote_shingles').column('quote').execute();

    await db.schema.createTable('quote_pending').addColumn('doc', 'integer', (c) => c.primaryKey().references('documents.seq').onDelete('cascade')).execute();
    await db.schema.createTable('quote_dirty').addColumn('grp', 'integer', (c) => c.primaryKey()).execute();
    await db.schema
      .createTable('quote_clusters')
      .addColumn('grp', 'integer', (c) => c.primaryKey())
      .addColumn('id', 'text', (c) => c.notNull().unique())
      .addColumn('documents', 'integer', (c) => c.notNull())
      .addColumn('earliest', 'integer', (c) => c.notNull())
      .execute();

    await sql`create virtual table quotes_fts using fts5(
      text,
      content = 'quotes', content_rowid = 'seq',
      tokenize = 'porter unicode61 remove_diacritics 2',
      prefix = '2 3 4'
    )`.execute(db);
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
