import { KINDS, UsageError, type Kind } from '../core/index.js';
import { checkDate, checkList } from './check-filters.js';
import { checkInteger } from './check-integer.js';
import { checkQuotes, type CheckedQuoteQuery } from './quote-query.js';
import { checkSearch, type CheckedSearch } from './search-query.js';
import type { ShiftQuery, ShiftSide, TrendCountQuery } from './trend-types.js';

export interface CheckedTrendCounts {
  /** The phrase and the filters, exactly as a search takes them: a bucket's count is a search's total. */
  readonly search: CheckedSearch;
  /** Set when only quoted words count: the speaker or office (and the phrase, for quote text). */
  readonly quotes: CheckedQuoteQuery | null;
  readonly occurrences: boolean;
}

/** Validates a trend count once for every adapter: `QuerySyntaxError` for the phrase, `UsageError` for the rest. */
export function checkTrendCounts(input: TrendCountQuery): CheckedTrendCounts {
  const q = input.q == null || input.q.trim() === '' ? null : input.q;
  const search = checkSearch({ q, filters: input.filters, limit: 0 });
  const quoted = input.speaker != null || input.role != null;
  if (input.of != null && input.role == null) throw new UsageError(`'of' (${JSON.stringify(input.of)}) needs 'role': give the office too, e.g. role=Prime Minister&of=${input.of}.`);
  return {
    search,
    quotes: quoted ? checkQuotes({ speaker: input.speaker, role: input.role, of: input.of, contains: q }) : null,
    occurrences: input.occurrences === true,
  };
}

export const SHIFT_LIMIT = 25;
export const SHIFT_MAX_LIMIT = 200;
export const SHIFT_MIN_DOCS = 5;

export interface CheckedShiftSide {
  readonly from: string | null;
  readonly to: string | null;
  readonly source: readonly string[];
  readonly kind: readonly Kind[];
}

export interface CheckedShifts {
  readonly a: CheckedShiftSide;
  readonly b: CheckedShiftSide;
  /** The scope shared by both sides, in which `first` looks for the earliest users. */
  readonly source: readonly string[];
  readonly kind: readonly Kind[];
  readonly minDocs: number;
  readonly limit: number;
}

/** Validates a comparison once for every adapter; `UsageError` names the field and the fix. */
export function checkShifts(input: ShiftQuery): CheckedShifts {
  if (input == null || typeof input !== 'object' || input.a == null || input.b == null) {
    throw new UsageError('A comparison needs two sides, a and b: give two periods (--from 1996..2000 --to 2005..2009) or two groups (--group kind:release --vs kind:news).');
  }
  return {
    a: checkSide('a', input.a),
    b: checkSide('b', input.b),
    source: checkList("'source'", input.source),
    kind: checkKinds("'kind'", input.kind),
    minDocs: checkInteger('minDocs', input.minDocs ?? SHIFT_MIN_DOCS, 1, 1_000_000),
    limit: checkInteger('limit', input.limit ?? SHIFT_LIMIT, 1, SHIFT_MAX_LIMIT),
  };
}

function checkSide(name: 'a' | 'b', side: ShiftSide): CheckedShiftSide {
  const from = checkDate(`Side ${name}'s 'from'`, side.from);
  const to = checkDate(`Side ${name}'s 'to'`, side.to);
  if (from !== null && to !== null && from > to) throw new UsageError(`Side ${name} starts (${from}) after it ends (${to}): swap the ends, e.g. 1996..2000.`);
  return { from, to, source: checkList(`Side ${name}'s 'source'`, side.source), kind: checkKinds(`Side ${name}'s 'kind'`, side.kind) };
}

function checkKinds(name: string, value: readonly string[] | undefined): readonly Kind[] {
  const kinds = checkList(name, value);
  for (const k of kinds) if (!(KINDS as readonly string[]).includes(k)) throw new UsageError(`${name} has unknown kind '${k}': use ${KINDS.join(', ')}.`);
  return kinds as readonly Kind[];
}
