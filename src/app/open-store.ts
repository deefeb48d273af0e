import { ConfigError } from '../core/index.js';
import { openSqliteStore, type Store } from '../store/index.js';

/** How reads are served; the server sets this, one-shot CLI commands leave it out. */
export interface OpenStoreOptions {
  /**
   * Run reads (search, facets, documents, entities, reuse) in this many
   * worker processes with their own read connections, each read cancelled
   * after `budgetMs`: a slow query then never stalls the caller's event loop
   * or other requests. Absent: reads run in-process, unbounded.
   */
  readonly readPool?: { readonly workers: number; readonly budgetMs: number };
  /** Called about once a second while a write waits for another process's write lock (it waits as long as that process holds it). */
  readonly onLockWait?: (waitedMs: number) => void;
}

/** How a `--db` value selects an adapter. New adapters add an entry; nothing else changes. */
interface StoreAdapter {
  readonly describe: string;
  matches(spec: string): boolean;
  open(spec: string, options: OpenStoreOptions): Promise<Store>;
}

const adapters: readonly StoreAdapter[] = [
  {
    describe: 'postgres://… (PostgreSQL)',
    matches: (spec) => /^postgres(ql)?:\/\//i.test(spec),
    open: (spec) =>
      Promise.reject(
        new ConfigError(
          `--db '${redact(spec)}' selects PostgreSQL, which this build does not support yet: use a SQLite file path such as ./parley.db.`,
        ),
      ),
  },
  {
    describe: 'a file path or :memory: (SQLite)',
    matches: (spec) => !/^[a-z][a-z0-9+.-]*:\/\//i.test(spec),
    open: (spec, options) => openSqliteStore(spec, options),
  },
];

export const DEFAULT_DB = './parley.db';

/** `--db` value → store. Defaults: the `PARLEY_DB` environment variable, then `./parley.db`. */
export async function openStore(spec: string, options: OpenStoreOptions = {}): Promise<Store> {
  if (spec.trim() === '') throw new ConfigError(`--db is empty: give a SQLite file path such as ${DEFAULT_DB}.`);
  const adapter = adapters.find((a) => a.matches(spec));
  if (!adapter) {
    throw new ConfigError(`--db '${redact(spec)}' is not a database Parley knows: use ${adapters.map((a) => a.describe).join(' or ')}.`);
  }
  return adapter.open(spec, options);
}

/** Hides a password in a connection URL before it reaches a message. */
function redact(spec: string): string {
  return spec.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
}
