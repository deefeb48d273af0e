/**
 * An anchor to a TIMEX3 value against the publication date: the rules for
 * which Friday, which March and which year are here and nowhere else.
 */
import type { Anchor, Season, Shift } from './anchor.js';
import { isRelative } from './anchor.js';
import { dayNumber, formatDay, formatMonth, formatWeek, formatYear, fromDayNumber, fromMonthIndex, monthIndex, quarterOf, weekdayOf } from './calendar.js';
import type { Tense } from './tense.js';
import type { TimeGrain } from './types.js';

export type Direction = 'past' | 'future' | 'same';

export interface Resolved {
  readonly value: string | null;
  readonly grain: TimeGrain | null;
  readonly direction: Direction | null;
  /** The day it stands for, when its grain is a day: ranges count on from it. */
  readonly dayNumber: number | null;
}

export interface ResolveContext {
  /** Day number of the publication date; null when unknown. */
  readonly published: number | null;
  readonly tense: Tense | null;
  /** Shifts the anchor has none of its own for: "last Christmas", "next year's first quarter". */
  readonly shift: Shift;
  readonly yearShift: number | null;
  /** Seasons run six months apart in the south ("summer" in Wellington is December to February). */
  readonly southern: boolean;
  /**
   * The quarter (year × 4 + quarter − 1) an earnings story reports on: its first named
   * quarter, else null (then the last quarter ended before publication).
   */
  readonly reporting?: number | null;
}

/**
 * How far the nearest occurrence of a yearless date may lie on the wrong side
 * of the tense before the tense moves it a year: the tense is read from the
 * nearest verb, and "payable Jan. 2" near a past verb is still next January.
 */
const DAY_SLACK = 62;
const MONTH_SLACK = 2;
/**
 * The other way round, a yearless day a few days gone beside a future verb
 * ("ordered to return the boy by Jan. 14", published 15 January) is the one
 * just passed, written before publication, not the same day a year on.
 */
const DAY_FUTURE_SLACK = 7;

const SEASON_START: Readonly<Record<Season, number>> = { SP: 3, SU: 6, FA: 9, WI: 12 };

/** Direction wanted from a shift, else the tense; null means take the nearest. */
function wanted(shift: Shift, tense: Tense | null): Tense | null {
  if (shift === 'last') return 'past';
  if (shift === 'next') return 'future';
  return tense;
}

const sign = (diff: number): Direction => (diff < 0 ? 'past' : diff > 0 ? 'future' : 'same');

/**
 * Among occurrences (numbers on one scale: days, months), the one the
 * direction asks for, relative to `now`: `past` the latest not after it,
 * `future` the earliest not before it, otherwise the nearest (ties to the
 * past, as reports are about what happened). `slack` lets a wrong-tense
 * occurrence that close stand (a dateline a day behind its story).
 */
function pick(occurrences: readonly number[], now: number, direction: Tense | null, slack = 0, futureSlack = 0): number {
  const sorted = [...occurrences].sort((a, b) => a - b);
  const nearest = sorted.reduce((best, x) => (Math.abs(x - now) < Math.abs(best - now) || (Math.abs(x - now) === Math.abs(best - now) && x < best) ? x : best));
  // Slack only for the past: reports put a coming date beside a past verb ("announced the summit in September"), plans seldom the reverse.
  if (direction === 'past' && nearest > now + slack) return sorted.filter((x) => x <= now).at(-1) ?? nearest;
  if (direction === 'future' && nearest < now - futureSlack) return sorted.find((x) => x >= now) ?? nearest;
  return nearest;
}

function absolute(a: Anchor): Resolved {
  switch (a.kind) {
    case 'day': {
      const n = dayNumber(a.y!, a.m, a.d);
      return { value: formatDay(n), grain: 'day', direction: null, dayNumber: n };
    }
    case 'nth-weekday': {
      const n = nthWeekday(a.y!, a.m, a.wd, a.n);
      return { value: formatDay(n), grain: 'day', direction: null, dayNumber: n };
    }
    case 'week-of':
      return { value: formatWeek(dayNumber(a.y!, a.m, a.d)), grain: 'week', direction: null, dayNumber: null };
    case 'month':
      return { value: formatMonth(a.y!, a.m), grain: 'month', direction: null, dayNumber: null };
    case 'year':
      return { value: formatYear(a.y), grain: 'year', direction: null, dayNumber: null };
    case 'truncated':
      return { value: a.value, grain: null, direction: null, dayNumber: null };
    case 'quarter':
      return { value: `${formatYear(a.y!)}-Q${a.q}`, grain: 'quarter', direction: null, dayNumber: null };
    case 'half':
      return { value: `${formatYear(a.y!)}-H${a.h}`, grain: null, direction: null, dayNumber: null };
    case 'season':
      return { value: `${formatYear(a.y!)}-${a.s}`, grain: null, direction: null, dayNumber: null };
    default:
      return { value: null, grain: null, direction: null, dayNumber: null };
  }
}

