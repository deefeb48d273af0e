// The trends chart's arithmetic: where every line, point, tick, legend entry
// and denominator bar goes, in the SVG's own units. Pure (no DOM), so the
// scales, ticks and paths are unit-tested under Node; trends-view.ts only
// turns this into elements.
import type { TrendMeasure, TrendPoint, TrendsResponse } from './api-types.js';
import { bucketLabel, formatValue, measureUnits, seriesLabel } from './trends-state.js';
import { formatCount } from './format.js';

/** The SVG's width in its own units; it scales to the page. */
export const CHART_WIDTH = 880;
const MARGIN_LEFT = 64;
const MARGIN_RIGHT = 20;
const PLOT_HEIGHT = 260;
const LEGEND_ROW = 20;
const STRIP_HEIGHT = 44;
/** Distinct colours before a dash pattern is added to tell series apart. */
export const COLOURS = 8;
/** Above this many buckets a series' points are drawn only on hover (they still take focus). */
export const MARKERS_UP_TO = 80;

/** `x ↦ y` mapping the domain [d0, d1] onto the range [r0, r1] (a flat domain maps to the range's middle). */
export function linearScale(domain: readonly [number, number], range: readonly [number, number]): (value: number) => number {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  if (d1 === d0) return () => (r0 + r1) / 2;
  return (value) => r0 + ((value - d0) / (d1 - d0)) * (r1 - r0);
}

/** 1, 2, 2.5 or 5 times a power of ten, at least `raw`. */
export function niceStep(raw: number): number {
  if (!(raw > 0) || !Number.isFinite(raw)) return 1;
  const power = 10 ** Math.floor(Math.log10(raw));
  const fraction = raw / power;
  const nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
  return nice * power;
}

/**
 * Ticks from 0 to a round value at or above `max`, about `target` of them.
 * Whole numbers only when `integer` (counts). A max of 0 still gets an axis.
 */
export function niceTicks(max: number, target = 5, integer = false): number[] {
  const top = max > 0 && Number.isFinite(max) ? max : 1;
  let step = niceStep(top / target);
  if (integer) step = step < 1 ? 1 : Number.isInteger(step) ? step : Math.ceil(step / 5) * 5;
  const count = Math.max(1, Math.ceil(top / step - 1e-9));
  return Array.from({ length: count + 1 }, (_, i) => Number((i * step).toPrecision(12)));
}

/** An axis label: shorter than `bucketLabel` for weeks. */
export function axisLabel(bucket: string): string {
  const week = /^(\d{4})-W(\d{2})$/.exec(bucket);
  return week ? `W${Number(week[2])} ${week[1]}` : bucketLabel(bucket);
}

export interface PlacedPoint {
  readonly x: number;
  readonly y: number;
  readonly point: TrendPoint;
}

export interface PlacedSeries {
  /** Index into the response's series. */
  readonly index: number;
  readonly label: string;
  /** Colour class number (0 … COLOURS-1) and dash pattern (0 solid) together tell series apart. */
  readonly colour: number;
  readonly dash: number;
  /** SVG path data; a bucket missing from the series breaks the line. */
  readonly path: string;
  readonly points: readonly PlacedPoint[];
}

export interface ChartLayout {
  readonly width: number;
  readonly height: number;
  readonly plot: { readonly left: number; readonly top: number; readonly right: number; readonly bottom: number };
  readonly buckets: readonly { readonly bucket: string; readonly from: string; readonly to: string; readonly x: number }[];
  readonly xTicks: readonly { readonly x: number; readonly label: string }[];
  readonly yTicks: readonly { readonly y: number; readonly value: number; readonly label: string }[];
  readonly legend: readonly { readonly x: number; readonly y: number; readonly label: string; readonly colour: number; readonly dash: number; readonly index: number }[];
  readonly series: readonly PlacedSeries[];
  /** The denominator per bucket, as bars under the plot. */
  readonly strip: {
    readonly top: number;
    readonly bottom: number;
    readonly label: string;
    readonly max: number;
    readonly bars: readonly { readonly x: number; readonly y: number; readonly width: number; readonly height: number; readonly total: number; readonly bucket: string }[];
  };
  /** The y axis's title: what the values are. */
  readonly yTitle: string;
}

/** Every bucket any series has, in date order, each once. */
export function allBuckets(response: Pick<TrendsResponse, 'series'>): { bucket: string; from: string; to: string }[] {
  const byKey = new Map<string, { bucket: string; from: string; to: string }>();
  for (const s of response.series) for (const p of s.points) if (!byKey.has(p.bucket)) byKey.set(p.bucket, { bucket: p.bucket, from: p.from, to: p.to });
  return [...byKey.values()].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : a.bucket.localeCompare(b.bucket)));
}

/**
 * The denominator per bucket: the documents (or words) in scope. Each series
 * of the first phrase covers one outlet or kind when split, so their totals
 * add up to the whole scope; unsplit, there is one.
 */
export function bucketTotals(response: Pick<TrendsResponse, 'series'>): Map<string, number> {
  const totals = new Map<string, number>();
  const first = response.series[0]?.phrase;
  for (const s of response.series) {
    if (s.phrase !== first) continue;
    for (const p of s.points) totals.set(p.bucket, (totals.get(p.bucket) ?? 0) + p.total);
  }
  return totals;
}

/** Legend text is measured by a rough average glyph width: the SVG must lay out before it is in a page. */
const GLYPH = 6.6;

