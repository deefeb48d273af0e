/**
 * The first index in `items` (sorted so that `before` holds for a prefix and
 * fails for the rest) where `before` fails; `items.length` when it never does.
 */
export function firstIndex<T>(items: readonly T[], before: (item: T) => boolean): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(items[mid]!)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

type Spanned = { readonly start: number; readonly end: number };

/** Per array of spans, the furthest end among its first i + 1. */
const REACH = new WeakMap<readonly Spanned[], Float64Array>();

function reachOf(spans: readonly Spanned[]): Float64Array {
  let reach = REACH.get(spans);
  if (reach === undefined || reach.length !== spans.length) {
    reach = new Float64Array(spans.length);
    let furthest = -Infinity;
    spans.forEach((s, i) => (reach![i] = furthest = Math.max(furthest, s.end)));
    REACH.set(spans, reach);
  }
  return reach;
}

/**
 * `spans.find((s) => s.start <= at && at < s.end)` for spans sorted by
 * start, without a scan: a binary search, then back only over spans that
 * an earlier one reaches past `at` (nested quotes, a quote in a turn).
 * The array must not change between calls.
 */
export function spanAt<T extends Spanned>(spans: readonly T[], at: number): T | undefined {
  const reach = reachOf(spans);
  let found: T | undefined;
  for (let i = firstIndex(spans, (s) => s.start <= at) - 1; i >= 0 && reach[i]! > at; i--) {
    if (at < spans[i]!.end) found = spans[i];
  }
  return found;
}

/**
 * Spans sorted by start, visited only near a given span: the spans that
 * overlap it are found from a binary search back by the longest span's
 * length, not by a scan of all of them.
 */
export class SpansByStart<T extends Spanned> {
  private readonly spans: readonly T[];
  private readonly longest: number;

  /** Sorts `spans` in place (stably: spans that start together keep their order). */
  constructor(spans: T[]) {
    this.spans = spans.sort((a, b) => a.start - b.start);
    this.longest = spans.reduce((most, s) => Math.max(most, s.end - s.start), 0);
  }

  /** The first span (by start) overlapping `span` that `test` accepts. */
  first(span: Spanned, test: (s: T) => boolean): T | undefined {
    const from = span.start - this.longest;
    for (let i = firstIndex(this.spans, (s) => s.start < from); i < this.spans.length && this.spans[i]!.start < span.end; i++) {
      const s = this.spans[i]!;
      if (s.end > span.start && test(s)) return s;
    }
    return undefined;
  }

  /** Spans starting in [span.start, span.end) that `test` accepts, by start. */
  startingIn(span: Spanned, test: (s: T) => boolean): T[] {
    const out: T[] = [];
    for (let i = firstIndex(this.spans, (s) => s.start < span.start); i < this.spans.length && this.spans[i]!.start < span.end; i++) {
      if (test(this.spans[i]!)) out.push(this.spans[i]!);
    }
    return out;
  }
}
