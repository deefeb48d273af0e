// The trends page as one value: the phrases compared and how they are counted.
// It round-trips through the hash with the API's own parameter names, so
// `#/trends?phrase=…&by=year` and `/api/trends?phrase=…&by=year` say the same
// thing; plus where a point leads (the search, or the quotes for a speaker)
// and the series as CSV. No DOM, so it is unit-tested under Node.
import { TREND_BUCKETS, TREND_MEASURES, type TrendBucket, type TrendMeasure, type TrendPoint, type TrendSeries, type TrendsResponse } from './api-types.js';
import { formatCount, formatDate, kindLabel, plural } from './format.js';
import { EMPTY_QUOTE_LIST, type QuoteListState } from './quote-state.js';
import { EMPTY_SEARCH, type SearchState } from './search-state.js';

/** Phrases one chart compares at most. */
export const MAX_PHRASES = 6;
/** Smoothing windows the page offers (buckets in the trailing mean); 1 is none. */
export const SMOOTHING = [1, 2, 3, 6, 12] as const;
export const TREND_SPLITS = ['', 'source', 'kind'] as const;
export type TrendSplit = (typeof TREND_SPLITS)[number];

export interface TrendsState {
  /** Queries in the search syntax, in the order drawn; none blank, at most MAX_PHRASES. */
  readonly phrases: readonly string[];
  readonly by: TrendBucket;
  readonly measure: TrendMeasure;
  /** One series per phrase and outlet (`source`) or kind; '' for one per phrase. */
  readonly split: TrendSplit;
  /** Trailing mean over this many buckets; 1 is none. */
  readonly smooth: number;
  /** Inclusive `YYYY-MM-DD`, or '' for open-ended. */
  readonly from: string;
  readonly to: string;
  /** One outlet / kind, or '' for all. */
  readonly source: string;
  readonly kind: string;
  /** A person's name or id: only their quoted words count. */
  readonly speaker: string;
  /** An office ("Foreign Minister"), and whose ("New Zealand"): only quoted words of whoever held it count. */
  readonly role: string;
  readonly of: string;
}

export const EMPTY_TRENDS: TrendsState = Object.freeze({
  phrases: [],
  by: 'month',
  measure: 'share',
  split: '',
  smooth: 1,
  from: '',
  to: '',
  source: '',
  kind: '',
  speaker: '',
  role: '',
  of: '',
});

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function oneOf<T extends string>(value: string | null, allowed: readonly T[], fallback: T): T {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}

export function parseTrends(params: URLSearchParams): TrendsState {
  const date = (name: string) => {
    const value = params.get(name) ?? '';
    return ISO_DATE.test(value) ? value : '';
  };
  const smooth = Number.parseInt(params.get('smooth') ?? '', 10);
  const phrases = [...new Set(params.getAll('phrase').map((p) => p.trim()).filter((p) => p !== ''))].slice(0, MAX_PHRASES);
  return {
    phrases,
    by: oneOf(params.get('by'), TREND_BUCKETS, EMPTY_TRENDS.by),
    measure: oneOf(params.get('measure'), TREND_MEASURES, EMPTY_TRENDS.measure),
    split: oneOf(params.get('split'), TREND_SPLITS, ''),
    smooth: Number.isInteger(smooth) && smooth >= 1 && smooth <= 52 ? smooth : 1,
    from: date('from'),
    to: date('to'),
    source: params.get('source')?.trim() ?? '',
    kind: params.get('kind')?.trim() ?? '',
    speaker: params.get('speaker')?.trim() ?? '',
    role: params.get('role')?.trim() ?? '',
    // Whose office means nothing without the office.
    of: params.get('role')?.trim() ? (params.get('of')?.trim() ?? '') : '',
  };
}

