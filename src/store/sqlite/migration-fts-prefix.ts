import { sql, type Kysely, type Migration } from 'kysely';

/**
 * `0006-fts-prefix`: rebuilds the full-text index with prefix indexes for
 * prefixes of 2, 3 and 4 characters. Without them `a*` or `pre*` walks every
 * term of the vocabulary that starts so, then merges their posting lists: 3 s
 * for `a*` over 7,500 transcripts. With them a short prefix is one lookup.
 * The index costs disk (about a third more), which a search tool should pay.
 * One-character prefixes are refused by the query checker instead: no index
 * makes "every word starting with a" a useful query.
 *
 * The triggers restate 0001's word for word rather than share code with it:
 * a migration is a snapshot of the schema it made, and must not change when a
 * later one does.
 */
export const ftsPrefixMigration: Migration = {
  async up(db: Kysely<any>) {
    await sql`drop trigger if exists documents_fts_insert`.execute(db);
    await sql`drop trigger if exists documents_fts_delete`.execute(db);
    await sql`drop trigger if exists documents_fts_update`.execute(db);
    await sql`drop table if exists documents_fts`.execute(db);
    await sql`create virtual table documents_fts using fts5(
      title, text,
      content = 'documents', content_rowid = 'seq',
      tokenize = 'porter unicode61 remove_diacritics 2',
      prefix = '2 3 4'
    )`.execute(db);
    await sql`insert into documents_fts (documents_fts) values ('rebuild')`.execute(db);
    await sql`create trigger documents_fts_insert after insert on documents begin
      insert into documents_fts (rowid, title, text) values (new.seq, new.title, new.text);
    end`.execute(db);
    await sql`create trigger documents_fts_delete after delete on documents begin
      insert into documents_fts (documents_fts, rowid, title, text) values ('delete', old.seq, old.title, old.text);
    end`.execute(db);
    await sql`create trigger documents_fts_update after update of title, text on documents begin
      insert into documents_fts (documents_fts, rowid, title, text) values ('delete', old.seq, old.title, old.text);
      insert into documents_fts (rowid, title, text) values (new.seq, new.title, new.text);
    end`.execute(db);
  },
};
