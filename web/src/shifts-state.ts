// The shifts page as one value: two periods (`from`, `to`: `1996..2000`) or
// two groups (`group`, `vs`: `kind:release`), round-tripping through the hash
// with the API's own parameter names; and where a phrase leads (its trend
// over both sides). No DOM, so it is unit-tested under Node.
import type { ShiftsResponse } from './api-types.js';
import { formatDate } from './format.js';
import { EMPTY_TRENDS, quotePhrase, type TrendSplit, type TrendsState } from './trends-state.js';

export interface ShiftsState {
  readonly mode: 'periods' | 'groups';
  /** Periods as the API takes them: `1996..2000`, `2001`, `2001-09-11..2002-12-31`. */
  readonly from: string;
  readonly to: string;
  /** Groups: `kind:K` or `source:S`. */
  readonly group: string;
  readonly vs: string;
  readonly source: string;
  readonly kind: string;
  /** null: the API's default. */
  readonly minDocs: number | null;
  readonly limit: number | null;
}

export const EMPTY_SHIFTS: ShiftsState = Object.freeze({ mode: 'periods', from: '', to: '', group: '', vs: '', source: '', kind: '', minDocs: null, limit: null });

/** A year or a date, and optionally `..` and another: what the API reads as a period. */
export const PERIOD = /^(\d{4}(-\d{2}-\d{2})?)(\.\.(\d{4}(-\d{2}-\d{2})?))?$/;
/** `kind:release`, `source:Capital Courier`. */
export const GROUP = /^(kind|source):\S.*$/;

function positive(value: string | null, most: number): number | null {
  const n = Number.parseInt(value ?? '', 10);
  return Number.isInteger(n) && n >= 1 && n <= most ? n : null;
}

export function parseShifts(params: URLSearchParams): ShiftsState {
  const text = (name: string) => params.get(name)?.trim() ?? '';
  const groups = params.has('group') || params.has('vs');
  return {
    mode: groups ? 'groups' : 'periods',
    from: groups ? '' : text('from'),
    to: groups ? '' : text('to'),
    group: text('group'),
    vs: text('vs'),
    source: text('source'),
    kind: text('kind'),
    minDocs: positive(params.get('minDocs'), 100_000),
    limit: positive(params.get('limit'), 500),
  };
}

/** The address's query (and the API's): one mode's sides, then the filters, in a fixed order. */
export function shiftsParams(state: ShiftsState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.mode === 'groups') {
    params.set('group', state.group);
    params.set('vs', state.vs);
  } else {
    if (state.from) params.set('from', state.from);
    if (state.to) params.set('to', state.to);
  }
  if (state.source) params.set('source', state.source);
  if (state.kind) params.set('kind', state.kind);
  if (state.minDocs !== null) params.set('minDocs', String(state.minDocs));
  if (state.limit !== null) params.set('limit', String(state.limit));
  return params;
}

/** Both sides are given: the API can be asked. */
export function isComplete(state: ShiftsState): boolean {
  return state.mode === 'groups' ? state.group !== '' && state.vs !== '' : state.from !== '' && state.to !== '';
}

/** A side in words: `1 Jan 1996 – 31 Dec 2000`, `kind:release`. */
export function sideLabel(side: Pick<ShiftsResponse['a'], 'from' | 'to' | 'group'>): string {
  if (side.group) return side.group;
  if (side.from && side.to) return `${formatDate(side.from)} – ${formatDate(side.to)}`;
  return side.from ? `from ${formatDate(side.from)}` : side.to ? `until ${formatDate(side.to)}` : 'everything';
}

/**
 * A phrase's trend over both sides: the phrase quoted, by year. Between
 * periods the chart runs from the first's start to the second's end, in the
 * same outlet and kind; between two groups of one dimension it is split by
 * that dimension, so both groups are lines.
 */
export function phraseTrend(phrase: string, state: ShiftsState, response?: Pick<ShiftsResponse, 'a' | 'b'>): TrendsState {
  const base: TrendsState = { ...EMPTY_TRENDS, phrases: [quotePhrase(phrase)], by: 'year' };
  if (state.mode === 'groups') {
    const dimension = (group: string) => /^(kind|source):/.exec(group)?.[1] ?? '';
    const a = dimension(state.group);
    const split: TrendSplit = a !== '' && a === dimension(state.vs) ? (a as TrendSplit) : '';
    return { ...base, split, source: state.source, kind: state.kind };
  }
  const ends = [response?.a.from, response?.a.to, response?.b.from, response?.b.to].filter((d): d is string => typeof d === 'string' && d !== '').sort();
  return { ...base, from: ends[0] ?? '', to: ends[ends.length - 1] ?? '', source: state.source, kind: state.kind };
}

/** A z-score as shown: one decimal, with its sign. */
export function formatZ(z: number): string {
  return `${z > 0 ? '+' : z < 0 ? '−' : ''}${Math.abs(z).toFixed(1)}`;
}
