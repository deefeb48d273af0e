/**
 * The publication date a text states about itself, for documents whose
 * metadata has none: a dateline ("WELLINGTON, 2 February 2026 –",
 * "Canberra, Monday 2 February 2026", "WASHINGTON (AP) — April 11, 2024")
 * or "today (Monday 2 February 2026)". Only a full date with its year
 * counts: a dateline's "Feb. 2" would need the date it is meant to give.
 */
import { dayNumber, formatDay, isValidDate, weekdayOf } from './calendar.js';
import type { StatedPublication } from './types.js';
import { DAY, MONTH_ANY, S, WEEKDAY_ANY, YEAR, monthOf, weekdayOf as weekdayNamed } from './words.js';

const FULL_DATE = `(?:(?<wd>${WEEKDAY_ANY}),?${S})?(?:(?<d1>${DAY})(?:${S}of)?${S}(?<m1>${MONTH_ANY}),?${S}(?<y1>${YEAR})|(?<m2>${MONTH_ANY})${S}(?<d2>${DAY}),?${S}(?<y2>${YEAR}))`;

/** A place (not a weekday) in capitals or title case, an optional agency in brackets, a comma or dash, then the date, then a dash, colon or line end. */
const DATELINE = new RegExp(
  `^[ \\t]*(?!(?:${WEEKDAY_ANY})[,\\s])(?:\\p{Lu}[\\p{L}.'’-]*(?:${S}\\p{Lu}[\\p{L}.'’-]*){0,3})(?:,${S}\\p{Lu}[\\p{L}.'’-]*(?:${S}\\p{Lu}[\\p{L}.'’-]*){0,2})?(?:${S}\\([^)\\n]{1,40}\\))?[ \\t]*(?:,|[-–—])[ \\t]*(?<date>${FULL_DATE})(?=[ \\t]*(?:[-–—:|]|\\(|$))`,
  'mu',
);
/** A line holding nothing but a full date ("Wednesday, 6 December 2006" under a party release's header). */
const DATE_LINE = new RegExp(`^[ \\t]*(?<date>${FULL_DATE})[ \\t]*$`, 'mu');
/** "EMBARGOED UNTIL 12.30PM, FRIDAY 10 MAY 2019": the release is out that day. */
const EMBARGO = new RegExp(`(?<date>${FULL_DATE})`, 'iu');
const TODAY = new RegExp(`(?<![\\p{L}])[Tt]oday${S}?\\((?<date>${FULL_DATE})\\)`, 'u');

/** How far into the text a dateline may sit: the first lines, not a date quoted in the body. */
const DATELINE_REACH = 400;
/** "today (…)" may come a little later: the second paragraph of a transcript or a release. */
const TODAY_REACH = 3000;

function valueOf(groups: Record<string, string | undefined>): string | null {
  const y = Number(groups.y1 ?? groups.y2);
  const m = monthOf((groups.m1 ?? groups.m2)!);
  const d = Number.parseInt((groups.d1 ?? groups.d2)!, 10);
  if (!isValidDate(y, m, d)) return null;
  const n = dayNumber(y, m, d);
  // A weekday that disagrees with the date ("Monday 3 February 2026") makes it doubtful: keep nothing.
  if (groups.wd && weekdayNamed(groups.wd) !== weekdayOf(n)) return null;
  return formatDay(n);
}

export function statedPublication(text: string): StatedPublication | null {
  const head = text.slice(0, DATELINE_REACH);
  const line = DATELINE.exec(head);
  if (line?.groups?.date) {
    const value = valueOf(line.groups);
    const start = line.index + line[0].length - line.groups.date.length;
    if (value) return { start, end: start + line.groups.date.length, text: line.groups.date, value };
  }
  const dated = DATE_LINE.exec(head);
  if (dated?.groups?.date) {
    const value = valueOf(dated.groups);
    const start = dated.index + dated[0].indexOf(dated.groups.date);
    if (value) return { start, end: start + dated.groups.date.length, text: dated.groups.date, value };
  }
  const today = TODAY.exec(text.slice(0, TODAY_REACH));
  if (today?.groups?.date) {
    const value = valueOf(today.groups);
    const start = today.index + today[0].indexOf('(') + 1;
    if (value) return { start, end: start + today.groups.date.length, text: today.groups.date, value };
  }
  return null;
}

/** The day an embargo line (removed from the text, kept in its message) lifts, as YYYY-MM-DD, or null. */
export function embargoDay(line: string): string | null {
  const m = EMBARGO.exec(line);
  return m?.groups ? valueOf(m.groups) : null;
}
