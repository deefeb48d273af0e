/**
 * The grammar: one regular expression per form, each with a builder that
 * turns a match into a candidate or refuses it (a name, a count, a
 * resolution number). Rules find every form on their own; the stage keeps
 * the longest of overlapping candidates. README.md has the table.
 */
import type { Anchor, Candidate, OffsetUnit, Shift } from './anchor.js';
import { isValidDate } from './calendar.js';
import type { DayOrder } from './day-order.js';
import { neededWords } from './needed-words.js';
import type { Tense } from './tense.js';
import {
  anyCase,
  DAY,
  DIGITS,
  HOLIDAY,
  HOLIDAY_WORDS,
  HOLIDAYS,
  MONTH_ANY,
  MONTH_NAME,
  MONTH_WORDS,
  NUMBER_WORD,
  ORDINALS,
  S,
  SEASONS,
  TO,
  WEEKDAY_ANY,
  WEEKDAY_NAME,
  WEEKDAY_WORDS,
  YEAR,
  YEAR_ANY,
  yearNumber,
  dayOf,
  monthOf,
  numberOf,
  weekdayOf,
} from './words.js';

export interface RuleContext {
  /** The window's text (a paragraph); offsets in a match are into it. */
  readonly text: string;
  readonly dayOrder: DayOrder;
  readonly references: boolean;
}

type Groups = Record<string, string | undefined>;

/** What a builder may say beyond the anchor. */
interface Built {
  readonly anchor: Anchor;
  readonly until?: Anchor | null;
  readonly weak?: boolean;
  /** A holiday's "last"/"next" ("last Christmas"). */
  readonly shift?: Shift;
  /** Years from the publication year: "next year's first quarter" is +1. */
  readonly yearShift?: number;
  /** "a year ago" beside earnings figures: the year-ago quarter when the story reports a quarter. */
  readonly quarterly?: boolean;
  /** The direction the words themselves give, whatever the clause's tense ("Friday's ruling" is done). */
  readonly tense?: Tense;
}

const relYear = (rel: string): number => (rel === 'last' ? -1 : rel === 'next' ? 1 : 0);

export interface Rule {
  readonly name: string;
  readonly pattern: RegExp;
  /** Words every match holds one of, as the pattern spells them (in any case under its `i` flag): see needed-words.ts. */
  readonly needs: readonly string[];
  build(match: RegExpExecArray, groups: Groups, context: RuleContext): Anchor | Built | null;
}

const NOT_AFTER_WORD = '(?<![\\p{L}\\d])';
const DAY_START = '(?<![\\p{L}\\d.,:/$£€#-])';
const MOD = `(?:(?:${anyCase(['early', 'late', 'mid', 'the end of', 'the start of', 'the beginning of', 'the middle of', 'end of', 'start of', 'beginning of', 'middle of'])})(?:${S}|-))`;
const SHIFT_WORDS = anyCase(['this coming', 'this past', 'last', 'next', 'this']);

