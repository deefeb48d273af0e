import type { Kind } from '../core/index.js';

/** What decides which of a cluster's quotes came first. */
export interface QuoteAge {
  readonly published: string | null;
  readonly kind: Kind | string;
  readonly documentId: string;
  readonly start: number;
}

const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Oldest first: a known date before an unknown one (an undated copy is not
 * the original), then the date, then a release before news and the rest (the
 * reuse contract's rule), then document id and position. Shared by
 * clustering (which member names the cluster) and the cluster listing.
 */
export function compareQuoteAge(a: QuoteAge, b: QuoteAge): number {
  if ((a.published === null) !== (b.published === null)) return a.published === null ? 1 : -1;
  if (a.published !== null && b.published !== null && a.published !== b.published) return order(a.published, b.published);
  const aRelease = a.kind === 'release';
  if (aRelease !== (b.kind === 'release')) return aRelease ? -1 : 1;
  return order(a.documentId, b.documentId) || a.start - b.start;
}

const DAY_MS = 86_400_000;

/** Whole days from `from` to `to`; null unless both dates are known. */
export function lagDays(from: string | null, to: string | null): number | null {
  if (from === null || to === null) return null;
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}