function nthWeekday(y: number, m: number, wd: number, n: number): number {
  const first = dayNumber(y, m, 1);
  return first + ((wd - weekdayOf(first) + 7) % 7) + (n - 1) * 7;
}

/** The grain a relative anchor would have once resolved, for unresolved output. */
export function resolve(a: Anchor, c: ResolveContext): Resolved {
  if (!isRelative(a)) return absolute(a);
  if (a.kind === 'reference') {
    return { value: a.value, grain: null, direction: a.value === 'PAST_REF' ? 'past' : a.value === 'FUTURE_REF' ? 'future' : 'same', dayNumber: null };
  }
  const pub = c.published;
  if (pub === null) return { value: null, grain: null, direction: directionWithout(a, c), dayNumber: null };
  const { y: py, m: pm } = fromDayNumber(pub);
  switch (a.kind) {
    case 'offset':
      // "the weekend" and "this weekend" said of one just gone, in a story from Monday to Friday, is the one before.
      if (a.unit === 'weekend' && a.n === 0 && c.tense === 'past' && ![0, 6].includes(weekdayOf(pub))) return { ...offset('weekend', -1, pub), direction: 'past' };
      return offset(a.unit, a.n, pub);
    case 'decade-of': {
      // The latest decade with that digit that has begun: "the nineties" in 1998 is the 1990s, "the twenties" in 2024 the 2020s.
      const century = Math.floor(py / 100) - (py % 100 < a.d * 10 ? 1 : 0);
      const start = century * 100 + a.d * 10;
      return { value: String(century * 10 + a.d), grain: null, direction: start + 9 < py ? 'past' : 'same', dayNumber: null };
    }
    case 'weekday': {
      const wd = a.wd;
      const back = (weekdayOf(pub) - wd + 7) % 7;
      const ahead = (wd - weekdayOf(pub) + 7) % 7;
      const direction = wanted(a.shift, c.tense) ?? (a.shift === 'this' ? 'future' : 'past');
      let n: number;
      if (a.shift === 'last') n = pub - (back || 7);
      else if (a.shift === 'next') n = pub + (ahead || 7);
      else if (back === 0) n = pub;
      else n = direction === 'future' ? pub + ahead : pub - back;
      return { value: formatDay(n), grain: 'day', direction: sign(n - pub), dayNumber: n };
    }
    case 'week-of': {
      const day = resolve({ kind: 'day', y: null, m: a.m, d: a.d }, c);
      return { ...day, value: day.dayNumber === null ? null : formatWeek(day.dayNumber), grain: 'week', dayNumber: null };
    }
    case 'day':
    case 'nth-weekday': {
      const direction = wanted(c.shift, c.tense);
      const base = c.yearShift !== null ? [py + c.yearShift] : [py - 1, py, py + 1];
      const days = base.map((y) => (a.kind === 'day' ? dayNumber(y, a.m, a.d) : nthWeekday(y, a.m, a.wd, a.n)));
      const strict = c.shift === 'last' || c.shift === 'next';
      const n = pick(days.filter((d) => !strict || (c.shift === 'last' ? d < pub : d > pub)), pub, direction, strict ? 0 : DAY_SLACK, strict ? 0 : DAY_FUTURE_SLACK);
      return { value: formatDay(n), grain: 'day', direction: sign(n - pub), dayNumber: n };
    }
    case 'month': {
      const now = monthIndex(py, pm);
      const direction = wanted(a.shift, c.tense);
      let i: number;
      if (c.yearShift !== null) i = monthIndex(py + c.yearShift, a.m);
      else if (a.shift === 'this') i = monthIndex(py, a.m);
      else if (a.shift === 'last') i = monthIndex(a.m < pm ? py : py - 1, a.m);
      else if (a.shift === 'next') i = monthIndex(a.m > pm ? py : py + 1, a.m);
      else i = pick([py - 1, py, py + 1].map((y) => monthIndex(y, a.m)), now, direction, MONTH_SLACK);
      const { y, m } = fromMonthIndex(i);
      return { value: formatMonth(y, m), grain: 'month', direction: sign(i - now), dayNumber: null };
    }
    case 'quarter': {
      const now = py * 4 + quarterOf(pm) - 1;
      // A quarter just ended stays itself beside a future verb: "expects to release third-quarter results".
      const i = c.yearShift !== null ? (py + c.yearShift) * 4 + a.q - 1 : pick([py - 1, py, py + 1].map((y) => y * 4 + a.q - 1), now, c.tense, 0, 1);
      const y = Math.floor(i / 4);
      return { value: `${formatYear(y)}-Q${(i % 4) + 1}`, grain: 'quarter', direction: sign(i - now), dayNumber: null };
    }
    case 'reporting': {
      const now = py * 4 + quarterOf(pm) - 1;
      const reported = c.reporting ?? now - 1;
      const i = a.y !== null ? a.y * 4 + (reported % 4) : reported - a.back;
      return { value: `${formatYear(Math.floor(i / 4))}-Q${(i % 4) + 1}`, grain: 'quarter', direction: sign(i - now), dayNumber: null };
    }
    case 'half': {
      const now = py * 2 + (pm <= 6 ? 0 : 1);
      const i = c.yearShift !== null ? (py + c.yearShift) * 2 + a.h - 1 : pick([py - 1, py, py + 1].map((y) => y * 2 + a.h - 1), now, c.tense);
      return { value: `${formatYear(Math.floor(i / 2))}-H${(i % 2) + 1}`, grain: null, direction: sign(i - now), dayNumber: null };
    }
    case 'season': {
      // Occurrences as the month index of their middle month; a season holds its middle month ±1.
      const now = monthIndex(py, pm);
      const startMonth = (SEASON_START[a.s] + (c.southern ? 6 : 0) - 1) % 12;
      const occurrence = (y: number): number => y * 12 + startMonth + 1;
      const candidates = [py - 2, py - 1, py, py + 1].map(occurrence);
      const current = candidates.find((mid) => Math.abs(mid - now) <= 1);
      let mid: number;
      if (a.shift === 'last') mid = candidates.filter((x) => x + 1 < now).at(-1)!;
      else if (a.shift === 'next') mid = candidates.find((x) => x - 1 > now)!;
      else if (current !== undefined) mid = current;
      else mid = pick(candidates, now, wanted(a.shift, c.tense));
      // A season is named by the year it starts in (winter 2024 runs into 2025 in the north).
      const y = Math.floor((mid - 1) / 12);
      return { value: `${formatYear(y)}-${a.s}`, grain: null, direction: Math.abs(mid - now) <= 1 ? 'same' : sign(mid - now), dayNumber: null };
    }
    default:
      return absolute(a);
  }
}

