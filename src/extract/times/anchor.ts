/**
 * What an expression says before it is resolved against a publication date:
 * "11 April" is a day with no year, "last week" an offset of one week back,
 * "Friday" a weekday to find from the tense of its clause.
 */

/** `last`/`next`/`this` before a weekday, month, season or quarter. */
export type Shift = 'last' | 'next' | 'this' | null;

export type OffsetUnit = 'day' | 'week' | 'weekend' | 'month' | 'quarter' | 'year' | 'decade' | 'century';

export type Season = 'SP' | 'SU' | 'FA' | 'WI';

export type Anchor =
  | { readonly kind: 'day'; readonly y: number | null; readonly m: number; readonly d: number }
  /** The nth weekday of a month (Thanksgiving: the fourth Thursday of November). */
  | { readonly kind: 'nth-weekday'; readonly y: number | null; readonly m: number; readonly wd: number; readonly n: number }
  /** The week holding a day: "the week of March 6". */
  | { readonly kind: 'week-of'; readonly y: number | null; readonly m: number; readonly d: number }
  | { readonly kind: 'month'; readonly y: number | null; readonly m: number; readonly shift: Shift }
  | { readonly kind: 'year'; readonly y: number }
  /** A decade (`199`) or century (`19`): TIMEX3 truncated years, with no grain of our own. */
  | { readonly kind: 'truncated'; readonly value: string }
  /** A decade named without its century ("the nineties"): `d` is its tens digit. */
  | { readonly kind: 'decade-of'; readonly d: number }
  | { readonly kind: 'quarter'; readonly y: number | null; readonly q: number }
  | { readonly kind: 'half'; readonly y: number | null; readonly h: number }
  | { readonly kind: 'season'; readonly y: number | null; readonly s: Season; readonly shift: Shift }
  | { readonly kind: 'weekday'; readonly wd: number; readonly shift: Shift }
  /** today (day 0), yesterday (day −1), next week (week +1), two years ago (year −2). */
  | { readonly kind: 'offset'; readonly unit: OffsetUnit; readonly n: number }
  /**
   * The quarter an earnings story reports on ("the quarter", "the latest period"), `back` quarters
   * before it ("the year-ago quarter": 4), or its quarter of year `y` ("the 1988 period").
   */
  | { readonly kind: 'reporting'; readonly y: number | null; readonly back: number }
  /** now, recently, the future: TIMEX3 reference values, unless `references: false`. */
  | { readonly kind: 'reference'; readonly value: 'PRESENT_REF' | 'PAST_REF' | 'FUTURE_REF' };

/** A recognised expression, before overlap removal, range merging and resolution. */
export interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly anchor: Anchor;
  readonly until: Anchor | null;
  /** Kept only when it joins a range with a neighbour ("January and February"): a bare month name with no cue. */
  readonly weak?: boolean;
}

/** Whether an anchor's value depends on the publication date. */
export function isRelative(a: Anchor): boolean {
  switch (a.kind) {
    case 'day':
    case 'week-of':
    case 'nth-weekday':
    case 'month':
    case 'quarter':
    case 'half':
    case 'season':
      return a.y === null;
    case 'year':
    case 'truncated':
      return false;
    case 'weekday':
    case 'decade-of':
    case 'offset':
    case 'reporting':
    case 'reference':
      return true;
  }
}
