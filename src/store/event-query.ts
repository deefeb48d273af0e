import { KINDS, UsageError, type Kind } from '../core/index.js';
import { checkDate, checkList } from './check-filters.js';
import { checkInteger } from './check-integer.js';
import { ENTITY_TYPES } from './entity-types.js';
import { EVENT_LEVELS, EVENT_STATUSES, EVENT_TYPES, type EventFilters, type EventQuery, type NetworkQuery } from './event-types.js';
import { fold } from './fold.js';

export const EVENT_LIMIT = 50;
export const EVENT_MAX_LIMIT = 500;
const MAX_NAME = 200;
const ENTITY_ID = new RegExp(`^(${ENTITY_TYPES.join('|')}):\\S+$`);

/** A participant asked for by id, or by name (folded, LIKE wildcards escaped, as entity listings match). */
export type ParticipantFilter = { readonly id: string } | { readonly pattern: string; readonly name: string };

export interface CheckedEventFilters {
  readonly type: readonly string[];
  readonly status: readonly string[];
  readonly level: readonly string[];
  /** Folded country names. */
  readonly country: readonly string[];
  readonly participant: readonly ParticipantFilter[];
  /** Whether an engagement needs every listed country and participant, or any one of each. */
  readonly match: 'any' | 'all';
  readonly source: readonly string[];
  readonly kind: readonly Kind[];
  readonly from: string | null;
  readonly to: string | null;
}

export interface CheckedEventQuery extends CheckedEventFilters {
  readonly limit: number;
  readonly offset: number;
  readonly order: 'asc' | 'desc';
}

export interface CheckedNetworkQuery extends CheckedEventFilters {
  readonly by: 'person' | 'country';
}

/** Validates an engagement listing once for every adapter: `UsageError` naming the field and the fix. */
export function checkEvents(query: EventQuery): CheckedEventQuery {
  const order = query.order ?? 'asc';
  if (order !== 'asc' && order !== 'desc') throw new UsageError(`'order' must be asc (oldest first) or desc (newest first) (got ${JSON.stringify(order)}).`);
  return {
    ...checkEventFilters(query),
    order,
    limit: checkInteger('limit', query.limit ?? EVENT_LIMIT, 1, EVENT_MAX_LIMIT),
    offset: checkInteger('offset', query.offset ?? 0, 0, Number.MAX_SAFE_INTEGER),
  };
}

export function checkNetwork(query: NetworkQuery): CheckedNetworkQuery {
  const by = query.by ?? 'person';
  if (by !== 'person' && by !== 'country') throw new UsageError(`'by' must be person or country (got ${JSON.stringify(by)}).`);
  return { ...checkEventFilters(query), by };
}

function checkEventFilters(query: EventFilters): CheckedEventFilters {
  const from = checkDate("'from'", query.from);
  const to = checkDate("'to'", query.to);
  if (from !== null && to !== null && from > to) throw new UsageError(`'from' (${from}) is later than 'to' (${to}): swap them or widen the range.`);
  const kind = checkList("'kind'", query.kind);
  for (const k of kind) if (!(KINDS as readonly string[]).includes(k)) throw new UsageError(`Unknown kind '${k}': use ${KINDS.join(', ')}.`);
  return {
    type: checkOneOf('type', query.type, EVENT_TYPES),
    status: checkOneOf('status', query.status, EVENT_STATUSES),
    level: checkOneOf('level', query.level, EVENT_LEVELS),
    country: checkList("'country'", query.country).map((c) => fold(checkText('country', c))),
    participant: checkList("'participant'", query.participant).map(checkParticipant),
    match: checkMatch(query.match),
    source: checkList("'source'", query.source),
    kind: kind as readonly Kind[],
    from,
    to,
  };
}

function checkMatch(value: unknown): 'any' | 'all' {
  if (value === undefined || value === 'any' || value === 'all') return value ?? 'any';
  throw new UsageError(`'match' must be any (an engagement with any listed country or participant) or all (with every one of them together) (got ${JSON.stringify(value)}).`);
}

function checkOneOf(field: string, value: readonly string[] | undefined, allowed: readonly string[]): readonly string[] {
  const list = checkList(`'${field}'`, value);
  for (const v of list) if (!allowed.includes(v)) throw new UsageError(`Unknown ${field} '${v}': use ${allowed.join(', ')}.`);
  return list;
}

function checkParticipant(value: string): ParticipantFilter {
  const text = checkText('participant', value);
  if (ENTITY_ID.test(text)) return { id: text };
  return { name: text, pattern: `%${fold(text).replace(/[\\%_]/g, (c) => `\\${c}`)}%` };
}

/** Trimmed non-empty text of at most 200 characters. */
function checkText(field: string, value: unknown): string {
  const trimmed = typeof value === 'string' ? value.trim() : '';
  if (trimmed === '' || trimmed.length > MAX_NAME) {
    throw new UsageError(`'${field}' must be non-empty text of at most ${MAX_NAME} characters (got ${JSON.stringify(value).slice(0, 60)}).`);
  }
  return trimmed;
}