/** The address's query: only what differs from the defaults, in a fixed order, so equal states give equal strings. */
export function trendsParams(state: TrendsState): URLSearchParams {
  const params = new URLSearchParams();
  for (const phrase of state.phrases) params.append('phrase', phrase);
  if (state.by !== EMPTY_TRENDS.by) params.set('by', state.by);
  if (state.measure !== EMPTY_TRENDS.measure) params.set('measure', state.measure);
  if (state.split) params.set('split', state.split);
  if (state.smooth > 1) params.set('smooth', String(state.smooth));
  if (state.from) params.set('from', state.from);
  if (state.to) params.set('to', state.to);
  if (state.source) params.set('source', state.source);
  if (state.kind) params.set('kind', state.kind);
  if (state.speaker) params.set('speaker', state.speaker);
  if (state.role) params.set('role', state.role);
  if (state.role && state.of) params.set('of', state.of);
  return params;
}

/** The query string for /api/trends: the address's, with the bucket and measure always said. */
export function trendsApiParams(state: TrendsState): URLSearchParams {
  const params = trendsParams(state);
  params.set('by', state.by);
  params.set('measure', state.measure);
  return params;
}

/** The same chart with one phrase's series only: how a syntax error is traced to its phrase. */
export function onePhrase(state: TrendsState, phrase: string): TrendsState {
  return { ...state, phrases: [phrase], split: '' };
}

/** A phrase's name in the legend and tooltips: the phrase, and its outlet or kind when split. */
export function seriesLabel(series: Pick<TrendSeries, 'phrase' | 'source' | 'kind'>): string {
  const parts = [series.source, series.kind === null ? null : kindLabel(series.kind)].filter((p): p is string => p !== null);
  return parts.length > 0 ? `${series.phrase} (${parts.join(', ')})` : series.phrase;
}

/**
 * Where a point leads: the documents behind its `matches`. Without a speaker
 * that is the search for the phrase over the bucket's dates, in the chart's
 * scope and the series' outlet or kind, so its total is the point's matches;
 * with one it is that speaker's quotes containing the phrase.
 */
