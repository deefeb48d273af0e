import type { Store } from '../store.js';
import { ReadPool, type ReadPoolOptions } from './pool.js';
import { POOLED_READS } from './protocol.js';

/**
 * `store` with its user-facing reads served by a pool of worker processes on
 * the same database file; writes, link-time reads and `close` stay with
 * `store`. Arguments are validated in the worker by the same code, so errors
 * are the same as in-process.
 */
export function withReadPool(store: Store, path: string, options: ReadPoolOptions): Store {
  const pool = new ReadPool(path, options);
  const pooled = Object.fromEntries(POOLED_READS.map((method) => [method, (...args: unknown[]) => pool.call(method, args)]));
  return {
    ...store,
    ...(pooled as Pick<Store, (typeof POOLED_READS)[number]>),
    close: async () => {
      pool.close();
      await store.close();
    },
  };
}
