import * as chrono from 'chrono-node';

/**
 * Reads the calendar date a source *states*, as `YYYY-MM-DD`, or null.
 *
 * The date is taken from the written year, month and day and never goes
 * through a `Date` in local time or UTC: `2024-04-11T23:30:00-05:00` is
 * 11 April wherever this runs, because that is the day the publisher meant.
 *
 * Accepted, in order:
 * - ISO 8601 dates and date-times (`2024-04-11`, `2024-04-11T23:30:00-05:00`,
 *   `20240411`, `2024/04/11`);
 * - RFC 2822 (`Thu, 11 Apr 2024 09:00:00 +1200`) and `11 April 2024`;
 * - `April 11, 2024`;
 * - numeric `11/04/2024` (also `.` or `-`), read **day first** as New Zealand,
 *   Australian and British sources write it; a US `04/11/2024` is misread, and
 *   `04/13/2024` is rejected rather than guessed;
 * - anything else with a four-digit year that chrono-node (British, strict)
 *   reads with a certain year, month and day, e.g. `3rd of March, 1999`.
 *
 * Impossible dates (`2024-02-30`) and years outside 1000–9999 are null.
 */
export function parseCalendarDate(input: string): string | null {
  const value = input.trim();
  if (value === '' || value.length > 200) return null;

  let m = ISO.exec(value);
  if (m) return ymd(m[1], m[2], m[3]);
  m = ISO_BASIC.exec(value);
  if (m) return ymd(m[1], m[2], m[3]);
  m = DAY_MONTH_YEAR.exec(value);
  if (m) return ymd(m[3], monthNumber(m[2]), m[1]);
  m = MONTH_DAY_YEAR.exec(value);
  if (m) return ymd(m[3], monthNumber(m[1]), m[2]);
  m = NUMERIC_DAY_FIRST.exec(value);
  if (m) return ymd(m[3], m[2], m[1]);
  // A full numeric or ISO-shaped date that failed above is impossible, not a job for a fuzzy parser.
  if (/^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}$/.test(value)) return null;
  // Without a four-digit year no date is certain; skipping chrono here keeps headline and label checks cheap.
  if (!/\d{4}/.test(value)) return null;
  return viaChrono(value);
}

const MONTH_NAMES = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const WEEKDAY = String.raw`(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?`;
/** A trailing time and zone, which says nothing about the calendar day as written. */
const TIME_TAIL = String.raw`(?:[,\s]+(?:at\s+)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*(?:[+-]\d{2}:?\d{2}|[a-z]{1,5}(?:[+-]\d{1,2})?))?)?`;

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;
const ISO_BASIC = /^(\d{4})[/]?(\d{2})[/]?(\d{2})$/;
const DAY_MONTH_YEAR = new RegExp(String.raw`^${WEEKDAY}(\d{1,2})(?:st|nd|rd|th)?(?:\s+of)?\s+(${MONTH_NAMES})\.?,?\s+(\d{4})${TIME_TAIL}$`, 'i');
const MONTH_DAY_YEAR = new RegExp(String.raw`^${WEEKDAY}(${MONTH_NAMES})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})${TIME_TAIL}$`, 'i');
const NUMERIC_DAY_FIRST = new RegExp(String.raw`^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})${TIME_TAIL}$`, 'i');

function monthNumber(name: string | undefined): string | undefined {
  if (!name) return undefined;
  const index = MONTHS.indexOf(name.slice(0, 3).toLowerCase());
  return index < 0 ? undefined : String(index + 1);
}
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function ymd(y: string | number | undefined, m: string | number | undefined, d: string | number | undefined): string | null {
  const year = Number(y);
  const month = Number(m);
  const day = Number(d);
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** chrono's British, strict configuration: day-first numbers, no "tomorrow"-style guesses. */
const gbStrict = new chrono.Chrono(chrono.en.configuration.createConfiguration(true, true));
/** A fixed reference, so nothing here depends on the clock; only certain components are used. */
const REFERENCE = new Date(Date.UTC(2000, 0, 1));

function viaChrono(value: string): string | null {
  const results = gbStrict.parse(value, REFERENCE);
  if (results.length !== 1) return null; // none, or several dates: which one is meant is not ours to guess
  const start = results[0]!.start;
  if (!start.isCertain('year') || !start.isCertain('month') || !start.isCertain('day')) return null;
  return ymd(start.get('year') ?? undefined, start.get('month') ?? undefined, start.get('day') ?? undefined);
}
