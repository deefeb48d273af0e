// The arithmetic behind the year-axis charts: on an entity page one row per
// office it held, on an office page one row per holder's term. Pure, for Node
// tests; timeline-chart.ts draws them with plain elements and percentages (no
// chart library, no canvas).
import type { Office, OfficeTerm, Role } from './api-types.js';

/** A stretch of days: the first day, and the day after the last. */
export interface DaySpan {
  readonly start: number;
  readonly end: number;
}

export interface OfficeRow extends Office, DaySpan {
  /** First and last dates the office is seen, ISO (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`). */
  readonly from: string;
  readonly to: string;
}

export interface YearTick {
  readonly year: number;
  /** Position on the axis, 0…1. */
  readonly at: number;
  /** Whether this tick carries a label; long spans label every few years. */
  readonly labelled: boolean;
}

export interface Axis {
  /** Day numbers (days since 1970-01-01) of the axis ends: 1 Jan of the first year, 1 Jan after the last. */
  readonly start: number;
  readonly end: number;
  readonly ticks: readonly YearTick[];
}

const DAY_MS = 86_400_000;
const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * Days since 1970-01-01 for an ISO calendar date or a coarser `YYYY-MM` /
 * `YYYY`: its first day, or with `edge: 'end'` the day after its last, so a
 * month-long role spans the month. Calendar arithmetic in UTC: no time zone.
 */
export function dayNumber(iso: string, edge: 'start' | 'end' = 'start'): number | null {
  const match = ISO.exec(iso);
  if (!match) return null;
  const year = Number(match[1]);
  const month = match[2] ? Number(match[2]) - 1 : null;
  const day = match[3] ? Number(match[3]) : null;
  if (month !== null && (month < 0 || month > 11)) return null;
  if (edge === 'start') return daysAt(year, month ?? 0, day ?? 1);
  if (day !== null) return daysAt(year, month ?? 0, day + 1);
  if (month !== null) return daysAt(year, month + 1, 1);
  return daysAt(year + 1, 0, 1);
}

/**
 * One row per office (same title and `of`), from its earliest to its latest
 * date. Roles with no usable date have no place on an axis and are left out
 * (the table beside the chart still lists them). Ordered by first date.
 */
export function officeRows(roles: readonly Role[]): OfficeRow[] {
  const rows = new Map<string, OfficeRow>();
  for (const role of roles) {
    const dates = [role.from, role.to].flatMap((iso) => {
      const start = iso ? dayNumber(iso) : null;
      const end = iso ? dayNumber(iso, 'end') : null;
      return iso && start !== null && end !== null ? [{ iso, start, end }] : [];
    });
    const first = dates.reduce<(typeof dates)[number] | null>((a, b) => (a && a.start <= b.start ? a : b), null);
    const last = dates.reduce<(typeof dates)[number] | null>((a, b) => (a && a.end >= b.end ? a : b), null);
    if (!first || !last) continue;
    const key = JSON.stringify([role.title, role.of]);
    const row = rows.get(key);
    const earlier = !row || first.start < row.start;
    const later = !row || last.end > row.end;
    rows.set(key, {
      title: role.title,
      of: role.of,
      from: earlier ? first.iso : row.from,
      start: earlier ? first.start : row.start,
      to: later ? last.iso : row.to,
      end: later ? last.end : row.end,
    });
  }
  return [...rows.values()].sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * One holder's term on an office page: `start`…`attestedEnd` is what the
 * documents show (first to last document naming them in the office), and
 * `end` reaches on to the successor's first document (`until`) when there is
 * one; for the latest holder `end` is `attestedEnd`.
 */
export interface TermRow extends OfficeTerm, DaySpan {
  readonly attestedEnd: number;
}

/** The terms that have usable dates, in the API's (date) order. */
export function termRows(terms: readonly OfficeTerm[]): TermRow[] {
  return terms.flatMap((term) => {
    const start = dayNumber(term.firstAttested);
    const attestedEnd = dayNumber(term.lastAttested, 'end');
    if (start === null || attestedEnd === null || attestedEnd <= start) return [];
    const successor = term.until === null ? null : dayNumber(term.until);
    return [{ ...term, start, attestedEnd, end: Math.max(attestedEnd, successor ?? attestedEnd) }];
  });
}

/** Whole calendar years covering every row; at most about ten labelled ticks. */
export function yearAxis(rows: readonly DaySpan[]): Axis | null {
  if (rows.length === 0) return null;
  const first = Math.min(...rows.map((r) => yearOf(r.start)));
  const last = Math.max(...rows.map((r) => yearOf(r.end - 1)));
  const start = daysAt(first, 0, 1);
  const end = daysAt(last + 1, 0, 1);
  const step = Math.max(1, Math.ceil((last - first + 1) / 10));
  const ticks: YearTick[] = [];
  for (let year = first; year <= last; year++) {
    ticks.push({ year, at: (daysAt(year, 0, 1) - start) / (end - start), labelled: (year - first) % step === 0 });
  }
  return { start, end, ticks };
}

/** Where a row's bar starts and how wide it is, as fractions of the axis. */
export function barPosition(axis: Axis, row: DaySpan): { readonly left: number; readonly width: number } {
  const span = axis.end - axis.start;
  return { left: (row.start - axis.start) / span, width: (row.end - row.start) / span };
}

function daysAt(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month, day) / DAY_MS);
}

function yearOf(days: number): number {
  return new Date(days * DAY_MS).getUTCFullYear();
}
