import type { Store } from '../store.js';
import { READ_POOL_DEFAULTS, ReadPool, type ReadPoolOptions } from './pool.js';
import { POOLED_READS } from './protocol.js';
import { ReadCache } from './read-cache.js';

/**
 * `store` with its user-facing reads served by a pool of worker processes on
 * the same database file; writes, link-time reads and `close` stay with
 * `store`. Arguments are validated in the worker by the same code, so errors
 * are the same as in-process. Answers are cached (`cacheEntries`, default
 * 256; 0 turns it off) until `generation` changes.
 */
export function withReadPool(store: Store, path: string, options: ReadPoolOptions, generation: () => string): Store {
  const pool = new ReadPool(path, options);
  const cache = new ReadCache(options.cacheEntries ?? READ_POOL_DEFAULTS.cacheEntries, generation);
  const pooled = Object.fromEntries(
    POOLED_READS.map((method) => [method, (...args: unknown[]) => cache.get(method, args, () => pool.call(method, args))]),
  );
  return {
    ...store,
    ...(pooled as Pick<Store, (typeof POOLED_READS)[number]>),
    close: async () => {
      pool.close();
      await store.close();
    },
  };
}
