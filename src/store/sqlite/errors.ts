import { ParleyError, StoreError } from '../../core/index.js';

/** SQLite result codes worth their own advice; the rest get the engine's words. */
const ADVICE: Readonly<Record<string, (path: string) => string>> = {
  SQLITE_BUSY: (path) => `The database '${path}' is locked by another process: wait for it to finish, or stop it, and try again.`,
  SQLITE_LOCKED: (path) => `The database '${path}' is locked: wait for the other operation to finish and try again.`,
  SQLITE_FULL: (path) => `The disk holding '${path}' is full: free some space and try again.`,
  SQLITE_READONLY: (path) => `The database '${path}' is read-only: check the file's permissions or point --db at a writable path.`,
  SQLITE_NOTADB: (path) => `'${path}' is not a Parley database (not an SQLite file): point --db at a new or existing .db file, or move that file away.`,
  SQLITE_CORRUPT: (path) => `The database '${path}' is damaged: restore a backup, or delete it and ingest again.`,
  SQLITE_CANTOPEN: (path) => `Cannot open the database '${path}': check that its folder exists and is writable, and that the path is not a folder.`,
  SQLITE_IOERR: (path) => `Reading or writing '${path}' failed: check the disk and try again.`,
};

/**
 * Turns what the driver throws into a `StoreError` (with the original as
 * `cause`); Parley's own errors pass through unchanged.
 */
export function toStoreError(error: unknown, path: string): ParleyError {
  if (error instanceof ParleyError) return error;
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  const base = code.split('_').slice(0, 2).join('_');
  const advice = ADVICE[code] ?? ADVICE[base];
  const detail = error instanceof Error ? error.message : String(error);
  if (advice) return new StoreError(`${advice(path)} (${detail})`, { cause: error });
  if (error instanceof TypeError && /directory does not exist/.test(detail)) {
    return new StoreError(`Cannot create the database '${path}': its folder does not exist. Create the folder or choose another path.`, { cause: error });
  }
  if (error instanceof TypeError && /not open/.test(detail)) {
    return new StoreError(`The store for '${path}' is closed: open it again.`, { cause: error });
  }
  return new StoreError(`The database '${path}' failed: ${detail}`, { cause: error });
}