function offset(unit: string, n: number, pub: number): Resolved {
  const direction = sign(n);
  const { y, m } = fromDayNumber(pub);
  switch (unit) {
    case 'day':
      return { value: formatDay(pub + n), grain: 'day', direction, dayNumber: pub + n };
    case 'week':
      return { value: formatWeek(pub + 7 * n), grain: 'week', direction, dayNumber: null };
    case 'weekend': {
      // "this weekend" on a Saturday or Sunday is that one; the ISO week ends on Sunday.
      return { value: `${formatWeek(pub + 7 * n)}-WE`, grain: 'week', direction: n === 0 && [0, 6].includes(weekdayOf(pub)) ? 'same' : direction, dayNumber: null };
    }
    case 'month': {
      const i = fromMonthIndex(monthIndex(y, m) + n);
      return { value: formatMonth(i.y, i.m), grain: 'month', direction, dayNumber: null };
    }
    case 'quarter': {
      const i = y * 4 + quarterOf(m) - 1 + n;
      return { value: `${formatYear(Math.floor(i / 4))}-Q${(i % 4) + 1}`, grain: 'quarter', direction, dayNumber: null };
    }
    case 'year':
      return { value: formatYear(y + n), grain: 'year', direction, dayNumber: null };
    case 'decade':
      return { value: String(Math.floor(y / 10) + n), grain: null, direction, dayNumber: null };
    case 'century':
      return { value: String(Math.floor(y / 100) + n).padStart(2, '0'), grain: null, direction, dayNumber: null };
    default:
      return { value: null, grain: null, direction: null, dayNumber: null };
  }
}

/** How a relative expression reads when there is no date to resolve it against. */
function directionWithout(a: Anchor, c: ResolveContext): Direction | null {
  if (a.kind === 'offset') return sign(a.n);
  const shift = 'shift' in a ? a.shift : c.shift;
  return wanted(shift, c.tense);
}
