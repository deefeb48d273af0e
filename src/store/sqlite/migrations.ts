import { Migrator, sql, type Kysely, type Migration } from 'kysely';
import { StoreError } from '../../core/index.js';
import { entitiesMigration } from './migration-entities.js';
import { reuseMigration } from './migration-reuse.js';
import { roleCreditMigration } from './migration-role-credit.js';
import { shownRolesMigration } from './migration-shown-roles.js';
import { sourcesMigration } from './migration-sources.js';
import { ftsPrefixMigration } from './migration-fts-prefix.js';
import { quotesMigration } from './migration-quotes.js';
import { eventsMigration } from './migration-events.js';
import { quoteKeysMigration } from './migration-quote-keys.js';
import { trendIndexMigration } from './migration-trend-index.js';
import { quoteContainedMigration } from './migration-quote-contained.js';

/**
 * SQLite schema, one numbered migration per change, applied on open and
 * recorded by Kysely's Migrator in `kysely_migration`. Never edit a migration
 * that has shipped: add the next number.
 */
const MIGRATIONS: Readonly<Record<string, Migration>> = {
  '0001-documents': {
    // Untyped: a migration sees the schema as it was then, not as typed today.
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('documents')
        .addColumn('seq', 'integer', (c) => c.primaryKey())
        .addColumn('id', 'text', (c) => c.notNull().unique())
        .addColumn('path', 'text', (c) => c.notNull())
        .addColumn('format', 'text', (c) => c.notNull())
        .addColumn('bytes', 'integer', (c) => c.notNull())
        .addColumn('title', 'text')
        .addColumn('published', 'text')
        .addColumn('published_from', 'text')
        .addColumn('source', 'text')
        .addColumn('url', 'text')
        .addColumn('byline', 'text')
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('text_length', 'integer', (c) => c.notNull())
        .addColumn('meta', 'text', (c) => c.notNull())
        .addColumn('content_hash', 'text', (c) => c.notNull())
        .addColumn('stored_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('documents_path').on('documents').column('path').execute();
      await db.schema.createIndex('documents_published').on('documents').columns(['published', 'seq']).execute();
      await db.schema.createIndex('documents_source').on('documents').column('source').execute();

      await db.schema
        .createTable('document_values')
        .addColumn('doc', 'integer', (c) => c.notNull().references('documents.seq').onDelete('cascade'))
        .addColumn('key', 'text', (c) => c.notNull())
        .addColumn('value', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('document_values_pk', ['doc', 'key', 'value'])
        .modifyEnd(sql`without rowid`)
        .execute();
      await db.schema.createIndex('document_values_key_value').on('document_values').columns(['key', 'value', 'doc']).execute();

      // Rowid tables: messages and stage outputs can be large, which WITHOUT ROWID handles badly.
      await db.schema
        .createTable('messages')
        .addColumn('doc', 'integer', (c) => c.notNull().references('documents.seq').onDelete('cascade'))
        .addColumn('ordinal', 'integer', (c) => c.notNull())
        .addColumn('code', 'text', (c) => c.notNull())
        .addColumn('severity', 'text', (c) => c.notNull())
        .addColumn('reason', 'text', (c) => c.notNull())
        .addColumn('span_start', 'integer')
        .addColumn('span_end', 'integer')
        .addColumn('origin', 'text', (c) => c.notNull())
        .addColumn('place', 'text')
        .addColumn('excerpt', 'text')
        .addUniqueConstraint('messages_doc_ordinal', ['doc', 'ordinal'])
        .execute();
      await db.schema
        .createTable('stage_runs')
        .addColumn('doc', 'integer', (c) => c.notNull().references('documents.seq').onDelete('cascade'))
        .addColumn('ordinal', 'integer', (c) => c.notNull())
        .addColumn('stage', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('output', 'text', (c) => c.notNull())
        .addUniqueConstraint('stage_runs_doc_stage', ['doc', 'stage'])
        .execute();

      // External content: the text is stored once, in `documents`, and FTS5
      // reads it back for snippet() (a contentless table could not).
      // Triggers keep the index in step with every write path, so no code
      // that inserts, replaces or deletes a document can forget it; and they
      // run inside the writing transaction, so a crash never splits the two.
      await sql`create virtual table documents_fts using fts5(
        title, text,
        content = 'documents', content_rowid = 'seq',
        tokenize = 'porter unicode61 remove_diacritics 2'
      )`.execute(db);
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
  },
  '0002-entities': entitiesMigration,
  '0003-reuse': reuseMigration,
  '0004-role-credit': roleCreditMigration,
  '0005-sources': sourcesMigration,
  '0006-fts-prefix': ftsPrefixMigration,
  '0007-shown-roles': shownRolesMigration,
  '0008-quotes': quotesMigration,
  '0009-events': eventsMigration,
  '0010-quote-keys': quoteKeysMigration,
  '0011-trend-index': trendIndexMigration,
  '0012-quote-contained': quoteContainedMigration,
};

/** Brings the schema up to date; running it again is a no-op. */
// Untyped, as Kysely's Migrator expects.
export async function migrate(db: Kysely<any>, path: string): Promise<void> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => ({ ...MIGRATIONS }) } });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName;
    throw new StoreError(
      `Could not bring the database '${path}' up to date${failed ? ` (migration ${failed})` : ''}: ${describe(error)}. If it was written by a newer Parley, upgrade Parley; otherwise restore a backup or start a new database.`,
      { cause: error },
    );
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