/** Words after which a bare month or year is a date: "in March", "since 2019". */
const CUE = new RegExp(`(?:(?:^|[^\\p{L}])(?:${anyCase(['in', 'since', 'by', 'until', 'till', 'before', 'after', 'during', 'from', 'through', 'throughout', 'of', 'for', 'around', 'between', 'on', 'early', 'late', 'mid', 'as of', 'circa', 'the', 'year', 'fiscal', 'at', 'over', 'that', 'than', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'your', 'this', 'whose'])})|\\p{L}['’]s)${S}$`, 'u');
/** "by May" and "to May" are as often Theresa May as the month. */
const MAY_CUE = new RegExp(`(?:^|[^\\p{L}])(?:${anyCase(['in', 'since', 'until', 'till', 'before', 'after', 'during', 'throughout', 'of', 'early', 'late', 'mid', 'around', 'circa', 'as of'])})${S}$`, 'u');
/** A capitalised word right before: "Theresa May", "Good Friday", "Sunday Star-Times" is handled after. */
const NAME_BEFORE = /(?:[\p{L},;]|\p{L}[ \t\u00a0]|,[ \t\u00a0])[ \t\u00a0]*\p{Lu}[\p{L}'’-]*[ \t\u00a0]+$/u;
/** Days with names of their own: "Good Friday", "Super Tuesday", "Bloody Sunday". */
const NAMED_DAY_BEFORE = /(?:^|[^\p{L}])(?:Good|Black|Super|Bloody|Ash|Palm|Easter|Holy|Maundy|Cyber|Giving|Shrove|Whit|Low|Mothering|Boxing|Blue|Manic|Casual)[ \t\u00a0]+$/u;
const ALLOWED_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${anyCase(['in', 'since', 'by', 'until', 'till', 'before', 'after', 'during', 'from', 'through', 'of', 'for', 'on', 'early', 'late', 'mid', 'last', 'next', 'this', 'and', 'or', 'to', 'the', 'at', 'over', 'between', 'around', 'every', 'each', 'as of', 'from', 'circa', 'coming', 'past', 'end', 'start', 'until', 'said', 'says'])}|[A-Z]{2,}|${WEEKDAY_NAME},?)[ \\t\\u00a0]+$`, 'u');
/** The word before a number that makes it a label, not a year: "Resolution 2231", "Act 1990". */
const LABEL_BEFORE = /(?:^|[^\p{L}])(?:resolutions?|no|nos|number|numbers|article|articles|section|sections|rule|flight|room|level|route|highway|sh|page|pp?|act|bill|clause|item|unit|model|vision|agenda|version|v|windows|iso|ww|code|road|street|st|ave|avenue|box|po|suite|platform|gate|bus|apt|lot|chapter|paragraph|para|figure|fig|table|annex|op|opcode|tel|ph|phone|fax|call|cop|g|c|term|grade|year\s+level)\.?\s*$/iu;
/** A year in a list or range of years: "between 1985 and 1987", "1999, 2003 or 2008". */
const YEAR_BEFORE = /(?:1[6-9]|20)\d\d(?:s)?[ \t\u00a0]*(?:,|and|or|to|-|–|—)[ \t\u00a0]*$/u;
/** What may follow a bare year without a cue ("2023 was …", "2023, when …"). */
const AFTER_YEAR_OK = /^(?:[ \t\u00a0]+(?:was|were|is|will|has|had|saw|marks|marked|and|or|to|when|as|after|before|for|in|at|onwards|onward|through|until|alone|itself|budget|election|elections|census|summit|general|federal|world|olympics|games|review|report|plan|strategy|agreement|treaty|declaration|communiqué|communique|session|meeting|visit|cup|series|season|figures|data|levels|target|targets|deadline|goals|agenda|campaign|race|war|crisis|coup|invasion|uprising|revolution|massacre|accord|accords|referendum|earthquake|tsunami|ruling|constitution|results|earnings|profit|budgets|forecast|forecasts)(?![\p{L}])|[ \t\u00a0]*(?:[^\p{L}\p{N} \t\u00a0]|$)|[ \t\u00a0]+[\p{Lu}\d"“‘'(])/u;

const shiftOf = (word: string | undefined): Shift => {
  const w = word?.toLowerCase().replace(/\s+/g, ' ');
  if (!w) return null;
  if (w === 'last' || w === 'this past') return 'last';
  if (w === 'next' || w === 'this coming' || w === 'coming') return 'next';
  return 'this';
};

const yearOf = (word: string | undefined): number | null => (word ? yearNumber(word) : null);

function before(m: RegExpExecArray, text: string, length = 40): string {
  return text.slice(Math.max(0, m.index - length), m.index);
}

function after(m: RegExpExecArray, text: string, length = 40): string {
  const end = m.index + m[0].length;
  return text.slice(end, end + length);
}

function day(y: number | null, mo: number, d: number): Anchor | null {
  if (mo < 1 || mo > 12 || d < 1 || !isValidDate(y ?? 2024, mo, d)) return null;
  return { kind: 'day', y, m: mo, d };
}

/** A time or a measure after a day number: "April 3 at 5", "10.30", "3 per cent". */
const NOT_A_DAY_AFTER = /^(?:[:.]\d|[ \t\u00a0]*(?:%|per[ \t]?cent|percent|am\b|pm\b|a\.m\.|p\.m\.))/iu;

/** Earnings words in the clause before "a year ago": "from $1.2 million, or 4 cents a share, a year ago". */
const FIGURES_BEFORE = /(?:\$|£|€|cents|million|billion|%|\b(?:a share|quarter|period|net|profit|earnings|earned|sales|revenue|loss|income)\b)(?:[^.;]|\.\d)*$/iu;
/** "compared with $3 million last year": a figure right before. */
const FIGURE_RIGHT_BEFORE = /(?:\d|million|billion|cents|a[ \t]+share|pence),?[ \t\u00a0]+$/iu;

/** After "of today"/"of tomorrow" closing a noun phrase ("the people of tomorrow,"): the age. */
const ERA = /^(?:[ \t\u00a0]*[,.;:!?)"”]|$)/u;

const rules: Rule[] = [
  {
    name: 'iso',
    needs: DIGITS,
    pattern: new RegExp(`(?<![\\d\\p{L}-])(?<y>\\d{4})-(?<m>\\d{2})-(?<d>\\d{2})(?![\\d])`, 'gu'),
    build: (_m, g) => {
      const y = Number(g.y);
      return y >= 1000 ? day(y, Number(g.m), Number(g.d)) : null;
    },
  },
  {
    name: 'numeric',
    needs: DIGITS,
    pattern: /(?<![\d./$£€#-])(?<a>\d{1,2})(?<sep>[/.-])(?<b>\d{1,2})\k<sep>(?<y>\d{4}|\d{2})(?![\d]|[./-]\d)/gu,
    build: (_m, g, c) => {
      if (g.sep !== '/' && g.y!.length !== 4) return null;
      const y = g.y!.length === 2 ? 2000 + Number(g.y) - (Number(g.y) > 50 ? 100 : 0) : Number(g.y);
      const [a, b] = [Number(g.a), Number(g.b)];
      const first = c.dayOrder === 'day-first' ? day(y, b, a) : day(y, a, b);
      // An impossible reading (04/25/2024 day first) is the other order, not nothing.
      return first ?? (c.dayOrder === 'day-first' ? day(y, a, b) : day(y, b, a));
    },
  },
  {
    name: 'day-range-month',
    needs: MONTH_WORDS,
    pattern: new RegExp(`${DAY_START}(?<d1>${DAY})(?:${TO}|${S}and${S})(?<d2>${DAY})(?:${S}of)?${S}(?<m>${MONTH_ANY})(?:,?${S}(?<y>${YEAR}))?`, 'gu'),
    build: (m, g, c) => {
      if (/\sand\s/.test(m[0]) && !/between\s+$/i.test(before(m, c.text))) return null;
      const [d1, d2, mo, y] = [dayOf(g.d1!), dayOf(g.d2!), monthOf(g.m!), yearOf(g.y)];
      const from = day(y, mo, d1);
      const to = day(y, mo, d2);
      return from && to && d1 < d2 ? { anchor: from, until: to } : null;
    },
  },
  {
    name: 'month-day-range',
    needs: MONTH_WORDS,
    pattern: new RegExp(`(?<m>${MONTH_ANY})${S}(?<d1>${DAY})(?:${TO}|${S}and${S})(?<d2>${DAY})(?:,?${S}(?<y>${YEAR}))?`, 'gu'),
    build: (m, g, c) => {
      if (NOT_A_DAY_AFTER.test(after(m, c.text)) || (NAME_BEFORE.test(before(m, c.text)) && !ALLOWED_BEFORE.test(before(m, c.text)))) return null;
      if (/\sand\s/.test(m[0]) && !/between\s+$/i.test(before(m, c.text))) return null;
      const [d1, d2, mo, y] = [dayOf(g.d1!), dayOf(g.d2!), monthOf(g.m!), yearOf(g.y)];
      const from = day(y, mo, d1);
      const to = day(y, mo, d2);
      return from && to && d1 < d2 ? { anchor: from, until: to } : null;
    },
  },
  {
    name: 'day-month',
    needs: MONTH_WORDS,
    pattern: new RegExp(`(?:(?<wd>${WEEKDAY_ANY}),?${S}(?:the${S})?)?${DAY_START}(?<d>${DAY})(?:${S}of)?${S}(?<m>${MONTH_ANY})(?:,?${S}(?<y>${YEAR_ANY}))?`, 'gu'),
    build: (_m, g) => day(yearOf(g.y), monthOf(g.m!), dayOf(g.d!)),
  },
  {
    name: 'month-day',
    needs: MONTH_WORDS,
    pattern: new RegExp(`(?:(?<wd>${WEEKDAY_ANY}),?${S})?(?<m>${MONTH_ANY})${S}(?:the${S})?(?<d>${DAY})(?:,?${S}(?<y>${YEAR_ANY}))?`, 'gu'),
    build: (m, g, c) => {
      if (!g.y && NOT_A_DAY_AFTER.test(after(m, c.text))) return null;
      // "Theresa May 12 …" is rare, but "May" is the one month that is a common surname.
      if (!g.wd && /^MAY$/i.test(g.m!) && NAME_BEFORE.test(before(m, c.text)) && !ALLOWED_BEFORE.test(before(m, c.text))) return null;
      return day(yearOf(g.y), monthOf(g.m!), dayOf(g.d!));
    },
  },
  {
    // "the week of March 6": the ISO week that holds the day.
    name: 'week-of',
    needs: ['week'],
    pattern: new RegExp(`${NOT_AFTER_WORD}(?:${anyCase(['the'])}${S})?week${S}of${S}(?:(?<m>${MONTH_ANY})${S}(?<d>${DAY})|(?<d2>${DAY})(?:${S}of)?${S}(?<m2>${MONTH_ANY}))(?:,?${S}(?<y>${YEAR}))?`, 'gu'),
    build: (_m, g) => {
      const d = day(yearOf(g.y), monthOf((g.m ?? g.m2)!), dayOf((g.d ?? g.d2)!));
      return d && d.kind === 'day' ? { kind: 'week-of', y: d.y, m: d.m, d: d.d } : null;
    },
  },
  {
    // "in March", "last March", "early May", "April 2024", "the end of June"; a bare name is weak.
    name: 'month',
    needs: MONTH_WORDS,
    pattern: new RegExp(`(?<mod>${MOD})?(?:(?<shift>${SHIFT_WORDS})${S})?(?<m>${MONTH_NAME})(?:,?${S}(?:of${S})?(?:(?<y>${YEAR_ANY})|(?<rel>this|last|next)${S}year(?![\\p{L}])))?`, 'gu'),
    build: (m, g, c) => {
      const pre = before(m, c.text);
      const isMay = g.m!.toLowerCase() === 'may';
      if (!g.mod && !g.shift && NAME_BEFORE.test(pre) && !ALLOWED_BEFORE.test(pre)) return null;
      if (isMay && /^[ \t]+(?:said|says|has|had|was|is|will|would|told|and[ \t]+her|government|administration|ministry)\b/u.test(after(m, c.text))) return null;
      // "December's figures": a month that owns something is the month (not "May's", the surname's possessive).
      const cued = (isMay ? MAY_CUE : CUE).test(pre) || (!isMay && /^['’]s(?![\p{L}])/u.test(after(m, c.text)));
      const anchor: Anchor = { kind: 'month', y: yearOf(g.y), m: monthOf(g.m!), shift: shiftOf(g.shift) };
      // "February this year", "April next year": the month of that year.
      if (g.rel && !g.shift) return { anchor, yearShift: relYear(g.rel) };
      return { anchor, weak: !(g.mod || g.shift || g.y || cued) };
    },
  },
  {
    name: 'year',
    needs: [...DIGITS, 'ineteen', 'wenty', 'thousand'],
    pattern: new RegExp(`(?<![\\p{L}\\d$£€#.,:/'’-])(?:(?<pp>${anyCase(['post', 'pre'])})-)?(?<mod>${MOD})?(?<pre>(?:${anyCase(['the calendar year', 'the financial year', 'the fiscal year', 'the year', 'calendar year', 'financial year', 'fiscal year', 'fiscal', 'FY'])})${S}?)?(?<y>${YEAR_ANY})(?:[-–/](?<y2>\\d{4}|\\d{2})(?![\\d\\p{L}]))?`, 'gu'),
    build: (m, g, c) => {
      const y = yearNumber(g.y!);
      const pre = before(m, c.text);
      const post = after(m, c.text);
      // "post-1959 politics", "pre-2008 levels": the year the adjective counts from.
      if (g.pp) return { kind: 'year', y };
      if (!g.mod && !g.pre && LABEL_BEFORE.test(pre)) return null;
      if (/^[ \t]*(?:%|per[ \t]?cent|percent)|^[.,]\d|^[ \t-]\d/iu.test(post) || /\d[ \t-]$/.test(pre)) return null;
      if (!g.mod && !g.pre && !CUE.test(pre) && !YEAR_BEFORE.test(pre) && !AFTER_YEAR_OK.test(post)) return null;
      if (y < 1900 && !g.pre && !CUE.test(pre)) return null;
      // "more than two thousand years", "nineteen fifty people": a count, not a year.
      if (/^\p{L}/u.test(g.y!) && !g.pre && (/(?:^|[^\p{L}])than[ \t]+$/iu.test(pre) || (/^[ \t]+\p{Ll}+s(?![\p{L}])/u.test(post) && !AFTER_YEAR_OK.test(post)))) return null;
      let until: Anchor | null = null;
      if (g.y2) {
        const y2 = g.y2.length === 2 ? Math.floor(y / 100) * 100 + Number(g.y2) : Number(g.y2);
        if (y2 <= y || y2 - y > 50) return null;
        until = { kind: 'year', y: y2 };
      }
      return { anchor: { kind: 'year', y }, until };
    },
  },
  {
    name: 'decade',
    needs: ['0s'],
    pattern: new RegExp(`${NOT_AFTER_WORD}(?:${anyCase(['the'])}${S})?(?:${anyCase(['early', 'late', 'mid'])}[- \\t])?(?:(?<c>1[6-9]|20)(?<d>\\d)0|['’](?<d2>\\d)0)s(?![\\p{L}\\d])`, 'gu'),
    build: (_m, g) => {
      const value = g.c ? `${g.c}${g.d}` : `${Number(g.d2) <= 1 ? '20' : '19'}${g.d2}`;
      return { kind: 'truncated', value };
    },
  },
  {
    // "the nineties", "the early eighties", "the nineteen-sixties": the last such decade begun by publication, read in resolve.
    name: 'decade-word',
    needs: ['ties'],
    pattern: new RegExp(`${NOT_AFTER_WORD}(?<the>${anyCase(['the'])})${S}(?:(?<mod>${anyCase(['early', 'late', 'mid'])})[- \\t])?(?:(?<c>nineteen|twenty)[- ])?(?<d>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)(?![\\p{L}])`, 'gu'),
    build: (m, g, c) => {
      // Temperatures and percentages: "highs in the nineties", "the nineties degrees".
      if (/(?:^|[^\p{L}])(?:highs?|lows?|upper|lower)[ \t\u00a0]+(?:in[ \t\u00a0]+)?$|temperature|degrees|fever/iu.test(before(m, c.text, 60)) || /^[ \t\u00a0]*(?:degrees|per[ \t]?cent|percent|%|°)/iu.test(after(m, c.text))) return null;
      const d = ['twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties'].indexOf(g.d!.toLowerCase()) + 2;
      if (g.c) return { kind: 'truncated', value: `${g.c.toLowerCase() === 'nineteen' ? 19 : 20}${d}` };
      return { kind: 'decade-of', d };
    },
  },
  {
    name: 'century',
    needs: ['century'],
    pattern: new RegExp(`${NOT_AFTER_WORD}(?:${anyCase(['the'])}${S})?(?<n>\\d{1,2}(?:st|nd|rd|th)|${anyCase(['nineteenth', 'twentieth', 'twenty-first', 'twenty first', 'twenty-second'])})${S}century(?![\\p{L}])`, 'gu'),
    build: (_m, g) => {
      const word = g.n!.toLowerCase().replace(/\s+/g, '-');
      const n = { nineteenth: 19, twentieth: 20, 'twenty-first': 21, 'twenty-second': 22 }[word] ?? Number.parseInt(word, 10);
      return n >= 1 && n <= 30 ? { kind: 'truncated', value: String(n - 1).padStart(2, '0') } : null;
    },
  },
  {
    // "the third quarter", "third-quarter", "the final quarter of 2023", "this year's second quarter".
    name: 'quarter',
    needs: ['quarter'],
    pattern: new RegExp(
      `${NOT_AFTER_WORD}(?:the${S})?(?:(?<ago>year-ago|year-earlier|comparable${S}year-ago|comparable${S}year-earlier)${S})?(?:(?<rel>this|last|next)${S}year['’]s${S}|(?<yp>${YEAR})(?:['’]s)?${S})?(?<ord>first|second|third|fourth|1st|2nd|3rd|4th|final|last)(?:[-]|${S})(?:(?:fiscal|financial|calendar)${S})?quarter(?![\\p{L}])(?:${S}of${S}(?:(?:the${S})?(?:(?:fiscal|financial|calendar)${S})?(?:year${S})?(?<y>${YEAR})|(?<rel2>this|last|next)${S}year|the${S}year))?`,
      'giu',
    ),
    build: (_m, g) => {
      const q = ORDINALS[g.ord!.toLowerCase()]!;
      const rel = (g.rel ?? g.rel2)?.toLowerCase();
      const y = yearOf(g.yp ?? g.y);
      if ((g.ord!.toLowerCase() === 'last' || g.ord!.toLowerCase() === 'final') && y === null && !rel && !/the year$/i.test(_m[0])) return null;
      if (g.ago && y === null && !rel) return { anchor: { kind: 'quarter', y: null, q }, yearShift: -1 };
      if (rel) return { anchor: { kind: 'quarter', y: null, q }, yearShift: relYear(rel) };
      if (/the year$/i.test(_m[0])) return { anchor: { kind: 'quarter', y: null, q }, yearShift: 0 };
      return { kind: 'quarter', y, q };
    },
  },
  {
    name: 'quarter-code',
    needs: ['Q1', 'Q2', 'Q3', 'Q4'],
    pattern: new RegExp(`${NOT_AFTER_WORD}Q(?<q>[1-4])(?:${S}(?:FY${S}?)?(?<y>${YEAR}|\\d{2}(?![\\d\\p{L}]))|(?<yq>${YEAR}))?(?![\\d\\p{L}])`, 'gu'),
    build: (m, g, c) => {
      const raw = g.y ?? g.yq;
      const y = raw ? (raw.length === 2 ? 2000 + Number(raw) : Number(raw)) : null;
      if (y === null && !CUE.test(before(m, c.text))) return null;
      return { kind: 'quarter', y, q: Number(g.q) };
    },
  },
  {
    // The Australian and New Zealand way: "the March quarter" ends in March.
    name: 'quarter-month',
    needs: ['quarter'],
    pattern: new RegExp(`${NOT_AFTER_WORD}(?:${anyCase(['the'])}${S})(?<m>March|June|September|December)${S}quarter(?![\\p{L}])(?:,?${S}(?:of${S})?(?<y>${YEAR}))?`, 'gu'),
    build: (_m, g) => ({ kind: 'quarter', y: yearOf(g.y), q: monthOf(g.m!) / 3 }),
  },
  {
    name: 'half',
    needs: ['half', 'quarters', 'h1', 'h2'],
    pattern: new RegExp(
      `${NOT_AFTER_WORD}(?:the${S})?(?:(?<ord>first|second|last)${S}half|(?<ord2>first|last)${S}two${S}quarters)${S}of${S}(?:(?:the${S})?(?:(?:fiscal|financial|calendar)${S})?(?:year${S})?(?<y>${YEAR})|(?<rel>this|last|next)${S}year|the${S}year)|${NOT_AFTER_WORD}H(?<h>[12])${S}(?<hy>${YEAR})`,
      'giu',
    ),
    build: (_m, g) => {
      // "the first two quarters of 1990" is its first half.
      const h = g.h ? Number(g.h) : (g.ord ?? g.ord2)!.toLowerCase() === 'first' ? 1 : 2;
      const rel = g.rel?.toLowerCase();
      if (rel || !(g.y ?? g.hy)) return { anchor: { kind: 'half', y: null, h }, yearShift: relYear(rel ?? 'this') };
      return { kind: 'half', y: yearOf(g.y ?? g.hy), h };
    },
  },
  {
    name: 'season',
    needs: ['spring', 'Spring', 'summer', 'Summer', 'autumn', 'Autumn', 'fall', 'winter', 'Winter'],
    pattern: new RegExp(
      `${NOT_AFTER_WORD}(?:(?<shift>${anyCase(['this coming', 'this past', 'this', 'last', 'next', 'the', 'our'])})${S})?(?:(?<mod>${anyCase(['early', 'late', 'mid'])})[- \\t])?(?<s>spring|summer|autumn|fall|winter|Spring|Summer|Autumn|Winter)(?![\\p{L}])(?:,?${S}(?:of${S})?(?<y>${YEAR_ANY}))?`,
      'gu',
    ),
    build: (m, g, c) => {
      const shift = g.shift?.toLowerCase();
      const pre = before(m, c.text);
      // "of" cues only the seasons that are not also common nouns: "levels of the early summer", not "the source of the spring".
      const cued = /(?:^|[^\p{L}])(?:in|into|during|by|until|till|since|over|through|throughout|before|after|for)[ \t]+$/iu.test(pre) || (/(?:^|[^\p{L}])of[ \t]+$/iu.test(pre) && /summer|winter|autumn/iu.test(g.s!));
      const capital = /^\p{Lu}/u.test(g.s!);
      if (capital && !g.y) return null;
      if (!g.y && !g.mod && !shift && !cued) return null;
      if ((shift === 'the' || (!shift && g.mod)) && !g.y && !cued && !/^[ \t]*\(/u.test(after(m, c.text))) return null;
      if (shift === 'the' && !g.y && /^[ \t]+of[ \t]/u.test(after(m, c.text))) return null;
      const season = SEASONS[g.s!.toLowerCase()]!;
      const s: Shift = shift === 'the' || shift === 'our' ? null : shiftOf(shift);
      return { kind: 'season', y: yearOf(g.y), s: season, shift: s };
    },
  },
  {
    name: 'day-word',
    needs: ['oday', 'esterday', 'omorrow', 'morning', 'afternoon', 'evening', 'night'],
    pattern: new RegExp(
      `${NOT_AFTER_WORD}(?:(?<before>${anyCase(['the day before yesterday', 'the day after tomorrow'])})|(?<w>${anyCase(['today', 'tonight', 'yesterday', 'tomorrow'])})(?:${S}(?<part>morning|afternoon|evening|night))?|(?<rel>${anyCase(['this', 'last'])})${S}(?<part2>morning|afternoon|evening|night))(?![\\p{L}])`,
      'gu',
    ),
    build: (m, g, c) => {
      if (g.before) return { kind: 'offset', unit: 'day', n: /before/i.test(g.before) ? -2 : 2 };
      if (g.rel) {
        const last = g.rel.toLowerCase() === 'last';
        if (last && !/night|evening/.test(g.part2!)) return null;
        return { kind: 'offset', unit: 'day', n: last ? -1 : 0 };
      }
      const w = g.w!.toLowerCase();
      // "today's world", "many of today's computers", "the people of tomorrow": the age, not the day.
      if ((w === 'today' || w === 'tomorrow') && !g.part && ERA.test(after(m, c.text)) && /(?:^|[^\p{L}])\p{Ll}+[ \t]+of[ \t]+$/u.test(before(m, c.text))) return null;
      if ((w === 'today' || w === 'tomorrow') && !g.part && /^['’]s[ \t\u00a0]+(?:\p{Ll}+[ \t\u00a0]+)?(?:world|youth|young|society|generations?|children|kids|economy|standards|technology|culture|media|politics|families|consumers?|students?|workers|business(?:es)?)(?![\p{L}])/u.test(after(m, c.text))) return null;
      if ((w === 'today' || w === 'tomorrow') && !g.part && /(?:^|[^\p{L}])(?:many|most|some|all|much|none)[ \t]+of[ \t]+$/iu.test(before(m, c.text))) return null;
      return { kind: 'offset', unit: 'day', n: w === 'yesterday' ? -1 : w === 'tomorrow' ? 1 : 0 };
    },
  },
  {
    // "last week", "this year", "earlier this month", "early next year", "the end of the year".
    name: 'unit',
    needs: ['week', 'month', 'year', 'quarter', 'decade', 'century'],
    pattern: new RegExp(
      `${NOT_AFTER_WORD}(?:(?<mod>${MOD})|(?<when>${anyCase(['earlier', 'later'])})${S})?(?:(?<shift>${SHIFT_WORDS}|${anyCase(['the current', 'the present'])})${S}|(?<the>the)${S}(?=(?:weekend|week|month|year)(?![\\p{L}])))(?<unit>weekend|week|month|year|quarter|decade|century|(?:financial|fiscal)${S}year)(?![\\p{L}\\d-])`,
      'gu',
    ),
    build: (m, g, c) => {
      if (g.the && !g.mod && !(g.unit === 'weekend' && /(?:^|[^\p{L}])(?:over|at|on|during|by|until|for|across|through)[ \t]+$/iu.test(before(m, c.text)))) return null;
      const shift = shiftOf(g.shift);
      if (shift !== 'this' && shift !== null && /(?:^|[^\p{L}])the[ \t]+$/iu.test(before(m, c.text))) return null;
      const raw = g.unit!.toLowerCase();
      const unit: OffsetUnit = raw.includes('year') ? 'year' : (raw as OffsetUnit);
      const n = shift === 'last' ? -1 : shift === 'next' ? 1 : 0;
      const quarterly = raw === 'year' && n === -1 && !g.mod && !g.when && FIGURE_RIGHT_BEFORE.test(before(m, c.text));
      return { anchor: { kind: 'offset', unit, n }, quarterly };
    },
  },
  {
    // "earlier in the year", "later in the month": as "earlier this year" (not "later in the day", which TimeML leaves to times of day).
    name: 'in-the-unit',
    needs: ['week', 'month', 'year'],
    pattern: new RegExp(`${NOT_AFTER_WORD}(?:${anyCase(['earlier', 'later'])})${S}in${S}the${S}(?<unit>week|month|year)(?![\\p{L}\\d-])`, 'gu'),
    build: (_m, g) => ({ kind: 'offset', unit: g.unit as OffsetUnit, n: 0 }),
  },
  {
    name: 'ago',
    needs: ['ago', 'earlier'],
    pattern: new RegExp(`${NOT_AFTER_WORD}(?<n>${NUMBER_WORD})(?:${S}|-)(?<unit>day|week|month|year|decade)s?${S}(?<dir>ago|earlier)(?![\\p{L}])`, 'giu'),
    build: (m, g, c) => {
      if (g.dir!.toLowerCase() === 'earlier' && !/^[ \t]*(?:[,.;:)]|$)/u.test(after(m, c.text))) return null;
      if (/^(?:several|a few)$/i.test(g.n!)) return null;
      const n = numberOf(g.n!);
      if (!Number.isFinite(n) || n <= 0 || n > 500) return null;
      const unit = g.unit!.toLowerCase();
      // "a decade ago" is a year, ten years back, as TimeML values it.
      if (unit === 'decade') return { kind: 'offset', unit: 'year', n: -10 * n };
      const quarterly = unit === 'year' && n === 1 && FIGURES_BEFORE.test(before(m, c.text, 160));
      return { anchor: { kind: 'offset', unit: unit as OffsetUnit, n: -n }, quarterly };
    },
  },
  {
    // Earnings stories: "the quarter", "the latest period", "the year-ago quarter", "year-earlier", "the 1988 period".
    name: 'period',
    needs: ['quarter', 'period', 'ear-ago', 'ear-earlier'],
    pattern: new RegExp(
      `${NOT_AFTER_WORD}(?:(?<the>${anyCase(['the'])})${S}(?:(?<latest>latest|most${S}recent|just-ended|just${S}ended)${S}|(?<cmp>comparable|corresponding|same|year-ago|year-earlier|comparable${S}year-ago|comparable${S}year-earlier)${S}|(?<py>${YEAR})${S})?(?<unit>quarter|period)(?:${S}(?<back>a${S}year${S}ago|a${S}year${S}earlier|last${S}year|of${S}last${S}year|the${S}year${S}before))?|(?:(?<the2>${anyCase(['the'])})${S})?(?<ago>${anyCase(['year-ago', 'year-earlier'])})(?:${S}(?<unit2>quarter|period))?)(?![\\p{L}-])`,
      'gu',
    ),
    build: (m, g, c) => {
      if (g.ago) {
        // A bare "year-ago" is an adjective before results or figures, not "the year-ago" of something else.
        if (!g.unit2 && g.the2) return null;
        return { kind: 'reporting', y: null, back: 4 };
      }
      const post = after(m, c.text);
      // "the period of …", "the quarter-point cut": not the reported quarter.
      if (!g.back && /^[ \t]*(?:of|in[ \t]+which|when|between|from|-)/iu.test(post)) return null;
      if (g.back || /^year-/iu.test(g.cmp ?? '') || /year-ago|year-earlier/iu.test(g.cmp ?? '')) return { kind: 'reporting', y: null, back: 4 };
      // "the same period", "the comparable quarter" with no year after them compare with something unsaid.
      if (g.cmp) return null;
      if (g.unit === 'period' && !g.latest && !g.py) return null;
      return { kind: 'reporting', y: yearOf(g.py), back: 0 };
    },
  },
  {
    // "by year-end", "around year end", "before year's end": the end of the publication year, as "the end of the year" is.
    name: 'year-end',
    needs: ['year-end', 'year end', "year's", 'year’s'],
    pattern: new RegExp(`(?<=(?:^|[^\\p{L}])(?:${anyCase(['by', 'at', 'around', 'before', 'after', 'until', 'till', 'since', 'through', 'from', 'to', 'near', 'toward', 'towards', 'about'])})${S})(?:the${S})?(?:year[- ]end|year['’]s${S}end)(?![\\p{L}-])`, 'giu'),
    // "since year-end" looks back to the last one.
    build: (m) => ({ kind: 'offset', unit: 'year', n: /^since/i.test(m.input.slice(Math.max(0, m.index - 6), m.index).trim()) ? -1 : 0 }),
  },
  {
    // "the fiscal year", "the full year", "for the year ended Sept. 30": the publication year.
    name: 'the-year',
    needs: ['year'],
    pattern: new RegExp(`${NOT_AFTER_WORD}(?<the>${anyCase(['the'])})${S}(?:(?<kind>full|fiscal|financial|current|current${S}fiscal|current${S}financial|calendar)${S})?year(?![\\p{L}\\d-])`, 'gu'),
    build: (m, g, c) => {
      const post = after(m, c.text);
      if (/^[ \t]+(?:before|after|earlier|later|ago|of|in[ \t]+which|when|that|to[ \t]+come|\d)/iu.test(post) || /^[ \t]*['’]/u.test(post)) return null;
      if (!g.kind && !(/(?:^|[^\p{L}])(?:for|of|during|through|throughout)[ \t]+$/iu.test(before(m, c.text)) && /^[ \t]*(?:ended|ending|to[ \t]+date|[,.;:)]|$)/iu.test(post))) return null;
      return { kind: 'offset', unit: 'year', n: 0 };
    },
  },
  {
    name: 'weekday',
    needs: WEEKDAY_WORDS,
    pattern: new RegExp(`(?:(?<shift>${anyCase(['this coming', 'this past', 'last', 'next', 'this', 'coming'])})${S})?(?<wd>${WEEKDAY_NAME})(?:${S}(?<part>morning|afternoon|evening|night)(?![\\p{L}]))?`, 'gu'),
    build: (m, g, c) => {
      const pre = before(m, c.text);
      if (!g.shift && NAMED_DAY_BEFORE.test(pre)) return null;
      // "each Thursday", "every Monday", "Tuesday nights": a set of days, not a date.
      if (!g.shift && /(?:^|[^\p{L}])(?:each|every)[ \t\u00a0]+$/iu.test(pre)) return null;
      if (/^[ \t\u00a0]+(?:mornings|afternoons|evenings|nights)(?![\p{L}])/u.test(after(m, c.text))) return null;
      // "Wednesday's ruling", "Friday's close": a possessive names what happened that day, so the one gone (or today),
      // unless the words before look ahead ("ahead of Friday's vote").
      if (!g.shift && !g.part && /^['’]s(?![\p{L}])/u.test(after(m, c.text)) && !/(?:^|[^\p{L}])(?:ahead[ \t]+of|before|until|till|for|upcoming|awaiting|await|awaited)[ \t\u00a0]+$/iu.test(pre)) {
        return { anchor: { kind: 'weekday', wd: weekdayOf(g.wd!), shift: null }, tense: 'past' };
      }
      // "Sunday Star-Times", "Sunday Times": a weekday naming a paper or an event.
      const next = /^[ \t]+(\p{Lu}[\p{L}-]*)/u.exec(after(m, c.text));
      // "his Sunday Mass", "their Friday Prayers": after a possessive pronoun it is the day, not a paper's name.
      const owned = /(?:^|[^\p{L}])(?:his|her|their|our|my|your)[ \t\u00a0]+$/iu.test(pre);
      if (next && !g.part && !owned && monthOf(next[1]!) === 0 && !/^[A-Z]+$/.test(next[1]!)) return null;
      return { kind: 'weekday', wd: weekdayOf(g.wd!), shift: shiftOf(g.shift) };
    },
  },
  {
    name: 'holiday',
    needs: HOLIDAY_WORDS,
    pattern: new RegExp(`(?:(?<shift>${SHIFT_WORDS})${S})?(?<h>${HOLIDAY})(?:,?${S}(?<y>${YEAR}))?`, 'gu'),
    build: (_m, g) => {
      const name = g.h!.replace(/\s+/g, ' ');
      const y = yearOf(g.y);
      if (name.startsWith('Thanksgiving')) return { anchor: { kind: 'nth-weekday', y, m: 11, wd: 4, n: 4 }, shift: shiftOf(g.shift) };
      const md = HOLIDAYS[name];
      if (!md) return null;
      const [mo, d] = md.split('-').map(Number) as [number, number];
      return { anchor: { kind: 'day', y, m: mo, d }, shift: shiftOf(g.shift) };
    },
  },
  {
    name: 'christmas',
    needs: ['Christmas'],
    pattern: new RegExp(`(?<=(?:^|[^\\p{L}])(?:${anyCase(['at', 'by', 'before', 'after', 'over', 'since', 'until', 'till', 'for', 'on', 'this', 'last', 'next', 'until'])})${S})(?:(?<shift>${SHIFT_WORDS})${S})?Christmas(?=[ \\t]*(?:[,.;:)]|$|${S}(?:and|or)${S}))`, 'gu'),
    build: (_m, g) => ({ anchor: { kind: 'day', y: null, m: 12, d: 25 }, shift: shiftOf(g.shift) }),
  },
];

const PAST_SPAN_AFTER = new RegExp(`^${S}(?:${NUMBER_WORD}|few|several|many|decade|year|month|week|day|century|quarter)(?![\\p{L}])`, 'iu');

/** What "current" must modify to be a time ("current market conditions"), and the fixed phrases it must not start. */
const CURRENT_NOUN_AFTER = /^[ \t\u00a0]+(?!(?:accounts?|affairs|assets|liabilities|expenditure|spending|prices|dollars|ratio|transfers?)(?![\p{L}]))\p{Ll}/u;

const referenceRule: Rule = {
  name: 'reference',
  needs: ['now', 'current', 'recent', 'future', 'past', 'present', 'these', 'coming', 'term', 'ago'],
  pattern: new RegExp(
    `${NOT_AFTER_WORD}(?<w>now|currently|then${S}current|current|recently|nowadays|the${S}future|the${S}past|the${S}present|at${S}present|presently|these${S}days|recent${S}(?:years|months|weeks|days)|(?:the${S})?coming${S}(?:years|months|weeks|days|quarters)|the${S}(?:near|immediate)${S}future|the${S}(?:near|short)${S}term|(?:several|a${S}few)${S}(?:years|months|weeks|days)${S}ago)(?![\\p{L}-])`,
    'giu',
  ),
  build: (m, g, c) => {
    const w = g.w!.toLowerCase();
    // "the past two months", "the past decade", "the past century": a duration, or a date of its own.
    if (/^the\s+past$/u.test(w) && PAST_SPAN_AFTER.test(after(m, c.text))) return null;
    // "the future of our peoples": what lies ahead for someone, not a time.
    if (/^the\s+future$/u.test(w) && /^[ \t\u00a0]+of(?![\p{L}])/u.test(after(m, c.text))) return null;
    // "the current system", "its current share": the adjective; not a river's current or a current account.
    if (w === 'current' && !CURRENT_NOUN_AFTER.test(after(m, c.text))) return null;
    // "coming months", "the near term": the future, as "recent weeks" is the past; "several years ago" is a past no count dates.
    const value = /^then/.test(w) ? 'PAST_REF' : /now|current|present|these/.test(w) ? 'PRESENT_REF' : /future|soon|coming|term/.test(w) ? 'FUTURE_REF' : 'PAST_REF';
    return { kind: 'reference', value };
  },
};

/** A rule's finding in one shape: the anchor, its range end and what shifts it. */
export interface Found {
  readonly anchor: Anchor;
  readonly until: Anchor | null;
  readonly weak: boolean;
  readonly yearShift: number | null;
  readonly shift: Shift;
  readonly quarterly: boolean;
  readonly tense: Tense | null;
}

function normalise(raw: Anchor | Built | null): Found | null {
  if (raw === null) return null;
  if ('anchor' in raw) return { anchor: raw.anchor, until: raw.until ?? null, weak: raw.weak ?? false, yearShift: raw.yearShift ?? null, shift: raw.shift ?? null, quarterly: raw.quarterly ?? false, tense: raw.tense ?? null };
  return { anchor: raw, until: null, weak: false, yearShift: null, shift: null, quarterly: false, tense: null };
}

export interface WindowCandidate extends Candidate {
  readonly found: Found;
  readonly rule: string;
}

const ALL_RULES: readonly Rule[] = [...rules, referenceRule];

/** The rules that may match in a text, a bit each (0: none can). */
export const rulesThatMayMatch: (text: string) => number = neededWords(ALL_RULES.map((r) => ({ words: r.needs, anyCase: r.pattern.flags.includes('i') })));

/** Every candidate the rules find in one window of text, offsets shifted by `offset`; `possible` is `rulesThatMayMatch(context.text)`. */
export function findCandidates(context: RuleContext, offset: number, possible = rulesThatMayMatch(context.text)): WindowCandidate[] {
  const out: WindowCandidate[] = [];
  for (const [i, rule] of ALL_RULES.entries()) {
    if ((possible & (1 << i)) === 0 || (rule === referenceRule && !context.references)) continue;
    const re = rule.pattern;
    re.lastIndex = 0;
    for (let m = re.exec(context.text); m !== null; m = re.exec(context.text)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const found = normalise(rule.build(m, (m.groups ?? {}) as Groups, context));
      if (!found) continue;
      out.push({ start: offset + m.index, end: offset + m.index + m[0].length, anchor: found.anchor, until: found.until, weak: found.weak, found, rule: rule.name });
    }
  }
  return out;
}

export const RULE_NAMES: readonly string[] = Object.freeze([...rules.map((r) => r.name), referenceRule.name]);
