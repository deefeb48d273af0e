import { KINDS, UsageError, type Kind } from '../core/index.js';
import { checkInteger } from './check-integer.js';
import type { ReuseQuery } from './reuse-types.js';

export const REUSE_LIMIT = 50;
export const REUSE_MAX_LIMIT = 1000;
/** What a "related pair" means unless asked otherwise: the Churnalism-style threshold of the reuse issue. */
export const DEFAULT_MIN_SHARE = 0.2;

export interface CheckedReuseQuery {
  readonly document: string | null;
  readonly other: string | null;
  readonly minShare: number;
  readonly source: readonly string[];
  readonly kind: readonly Kind[];
  readonly limit: number;
  readonly offset: number;
}

/** Validates a reuse listing once for every adapter; `UsageError` names the field and the fix. */
export function checkReuse(query: ReuseQuery): CheckedReuseQuery {
  const minShare = query.minShare ?? DEFAULT_MIN_SHARE;
  if (typeof minShare !== 'number' || !Number.isFinite(minShare) || minShare < 0 || minShare > 1) {
    throw new UsageError(`'minShare' must be a fraction from 0 to 1, e.g. 0.2 (got ${JSON.stringify(minShare)}).`);
  }
  const kind = query.kind ?? [];
  for (const k of kind) {
    if (!(KINDS as readonly string[]).includes(k)) throw new UsageError(`Unknown kind '${String(k)}': use ${KINDS.join(', ')}.`);
  }
  const document = query.document ?? null;
  if (document !== null && (typeof document !== 'string' || document === '')) {
    throw new UsageError(`'document' must be a document id (got ${JSON.stringify(document)}).`);
  }
  const other = query.other ?? null;
  if (other !== null && (typeof other !== 'string' || other === '' || document === null)) {
    throw new UsageError(`'other' must be a document id, given together with 'document' (got ${JSON.stringify(other)}).`);
  }
  return {
    document,
    other,
    minShare,
    source: query.source ?? [],
    kind,
    limit: checkInteger('limit', query.limit ?? REUSE_LIMIT, 1, REUSE_MAX_LIMIT),
    offset: checkInteger('offset', query.offset ?? 0, 0, Number.MAX_SAFE_INTEGER),
  };
}
