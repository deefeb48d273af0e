/**
 * Calendar arithmetic on day numbers (days since 1970-01-01), never a `Date`
 * in local time: a stage never reads the clock, and a calendar date must not
 * move with the time zone it runs in.
 */

export interface YMD {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}

const MS_PER_DAY = 86_400_000;

export function dayNumber(y: number, m: number, d: number): number {
  return Math.round(Date.UTC(y, m - 1, d) / MS_PER_DAY);
}

export function fromDayNumber(n: number): YMD {
  const date = new Date(n * MS_PER_DAY);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

/** 0 Sunday … 6 Saturday. */
export function weekdayOf(n: number): number {
  return (((n + 4) % 7) + 7) % 7;
}

export function isValidDate(y: number, m: number, d: number): boolean {
  if (!Number.isInteger(y) || m < 1 || m > 12 || d < 1 || d > 31) return false;
  const back = fromDayNumber(dayNumber(y, m, d));
  return back.y === y && back.m === m && back.d === d;
}

/** `YYYY-MM-DD` → day number, or null when it is not a calendar date. */
export function parseIsoDay(value: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidDate(y, mo, d) ? dayNumber(y, mo, d) : null;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

export function formatYear(y: number): string {
  return pad(y, 4);
}

export function formatMonth(y: number, m: number): string {
  return `${formatYear(y)}-${pad(m)}`;
}

export function formatDay(n: number): string {
  const { y, m, d } = fromDayNumber(n);
  return `${formatYear(y)}-${pad(m)}-${pad(d)}`;
}

/** ISO 8601 week (Monday first; week 1 holds the year's first Thursday) as `YYYY-Www`. */
export function formatWeek(n: number): string {
  const monday = n - ((weekdayOf(n) + 6) % 7);
  const thursday = monday + 3;
  const { y } = fromDayNumber(thursday);
  const week = Math.floor((thursday - dayNumber(y, 1, 1)) / 7) + 1;
  return `${formatYear(y)}-W${pad(week)}`;
}

/** Months from year 0, for month arithmetic. */
export function monthIndex(y: number, m: number): number {
  return y * 12 + (m - 1);
}

export function fromMonthIndex(i: number): { y: number; m: number } {
  return { y: Math.floor(i / 12), m: (i % 12) + 1 };
}

export function quarterOf(m: number): number {
  return Math.floor((m - 1) / 3) + 1;
}