export function layoutChart(response: Pick<TrendsResponse, 'series' | 'measure' | 'by'>, width = CHART_WIDTH): ChartLayout {
  const left = MARGIN_LEFT;
  const right = width - MARGIN_RIGHT;

  // Legend rows first: the plot starts below them.
  const legend: { x: number; y: number; label: string; colour: number; dash: number; index: number }[] = [];
  let lx = left;
  let row = 0;
  response.series.forEach((s, index) => {
    const label = seriesLabel(s);
    const itemWidth = 30 + Math.min(label.length, 48) * GLYPH + 18;
    if (lx > left && lx + itemWidth > right) {
      row += 1;
      lx = left;
    }
    legend.push({ x: lx, y: 14 + row * LEGEND_ROW, label: label.length > 48 ? `${label.slice(0, 47)}…` : label, colour: index % COLOURS, dash: Math.floor(index / COLOURS) % 3, index });
    lx += itemWidth;
  });
  const legendHeight = response.series.length === 0 ? 0 : (row + 1) * LEGEND_ROW;

  const top = legendHeight + 34;
  const bottom = top + PLOT_HEIGHT;
  const buckets = allBuckets(response);
  const n = buckets.length;
  // One bucket sits in the middle; more spread edge to edge, with a little air.
  const pad = n > 1 ? Math.min(16, (right - left) / (2 * n)) : 0;
  const x = n > 1 ? linearScale([0, n - 1], [left + pad, right - pad]) : () => (left + right) / 2;
  const placedBuckets = buckets.map((b, i) => ({ ...b, x: x(i) }));
  const indexOf = new Map(buckets.map((b, i) => [b.bucket, i]));

  const values = response.series.flatMap((s) => s.points.map((p) => p.value)).filter((v) => Number.isFinite(v));
  const max = values.length > 0 ? Math.max(...values) : 0;
  const ticks = niceTicks(max, 5, response.measure === 'count' && values.every(Number.isInteger));
  const top_ = ticks[ticks.length - 1] ?? 1;
  const y = linearScale([0, top_], [bottom, top]);
  const step = ticks.length > 1 ? (ticks[1] ?? 1) - (ticks[0] ?? 0) : 1;
  const yTicks = ticks.map((value) => ({ value, y: y(value), label: formatValue(value, response.measure, step) }));

  // As many x labels as fit at ~84 units each, on every k-th bucket.
  const fit = Math.max(1, Math.floor((right - left) / 84));
  const every = Math.max(1, Math.ceil(n / fit));
  const xTicks = placedBuckets.filter((_, i) => i % every === 0).map((b) => ({ x: b.x, label: axisLabel(b.bucket) }));

  const series = response.series.map((s, index) => {
    const points = s.points
      .filter((p) => indexOf.has(p.bucket) && Number.isFinite(p.value))
      .map((p) => ({ x: x(indexOf.get(p.bucket) ?? 0), y: y(p.value), point: p, at: indexOf.get(p.bucket) ?? 0 }))
      .sort((a, b) => a.at - b.at);
    let path = '';
    let previous = -2;
    for (const p of points) {
      path += `${p.at === previous + 1 ? 'L' : 'M'}${round(p.x)} ${round(p.y)}`;
      previous = p.at;
    }
    return { index, label: seriesLabel(s), colour: index % COLOURS, dash: Math.floor(index / COLOURS) % 3, path, points: points.map(({ x: px, y: py, point }) => ({ x: px, y: py, point })) };
  });

  const totals = bucketTotals(response);
  const stripTop = bottom + 52;
  const stripBottom = stripTop + STRIP_HEIGHT;
  const maxTotal = Math.max(0, ...totals.values());
  const barWidth = n > 0 ? Math.max(1, Math.min(24, ((right - left) / Math.max(n, 1)) * 0.7)) : 0;
  const bars = placedBuckets.map((b) => {
    const total = totals.get(b.bucket) ?? 0;
    const height = maxTotal > 0 ? (total / maxTotal) * STRIP_HEIGHT : 0;
    return { x: b.x - barWidth / 2, y: stripBottom - height, width: barWidth, height, total, bucket: b.bucket };
  });
  const units = measureUnits(response.measure);
  const perBucket = { day: 'day', week: 'week', month: 'month', quarter: 'quarter', year: 'year' }[response.by];
  return {
    width,
    height: stripBottom + 22,
    plot: { left, top, right, bottom },
    buckets: placedBuckets,
    xTicks,
    yTicks,
    legend,
    series,
    strip: { top: stripTop, bottom: stripBottom, label: `${units.total === 'word' ? 'Words' : 'Documents'} in scope per ${perBucket} (most: ${formatCount(maxTotal)})`, max: maxTotal, bars },
    yTitle: { share: 'Share of documents', count: 'Documents', 'per-million': 'Per million words' }[response.measure],
  };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/** The chart in a sentence per series (its peak and its latest value): the drawing's accessible name. */
export function chartSummary(response: Pick<TrendsResponse, 'series' | 'measure' | 'by'>): string {
  const buckets = allBuckets(response);
  if (buckets.length === 0) return 'No dated documents in scope.';
  const span = buckets.length === 1 ? bucketLabel(buckets[0]!.bucket) : `${bucketLabel(buckets[0]!.bucket)} to ${bucketLabel(buckets[buckets.length - 1]!.bucket)}`;
  const parts = response.series.map((s) => {
    const peak = s.points.reduce<TrendPoint | null>((best, p) => (best === null || p.value > best.value ? p : best), null);
    if (peak === null || peak.value === 0) return `${seriesLabel(s)}: none`;
    return `${seriesLabel(s)}: peak ${formatValue(peak.value, response.measure as TrendMeasure)} in ${bucketLabel(peak.bucket)}`;
  });
  return `Line chart by ${response.by}, ${span}. ${parts.join('; ')}.`;
}
