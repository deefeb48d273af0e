// Calendar buckets of a trend, keyed as TIMEX3 writes them: 2024-04-11,
// 2024-W15 (ISO week), 2024-04, 2024-Q2, 2024. All arithmetic is on UTC
// calendar days, never the clock or the local zone.

import { TIME_GRAINS, type TimeGrainName } from '../../store/index.js';

/** A trend's buckets are TIMEX3's grains, the ones dates already carry. */
export const GRAINS = TIME_GRAINS;
export type Grain = TimeGrainName;

export interface Bucket {
  readonly key: string;
  /** First and last day, inclusive, `YYYY-MM-DD`. */
  readonly from: string;
  readonly to: string;
}

const DAY_MS = 86_400_000;
const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
const utc = (day: string) => Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));

/** The bucket of grain `grain` that holds `day` (`YYYY-MM-DD`). */
export function bucketOf(day: string, grain: Grain): Bucket {
  const t = utc(day);
  const date = new Date(t);
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth();
  switch (grain) {
    case 'day':
      return { key: iso(t), from: iso(t), to: iso(t) };
    case 'week': {
      // ISO 8601: weeks start on Monday; a week belongs to the year of its Thursday.
      const monday = t - ((date.getUTCDay() + 6) % 7) * DAY_MS;
      const thursday = new Date(monday + 3 * DAY_MS);
      const weekYear = thursday.getUTCFullYear();
      const week = Math.floor((thursday.getTime() - Date.UTC(weekYear, 0, 1)) / DAY_MS / 7) + 1;
      return { key: `${pad(weekYear, 4)}-W${pad(week)}`, from: iso(monday), to: iso(monday + 6 * DAY_MS) };
    }
    case 'month':
      return { key: `${pad(y, 4)}-${pad(m + 1)}`, from: iso(Date.UTC(y, m, 1)), to: iso(Date.UTC(y, m + 1, 0)) };
    case 'quarter': {
      const q = Math.floor(m / 3);
      return { key: `${pad(y, 4)}-Q${q + 1}`, from: iso(Date.UTC(y, q * 3, 1)), to: iso(Date.UTC(y, q * 3 + 3, 0)) };
    }
    case 'year':
      return { key: pad(y, 4), from: iso(Date.UTC(y, 0, 1)), to: iso(Date.UTC(y, 11, 31)) };
  }
}

/** Every bucket from the one holding `first` to the one holding `last`, in order, empty ones included. */
export function bucketsBetween(first: string, last: string, grain: Grain): Bucket[] {
  const out: Bucket[] = [];
  for (let bucket = bucketOf(first, grain); bucket.from <= last; bucket = bucketOf(iso(utc(bucket.to) + DAY_MS), grain)) out.push(bucket);
  return out;
}

/** How many buckets `bucketsBetween` would list (weeks: at most one more), without listing them. */
export function bucketCount(first: string, last: string, grain: Grain): number {
  const y = (day: string) => Number(day.slice(0, 4));
  const m = (day: string) => Number(day.slice(5, 7)) - 1;
  switch (grain) {
    case 'day':
      return (utc(last) - utc(first)) / DAY_MS + 1;
    case 'week':
      return Math.floor((utc(last) - utc(first)) / DAY_MS / 7) + 2;
    case 'month':
      return (y(last) - y(first)) * 12 + m(last) - m(first) + 1;
    case 'quarter':
      return (y(last) - y(first)) * 4 + Math.floor(m(last) / 3) - Math.floor(m(first) / 3) + 1;
    case 'year':
      return y(last) - y(first) + 1;
  }
}
