// Text reuse as values: the reuse index's state (threshold, page) round-tripping
// through the hash, and the arithmetic the reuse views share (numbered
// passages per side, the union of passages in one document, shares and lags
// as words). No DOM, so it is unit-tested under Node.
import type { Kind, ReusePair, Span } from './api-types.js';
import { formatCount } from './format.js';

/** The server's own default: a pair is "related" when either side is at least 20% reused. */
export const DEFAULT_MIN_SHARE = 0.2;
/** The thresholds the index offers. */
export const MIN_SHARES: readonly number[] = [0.2, 0.4, 0.6, 0.8];
/** Pairs per page of the index. */
export const REUSE_PAGE_SIZE = 50;

export interface ReuseListState {
  /** Fraction (0–1): pairs where either document is at least this much reused. */
  readonly minShare: number;
  readonly offset: number;
}

export const EMPTY_REUSE_LIST: ReuseListState = Object.freeze({ minShare: DEFAULT_MIN_SHARE, offset: 0 });

export function parseReuseList(params: URLSearchParams): ReuseListState {
  const minShare = Number.parseFloat(params.get('minShare') ?? '');
  const offset = Number.parseInt(params.get('offset') ?? '', 10);
  return {
    minShare: Number.isFinite(minShare) && minShare >= 0 && minShare <= 1 ? minShare : DEFAULT_MIN_SHARE,
    offset: Number.isFinite(offset) && offset > 0 ? offset : 0,
  };
}

/** Only the non-default parts, so equal states give equal strings; the names are the API's. */
export function reuseListParams(state: ReuseListState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.minShare !== DEFAULT_MIN_SHARE) params.set('minShare', String(state.minShare));
  if (state.offset > 0) params.set('offset', String(state.offset));
  return params;
}

/** The query string for /api/reuse; the threshold always, so the page never depends on the server's default. */
export function reuseListApiParams(state: ReuseListState, limit = REUSE_PAGE_SIZE): URLSearchParams {
  const params = new URLSearchParams({ minShare: String(state.minShare) });
  if (state.offset > 0) params.set('offset', String(state.offset));
  params.set('limit', String(limit));
  return params;
}

/** A passage on one side, numbered as on the other: passage N on the left is passage N on the right. */
export interface NumberedSpan extends Span {
  /** 1-based, in the order the API lists the passages. */
  readonly n: number;
}

export function passageSpans(pair: ReusePair, side: 'source' | 'target'): NumberedSpan[] {
  return pair.passages.map((passage, i) => ({ start: passage[side].start, end: passage[side].end, n: i + 1 }));
}

/** A stretch of one document reused by (or from) others: the union of the passages of its pairs. */
export interface ReusedSpan extends Span {
  /** The other documents sharing this stretch (ids, each once, in pair order). */
  readonly with: readonly string[];
}

/**
 * The stretches of document `id` that any of `pairs` reuses, overlapping and
 * touching passages merged, so a release reprinted by two stories shows one
 * mark where both took the same paragraph. Spans outside `length` are dropped.
 */
export function reusedSpans(id: string, pairs: readonly ReusePair[], length: number): ReusedSpan[] {
  const spans: { start: number; end: number; with: string }[] = [];
  for (const pair of pairs) {
    const side = pair.source.id === id ? 'source' : pair.target.id === id ? 'target' : null;
    if (side === null) continue;
    const other = side === 'source' ? pair.target.id : pair.source.id;
    for (const passage of pair.passages) {
      const { start, end } = passage[side];
      if (Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end <= length && start < end) spans.push({ start, end, with: other });
    }
  }
  spans.sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: { start: number; end: number; with: string[] }[] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) {
      last.end = Math.max(last.end, span.end);
      if (!last.with.includes(span.with)) last.with.push(span.with);
    } else {
      merged.push({ start: span.start, end: span.end, with: [span.with] });
    }
  }
  return merged;
}

/** `0.9669` → `97%`; a share that rounds to nothing but is not nothing reads `<1%`. */
export function formatShare(share: number): string {
  if (share > 0 && share < 0.005) return '<1%';
  return `${Math.round(share * 100)}%`;
}

/** How a document of this kind is called in a sentence ("97% of the release"). */
export function kindNoun(kind: Kind | string): string {
  return kind === 'release' ? 'release' : kind === 'news' ? 'story' : kind === 'speech' ? 'speech' : 'document';
}

/** The lag from source to target in words. */
export function formatLag(days: number | null): string {
  if (days === null) return 'lag unknown';
  if (days === 0) return 'same day';
  const n = Math.abs(days);
  return `${formatCount(n)} ${n === 1 ? 'day' : 'days'} ${days > 0 ? 'later' : 'earlier'}`;
}
