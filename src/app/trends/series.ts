import type { Kind } from '../../core/index.js';
import type { TrendDayCount } from '../../store/index.js';
import { UsageError } from '../../core/index.js';
import { bucketCount, bucketOf, bucketsBetween, type Bucket, type Grain } from './buckets.js';

export const MEASURES = ['share', 'count', 'per-million'] as const;
export type Measure = (typeof MEASURES)[number];
export const SPLITS = ['source', 'kind'] as const;
export type Split = (typeof SPLITS)[number];

/** One bucket of a series (docs/trends.md). */
export interface TrendPoint {
  readonly bucket: string;
  /** Documents matching; occurrences with `per-million`. */
  readonly matches: number;
  /** Documents in scope; words with `per-million`. */
  readonly total: number;
  readonly value: number;
  readonly from: string;
  readonly to: string;
}

export interface TrendSeries {
  readonly phrase: string;
  readonly source: string | null;
  readonly kind: Kind | null;
  readonly points: readonly TrendPoint[];
}

export interface TrendResult {
  readonly by: Grain;
  readonly measure: Measure;
  readonly from: string | null;
  readonly to: string | null;
  readonly series: readonly TrendSeries[];
}

export interface SeriesOptions {
  readonly by: Grain;
  readonly measure: Measure;
  readonly split: Split | null;
  readonly smooth: number;
}

/** What one split value (an outlet, a kind, or everything) counts per bucket. */
type Tallies = Map<string, number>;

const UNSPLIT = '\u0000all';

/** Points one trend may hold (buckets × series): 15 years of days for 18 series, or a century of weeks for 19; about 10 MB of JSON. */
export const MAX_POINTS = 100_000;

/** The split value of a row: its outlet or kind, or one key for everything. */
function groupOf(row: TrendDayCount, split: Split | null): string {
  if (split === 'source') return row.source === null ? '\u0000none' : `s:${row.source}`;
  if (split === 'kind') return `k:${row.kind}`;
  return UNSPLIT;
}

function tally(rows: readonly TrendDayCount[], options: SeriesOptions): Map<string, Tallies> {
  const out = new Map<string, Tallies>();
  for (const row of rows) {
    const group = groupOf(row, options.split);
    let buckets = out.get(group);
    if (!buckets) out.set(group, (buckets = new Map()));
    const key = bucketOf(row.day, options.by).key;
    const amount = options.measure === 'per-million' ? (row.occurrences ?? 0) : row.documents;
    buckets.set(key, (buckets.get(key) ?? 0) + amount);
  }
  return out;
}

const round = (value: number) => Math.round(value * 1e6) / 1e6;

function measure(matches: number, total: number, kind: Measure): number {
  if (kind === 'count') return matches;
  if (total === 0) return 0;
  return kind === 'share' ? matches / total : (matches / total) * 1_000_000;
}

/**
 * Series from the store's day counts: `totals` is the scope (the
 * denominator), `phrases` each phrase's matches. Buckets run from the first
 * to the last day in scope, empty ones as zeros; one series per phrase, or
 * per phrase and outlet (kind) with a split, in the order of the phrases and
 * then of the split values' names.
 */
export function buildSeries(totals: readonly TrendDayCount[], phrases: ReadonlyArray<{ phrase: string; counts: readonly TrendDayCount[] }>, options: SeriesOptions): TrendResult {
  const first = totals[0]?.day;
  const last = totals.at(-1)?.day;
  if (first === undefined || last === undefined) return { by: options.by, measure: options.measure, from: null, to: null, series: [] };
  const denominators = tally(totals, options);
  const groups = [...denominators.keys()].sort();
  const count = bucketCount(first, last, options.by);
  const points = count * groups.length * phrases.length;
  if (points > MAX_POINTS) {
    throw new UsageError(
      `This trend would draw ${points.toLocaleString('en')} points (${count.toLocaleString('en')} ${options.by} buckets from ${first} to ${last} × ${groups.length * phrases.length} series), over the ${MAX_POINTS.toLocaleString('en')} one request may: use a coarser --by (by=month, quarter or year), narrow --from/--to, or compare fewer phrases or split values.`,
    );
  }
  const buckets = bucketsBetween(first, last, options.by);
  const series: TrendSeries[] = [];
  for (const { phrase, counts } of phrases) {
    const numerators = tally(counts, options);
    for (const group of groups) {
      const totalsOf = denominators.get(group) as Tallies;
      const matchesOf = numerators.get(group) ?? new Map<string, number>();
      const points = buckets.map((b: Bucket) => {
        const matches = matchesOf.get(b.key) ?? 0;
        const total = totalsOf.get(b.key) ?? 0;
        return { bucket: b.key, matches, total, value: measure(matches, total, options.measure), from: b.from, to: b.to };
      });
      series.push({ phrase, source: group.startsWith('s:') ? group.slice(2) : null, kind: group.startsWith('k:') ? (group.slice(2) as Kind) : null, points: smooth(points, options.smooth) });
    }
  }
  return { by: options.by, measure: options.measure, from: buckets[0]?.from ?? null, to: buckets.at(-1)?.to ?? null, series };
}

/** A trailing mean over `window` buckets (fewer at the start); counts stay raw, and every value is rounded once, here. */
function smooth(points: readonly TrendPoint[], window: number): TrendPoint[] {
  return points.map((p, i) => {
    const span = points.slice(Math.max(0, i - window + 1), i + 1);
    return { ...p, value: round(span.reduce((sum, q) => sum + q.value, 0) / span.length) };
  });
}
