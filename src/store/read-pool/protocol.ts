import { ConfigError, NotFoundError, ParleyError, QuerySyntaxError, StoreError, UsageError } from '../../core/index.js';
import type { Store } from '../store.js';

/**
 * The reads a pool serves: what users ask for through the server. Link-time
 * reads (pending queues, fingerprint postings) stay with the writer, which
 * needs them consistent with its own uncommitted view.
 */
export const POOLED_READS = [
  'search',
  'facets',
  'getDocument',
  'stats',
  'listEntities',
  'getEntity',
  'officeHolder',
  'officeHistory',
  'documentEntities',
  'entityRows',
  'entityCorrections',
  'listReuse',
  'reuseDocumentInfo',
  'reuseDocuments',
  'quotes',
  'quoteCluster',
  'documentQuotes',
  'events',
  'engagement',
  'eventNetwork',
  'documentTimes',
  'documentEvents',
  'trendCounts',
  'shifts',
] as const satisfies readonly (keyof Store)[];

export type PooledRead = (typeof POOLED_READS)[number];

export interface ReadRequest {
  readonly id: number;
  readonly method: PooledRead;
  readonly args: readonly unknown[];
}

export interface SerializedError {
  readonly name: string;
  readonly message: string;
  readonly query?: string;
  readonly position?: number;
}

export type WorkerMessage =
  | { readonly type: 'ready' }
  | { readonly type: 'failed'; readonly error: SerializedError }
  | { readonly type: 'result'; readonly id: number; readonly value: unknown }
  | { readonly type: 'error'; readonly id: number; readonly error: SerializedError };

/** Errors cross the process boundary as plain data: class, message and the fields callers read. */
export function serializeError(error: unknown): SerializedError {
  if (error instanceof QuerySyntaxError) return { name: error.name, message: error.message, query: error.query, position: error.position };
  if (error instanceof ParleyError) return { name: error.name, message: error.message };
  return { name: 'Error', message: error instanceof Error ? error.message : String(error) };
}

const CLASSES: Readonly<Record<string, new (message: string) => ParleyError>> = {
  UsageError,
  NotFoundError,
  StoreError,
  ConfigError,
};

/** The same class on this side; anything unknown is the store's failure. */
export function deserializeError(error: SerializedError): ParleyError {
  if (error.name === 'QuerySyntaxError') return new QuerySyntaxError(error.message, error.query ?? '', error.position ?? 0);
  const Class = CLASSES[error.name];
  return Class ? new Class(error.message) : new StoreError(`A read failed in a read worker: ${error.message}`);
}
