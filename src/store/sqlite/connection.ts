import Database from 'better-sqlite3';
import { Kysely, SqliteDialect, type SqliteDatabase } from 'kysely';
import type { StoreTables } from '../sql/tables.js';
import { toStoreError } from './errors.js';

export interface SqliteConnection {
  /** The driver, for synchronous write transactions. */
  readonly raw: Database.Database;
  /** Kysely over the same connection, for everything else. */
  readonly db: Kysely<StoreTables>;
}

/** Kysely prepares a statement per query; keeping the last few hundred makes repeated queries cheap. */
const STATEMENT_CACHE = 256;

/**
 * Opens the file with the settings Parley relies on and checks that it is an
 * SQLite database before anything else touches it.
 */
export function connect(path: string, busyTimeoutMs: number, readOnly = false): SqliteConnection {
  let raw: Database.Database | undefined;
  try {
    raw = new Database(path, readOnly ? { readonly: true, fileMustExist: true } : {});
    raw.pragma(`busy_timeout = ${Math.max(0, Math.floor(busyTimeoutMs))}`);
    // WAL lets readers (the server) run while an ingest writes; NORMAL is durable at each checkpoint, which WAL makes safe.
    // The mode is kept in the file, so a read-only connection (a read worker) finds it set.
    if (!readOnly) raw.pragma('journal_mode = WAL');
    raw.pragma('synchronous = NORMAL');
    raw.pragma('foreign_keys = ON');
    raw.pragma('cache_size = -65536');
    raw.pragma('temp_store = MEMORY');
    // Reading the schema fails on a file that is not a database.
    raw.prepare('select count(*) from sqlite_schema').get();
  } catch (error) {
    raw?.close();
    throw toStoreError(error, path);
  }
  return { raw, db: new Kysely<StoreTables>({ dialect: new SqliteDialect({ database: cachingDatabase(raw) }) }) };
}

function cachingDatabase(raw: Database.Database): SqliteDatabase {
  const cache = new Map<string, Database.Statement>();
  return {
    close: () => raw.close(),
    prepare(sql: string) {
      let statement = cache.get(sql);
      if (statement) {
        cache.delete(sql);
      } else {
        statement = raw.prepare(sql);
        if (cache.size >= STATEMENT_CACHE) cache.delete(cache.keys().next().value as string);
      }
      cache.set(sql, statement);
      return statement;
    },
  };
}
