import { ConfigError } from '../core/index.js';
import { openSqliteStore, type Store } from '../store/index.js';

/** How a `--db` value selects an adapter. New adapters add an entry; nothing else changes. */
interface StoreAdapter {
  readonly describe: string;
  matches(spec: string): boolean;
  open(spec: string): Promise<Store>;
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
    open: (spec) => openSqliteStore(spec),
  },
];

export const DEFAULT_DB = './parley.db';

/** `--db` value → store. Defaults: the `PARLEY_DB` environment variable, then `./parley.db`. */
export async function openStore(spec: string): Promise<Store> {
  if (spec.trim() === '') throw new ConfigError(`--db is empty: give a SQLite file path such as ${DEFAULT_DB}.`);
  const adapter = adapters.find((a) => a.matches(spec));
  if (!adapter) {
    throw new ConfigError(`--db '${redact(spec)}' is not a database Parley knows: use ${adapters.map((a) => a.describe).join(' or ')}.`);
  }
  return adapter.open(spec);
}

/** Hides a password in a connection URL before it reaches a message. */
function redact(spec: string): string {
  return spec.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
}
