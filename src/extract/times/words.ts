// Regular-expression pieces compiled once from model/lexicon.json.
import lexicon from './model/lexicon.json' with { type: 'json' };
import type { Season } from './anchor.js';

export const MONTHS: Readonly<Record<string, number>> = lexicon.months;
export const WEEKDAYS: Readonly<Record<string, number>> = lexicon.weekdays;
export const SEASONS: Readonly<Record<string, Season>> = lexicon.seasons as Record<string, Season>;
export const NUMBERS: Readonly<Record<string, number>> = lexicon.numbers;
export const ORDINALS: Readonly<Record<string, number>> = lexicon.ordinals;
export const HOLIDAYS: Readonly<Record<string, string>> = lexicon.holidays;

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const title = (s: string): string => s[0]!.toUpperCase() + s.slice(1);

/** `Word` or `WORD` (datelines shout), never `word`: lower-case "may" and "march" are not months. */
const named = (words: readonly string[]): string => words.flatMap((w) => [title(w), w.toUpperCase()]).join('|');

/** A word in any case of its first letter: `[Ii]n`. */
export const anyCase = (words: readonly string[]): string =>
  words.map((w) => w.split(' ').map((part) => `[${part[0]!.toUpperCase()}${part[0]!.toLowerCase()}]${escape(part.slice(1))}`).join('\\s+')).join('|');

const fullMonths = Object.keys(MONTHS).filter((k) => k.length > 4 || k === 'may' || k === 'june' || k === 'july');
const shortMonths = Object.keys(MONTHS).filter((k) => !fullMonths.includes(k));
const fullWeekdays = Object.keys(WEEKDAYS).filter((k) => k.endsWith('day'));
const shortWeekdays = Object.keys(WEEKDAYS).filter((k) => !k.endsWith('day'));

/** A month's full name: standalone months ("in March") take only these. */
export const MONTH_NAME = `(?:${named(fullMonths)})(?![\\p{L}\\d])`;
/** A month by full or abbreviated name ("Sept.", "Jan"): only beside a day or year. */
export const MONTH_ANY = `(?:(?:${named(fullMonths)})(?![\\p{L}\\d])|(?:${named(shortMonths)})(?:\\.|(?![\\p{L}\\d])))`;
export const WEEKDAY_NAME = `(?:${named(fullWeekdays)})(?![\\p{L}\\d])`;
/** Before a full date: "Monday 2 February", "Thurs., Jan. 14". */
export const WEEKDAY_ANY = `(?:(?:${named(fullWeekdays)})(?![\\p{L}\\d])|(?:${named(shortWeekdays)})(?:\\.|(?![\\p{L}\\d])))`;
export const DAY = `(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\\d\\p{L}])`;
export const YEAR = `(?:1[6-9]\\d\\d|20\\d\\d)(?![\\d\\p{L}])`;

const ONES = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const WORD_VALUES: Readonly<Record<string, number>> = Object.fromEntries([...ONES.map((w, i) => [w, i + 1]), ...TEENS.map((w, i) => [w, i + 10]), ...TENS.map((w, i) => [w, 20 + 10 * i])]);
const ONE_TO_99 = `(?:(?:${TENS.join('|')})(?:[- ](?:${ONES.join('|')}))?|${TEENS.join('|')}|${ONES.join('|')})`;
/**
 * A year as transcripts spell it: "nineteen ninety-six", "nineteen oh five",
 * "twenty twenty-four", "two thousand", "two thousand and one". Case of the
 * first letter only, as in running text.
 */
export const SPELLED_YEAR = `(?:[Nn]ineteen[ -](?:oh[ -](?:${ONES.join('|')})|(?:${TENS.join('|')})(?:[- ](?:${ONES.join('|')}))?|${TEENS.join('|')})|[Tt]wenty[ -](?:(?:${TENS.slice(0, 1).join('|')})(?:[- ](?:${ONES.join('|')}))?|${TEENS.join('|')})|[Tt]wo[ -]thousand(?:(?:[ -]and)?[ -]${ONE_TO_99})?)(?![\\p{L}-])`;
/** A year in figures or spelled out. */
export const YEAR_ANY = `(?:${YEAR}|${SPELLED_YEAR})`;

/** The number a year names: "1996", "nineteen ninety-six", "two thousand and one". */
export function yearNumber(word: string): number {
  if (/^\d+$/.test(word)) return Number(word);
  const parts = word.toLowerCase().split(/[ -]+/).filter((w) => w !== 'and' && w !== 'oh');
  if (parts[0] === 'two' && parts[1] === 'thousand') return 2000 + parts.slice(2).reduce((n, w) => n + (WORD_VALUES[w] ?? 0), 0);
  return 100 * (WORD_VALUES[parts[0]!] ?? 0) + parts.slice(1).reduce((n, w) => n + (WORD_VALUES[w] ?? 0), 0);
}
/** Spaces within one line: an expression never runs over a line break. */
export const S = `[ \\t\\u00a0\\u202f]+`;
export const DASH = `(?:${S})?[-–—](?:${S})?`;
export const TO = `(?:${DASH}|${S}(?:to|until|till|through|thru)${S})`;
export const NUMBER_WORD = `(?:\\d{1,3}|${Object.keys(NUMBERS).map(escape).join('|')})`;
export const HOLIDAY = `(?:${Object.keys(HOLIDAYS).map(escape).join('|')}|Thanksgiving(?:${S}Day)?)(?![\\p{L}])`;

export function monthOf(word: string): number {
  return MONTHS[word.toLowerCase().replace(/\.$/, '')] ?? 0;
}

export function weekdayOf(word: string): number {
  return WEEKDAYS[word.toLowerCase().replace(/\.$/, '')] ?? -1;
}

export function dayOf(word: string): number {
  return Number.parseInt(word, 10);
}

export function numberOf(word: string): number {
  const n = NUMBERS[word.toLowerCase()];
  return n ?? Number.parseInt(word, 10);
}

/** Words that start every month name a rule takes, as rules spell them ("Jan" for "January", "Jan." and "JANUARY"): a prefilter's. */
export const MONTH_WORDS: readonly string[] = [...new Set(Object.keys(MONTHS).map((k) => k.slice(0, 3)))].flatMap((w) => [title(w), w.toUpperCase()]);
/** The full weekday names, as WEEKDAY_NAME spells them. */
export const WEEKDAY_WORDS: readonly string[] = fullWeekdays.flatMap((w) => [title(w), w.toUpperCase()]);
/** The holidays HOLIDAY names. */
export const HOLIDAY_WORDS: readonly string[] = [...Object.keys(HOLIDAYS), 'Thanksgiving'];
export const DIGITS: readonly string[] = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];

/** Cheap test for whether a stretch of text could hold a date at all. */
export const PREFILTER = new RegExp(
  `\\d|${named([...fullMonths, ...shortMonths, ...fullWeekdays])}|${anyCase(['today', 'tonight', 'yesterday', 'tomorrow', 'week', 'month', 'year', 'quarter', 'night', 'morning', 'afternoon', 'evening', 'decade', 'century', 'half', 'spring', 'summer', 'autumn', 'fall', 'winter', 'christmas', 'thanksgiving', 'now', 'current', 'recent', 'future', 'past', 'soon', 'these days', 'at present', 'presently', 'nineteen', 'twenty', 'thousand', 'term', 'coming', 'ago', 'twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties'])}|Day|Eve|Halloween`,
  'u',
);