export function pointTarget(state: TrendsState, series: Pick<TrendSeries, 'phrase' | 'source' | 'kind'>, point: Pick<TrendPoint, 'from' | 'to'>): { readonly view: 'search'; readonly search: SearchState } | { readonly view: 'quotes'; readonly list: QuoteListState } {
  const source = series.source ?? state.source;
  const kind = series.kind ?? state.kind;
  const scope = { source: source ? [source] : [], kind: kind ? [kind] : [], from: point.from, to: point.to };
  if (state.speaker || state.role) return { view: 'quotes', list: { ...EMPTY_QUOTE_LIST, ...scope, speaker: state.speaker, role: state.role, of: state.of, contains: series.phrase } };
  return { view: 'search', search: { ...EMPTY_SEARCH, ...scope, q: series.phrase } };
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A bucket in words: `2024-04` → `Apr 2024`, `2024-Q2` → `Q2 2024`, `2024-W15` → `Week 15, 2024`, a day as a date. */
export function bucketLabel(bucket: string): string {
  let match = /^(\d{4})-(\d{2})$/.exec(bucket);
  if (match) return `${MONTHS[Number(match[2]) - 1] ?? match[2]} ${match[1]}`;
  match = /^(\d{4})-Q([1-4])$/.exec(bucket);
  if (match) return `Q${match[2]} ${match[1]}`;
  match = /^(\d{4})-W(\d{2})$/.exec(bucket);
  if (match) return `Week ${Number(match[2])}, ${match[1]}`;
  return formatDate(bucket);
}

/** What `matches` and `total` count under a measure. */
export function measureUnits(measure: TrendMeasure): { readonly matches: string; readonly total: string } {
  return measure === 'per-million' ? { matches: 'occurrence', total: 'word' } : { matches: 'document', total: 'document' };
}

export const MEASURE_LABELS: Readonly<Record<TrendMeasure, string>> = { share: 'Share of documents', count: 'Documents', 'per-million': 'Per million words' };

/** The decimals a tick step needs to be written exactly (2.5 → 1, 0.02 → 2), at most 6. */
function decimalsFor(step: number): number {
  if (!(step > 0) || !Number.isFinite(step)) return 0;
  for (let d = 0; d < 6; d++) {
    const scaled = step * 10 ** d;
    if (Math.abs(scaled - Math.round(scaled)) < 1e-9 * scaled) return d;
  }
  return 6;
}

/** Two or three significant digits, without trailing zeros: 0.4, 7.3, 12.3. */
function short(value: number, digits: number): string {
  return String(Number(value.toPrecision(digits)));
}

/** A value as the measure reads: `7.3%`, `12`, `412.5`. `step` (a tick step) makes every tick show the same decimals. */
export function formatValue(value: number, measure: TrendMeasure, step?: number): string {
  if (measure === 'share') {
    const percent = value * 100;
    if (step !== undefined) return `${percent.toFixed(decimalsFor(Number((step * 100).toPrecision(12))))}%`;
    if (percent === 0) return '0%';
    return `${percent >= 10 ? (Number.isInteger(percent) ? String(percent) : percent.toFixed(1)) : short(percent, 2)}%`;
  }
  if (step !== undefined) {
    const decimals = decimalsFor(step);
    return decimals === 0 ? formatCount(Math.round(value)) : value.toFixed(decimals);
  }
  if (measure === 'count') return Number.isInteger(value) ? formatCount(value) : value.toFixed(1);
  return value >= 100 || value === 0 ? value.toFixed(0) : short(value, 3);
}

/** A point's raw counts: `3 of 41 documents`, `3 occurrences in 2,410 words`. */
export function rawWords(point: Pick<TrendPoint, 'matches' | 'total'>, measure: TrendMeasure): string {
  if (measure === 'per-million') return `${plural(point.matches, 'occurrence')} in ${plural(point.total, 'word')}`;
  return `${formatCount(point.matches)} of ${plural(point.total, 'document')}`;
}

/** One point in words: the hover text and each point's accessible name. */
export function pointWords(series: Pick<TrendSeries, 'phrase' | 'source' | 'kind'>, point: TrendPoint, measure: TrendMeasure, smooth: number): string {
  const value = formatValue(point.value, measure);
  const what = measure === 'share' ? `${value} of documents` : measure === 'count' ? `${value} ${point.value === 1 ? 'document' : 'documents'}` : `${value} per million words`;
  const smoothed = smooth > 1 ? ` (mean of the last ${smooth} buckets)` : '';
  const raw = rawWords(point, measure);
  return `${seriesLabel(series)}, ${bucketLabel(point.bucket)}: ${what}${smoothed}; ${raw}`;
}

/** A CSV field: quoted when it holds a comma, quote or line break (RFC 4180). */
function csvField(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The series as CSV, one row per point, the columns `parley trends --csv` prints. */
export function trendsCsv(response: Pick<TrendsResponse, 'series'>): string {
  const rows = [['phrase', 'source', 'kind', 'bucket', 'from', 'to', 'matches', 'total', 'value'].join(',')];
  for (const s of response.series) {
    for (const p of s.points) rows.push([s.phrase, s.source, s.kind, p.bucket, p.from, p.to, p.matches, p.total, p.value].map(csvField).join(','));
  }
  return `${rows.join('\r\n')}\r\n`;
}

/** A file name for exports: `parley-trends-traditional-partners-by-month`. */
export function exportName(state: TrendsState): string {
  const words = state.phrases
    .join(' ')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `parley-trends${words ? `-${words}` : ''}-by-${state.by}`;
}

/** A phrase as one exact phrase in the search syntax: `"war on terror"`. */
export function quotePhrase(phrase: string): string {
  return `"${phrase.replace(/"/g, ' ').replace(/\s+/g, ' ').trim()}"`;
}
