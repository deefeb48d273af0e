// The timeline and network pages as values: their filters round-trip through
// the hash with the API's own parameter names, so `#/events?level=leader` and
// `/api/events?level=leader` say the same thing. One addition the API does not
// have: `match=all`, because the API's `participant` and `country` are any-of
// and a network edge needs "both of these". No DOM, so it is unit-tested under Node.
import { EVENT_LEVELS, EVENT_STATUSES, EVENT_TYPES, type TimeRow } from './api-types.js';
import { formatDate } from './format.js';

/** Engagements per page of the timeline. */
export const EVENT_PAGE_SIZE = 100;
/** Engagements shown on a person's page before "the whole timeline". */
export const ENTITY_EVENTS_SHOWN = 5;

export interface EventFilterState {
  readonly type: readonly string[];
  readonly status: readonly string[];
  readonly level: readonly string[];
  /** Countries as offices name them ("New Zealand"). */
  readonly country: readonly string[];
  /** Entity ids or names, as the API takes either. */
  readonly participant: readonly string[];
  /** Inclusive `YYYY-MM-DD`, or '' for open-ended. */
  readonly from: string;
  readonly to: string;
  /** `all`: an engagement must have every participant and every country listed (checked here, not by the API). */
  readonly match: 'any' | 'all';
}

export interface EventListState extends EventFilterState {
  readonly offset: number;
}

export interface NetworkState extends EventFilterState {
  readonly by: 'person' | 'country';
}

export const EMPTY_EVENT_FILTERS: EventFilterState = Object.freeze({ type: [], status: [], level: [], country: [], participant: [], from: '', to: '', match: 'any' });
export const EMPTY_EVENT_LIST: EventListState = Object.freeze({ ...EMPTY_EVENT_FILTERS, offset: 0 });
export const EMPTY_NETWORK: NetworkState = Object.freeze({ ...EMPTY_EVENT_FILTERS, by: 'person' });

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function unique(values: readonly string[], allowed?: readonly string[]): string[] {
  const kept = values.map((v) => v.trim()).filter((v) => v !== '' && (!allowed || allowed.includes(v)));
  return [...new Set(kept)];
}

function parseFilters(params: URLSearchParams): EventFilterState {
  const date = (name: string) => {
    const value = params.get(name) ?? '';
    return ISO_DATE.test(value) ? value : '';
  };
  return {
    type: unique(params.getAll('type'), EVENT_TYPES),
    status: unique(params.getAll('status'), EVENT_STATUSES),
    level: unique(params.getAll('level'), EVENT_LEVELS),
    country: unique(params.getAll('country')),
    participant: unique(params.getAll('participant')),
    from: date('from'),
    to: date('to'),
    match: params.get('match') === 'all' ? 'all' : 'any',
  };
}

export function parseEventList(params: URLSearchParams): EventListState {
  const offset = Number.parseInt(params.get('offset') ?? '', 10);
  return { ...parseFilters(params), offset: Number.isFinite(offset) && offset > 0 ? offset : 0 };
}

export function parseNetwork(params: URLSearchParams): NetworkState {
  return { ...parseFilters(params), by: params.get('by') === 'country' ? 'country' : 'person' };
}

/** The API's filters, in a fixed order, so equal states give equal strings. */
function filterParams(state: EventFilterState): URLSearchParams {
  const params = new URLSearchParams();
  for (const name of ['type', 'status', 'level', 'country', 'participant'] as const) for (const value of state[name]) params.append(name, value);
  if (state.from) params.set('from', state.from);
  if (state.to) params.set('to', state.to);
  return params;
}

/** `match=all` only when it changes anything: two participants or two countries. */
export function matchesAllMatters(state: EventFilterState): boolean {
  return state.match === 'all' && (state.participant.length > 1 || state.country.length > 1);
}

/** The address's query: the API's filters, `match=all` when it matters, the page. */
export function eventListParams(state: EventListState): URLSearchParams {
  const params = filterParams(state);
  if (matchesAllMatters(state)) params.set('match', 'all');
  if (state.offset > 0) params.set('offset', String(state.offset));
  return params;
}

export function networkParams(state: NetworkState): URLSearchParams {
  const params = filterParams(state);
  if (state.by !== 'person') params.set('by', state.by);
  if (matchesAllMatters(state)) params.set('match', 'all');
  return params;
}

/** The query string for /api/events. */
export function eventApiParams(state: EventFilterState, limit: number, offset = 0, order: 'asc' | 'desc' = 'asc'): URLSearchParams {
  const params = filterParams(state);
  if (matchesAllMatters(state)) params.set('match', 'all');
  params.set('limit', String(limit));
  if (offset > 0) params.set('offset', String(offset));
  if (order === 'desc') params.set('order', 'desc');
  return params;
}

export function networkApiParams(state: NetworkState): URLSearchParams {
  const params = filterParams(state);
  params.set('by', state.by);
  if (matchesAllMatters(state)) params.set('match', 'all');
  return params;
}


/** Any change to what is listed restarts at the first page. */
export function withEventChanges(state: EventListState, changes: Partial<EventListState>): EventListState {
  return { ...state, offset: 0, ...changes };
}

export function hasEventFilters(state: EventFilterState): boolean {
  return state.type.length + state.status.length + state.level.length + state.country.length + state.participant.length > 0 || state.from !== '' || state.to !== '';
}

/** One person's engagements (an entity id) on the timeline. */
export function participantEvents(id: string): EventListState {
  return withEventChanges(EMPTY_EVENT_LIST, { participant: [id] });
}

/**
 * The timeline of an edge's two ends: two participants (person ids) or two
 * countries, both required.
 */
export function pairEvents(by: 'person' | 'country', a: string, b: string, filters: EventFilterState = EMPTY_EVENT_FILTERS): EventListState {
  const pair = [a, b];
  return { ...filters, offset: 0, match: 'all', ...(by === 'person' ? { participant: pair, country: [] } : { country: pair, participant: [] }) };
}

const TYPE_LABELS: Readonly<Record<string, string>> = { meet: 'Meeting', visit: 'Visit', call: 'Call', dialogue: 'Dialogue', summit: 'Summit', agreement: 'Agreement' };
const STATUS_LABELS: Readonly<Record<string, string>> = { held: 'Held', planned: 'Planned', cancelled: 'Cancelled' };
const LEVEL_LABELS: Readonly<Record<string, string>> = { leader: 'Leaders', minister: 'Ministers', official: 'Officials', other: 'Other' };

export const eventTypeLabel = (type: string) => TYPE_LABELS[type] ?? type;
export const eventStatusLabel = (status: string) => STATUS_LABELS[status] ?? status;
/** The level as a group ("Ministers"): it is the highest rank among the participants. */
export const eventLevelLabel = (level: string) => LEVEL_LABELS[level] ?? level;

/** The filters in force, each with the state that drops it: the timeline's removable chips. */
export function activeEventFilters(state: EventListState, nameOf: (participant: string) => string = (p) => p): { readonly label: string; readonly without: EventListState }[] {
  const chips: { label: string; without: EventListState }[] = [];
  const drop = (name: 'type' | 'status' | 'level' | 'country' | 'participant', value: string) => withEventChanges(state, { [name]: state[name].filter((v) => v !== value) });
  for (const v of state.participant) chips.push({ label: `With: ${nameOf(v)}`, without: drop('participant', v) });
  for (const v of state.country) chips.push({ label: `Country: ${v}`, without: drop('country', v) });
  for (const v of state.type) chips.push({ label: `Type: ${eventTypeLabel(v)}`, without: drop('type', v) });
  for (const v of state.status) chips.push({ label: `Status: ${eventStatusLabel(v)}`, without: drop('status', v) });
  for (const v of state.level) chips.push({ label: `Level: ${eventLevelLabel(v)}`, without: drop('level', v) });
  if (state.from) chips.push({ label: `From ${formatDate(state.from)}`, without: withEventChanges(state, { from: '' }) });
  if (state.to) chips.push({ label: `To ${formatDate(state.to)}`, without: withEventChanges(state, { to: '' }) });
  if (matchesAllMatters(state)) chips.push({ label: 'All of them together', without: withEventChanges(state, { match: 'any' }) });
  return chips;
}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The Monday of ISO week `week` of `year`, as `YYYY-MM-DD` (UTC arithmetic: no time zone can move it). */
function isoWeekMonday(year: number, week: number): string {
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const monday = new Date(jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 86_400_000 + (week - 1) * 7 * 86_400_000);
  return monday.toISOString().slice(0, 10);
}

/**
 * A TIMEX3 value in words: `2024-04-11` → `11 Apr 2024`, `2024-W15` → `week
 * of 8 Apr 2024`, `2024-04` → `April 2024`, `2024-Q2` → `Q2 2024`, `2024`
 * as is; anything else as given.
 */
export function timeValueLabel(value: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDate(value);
  const week = /^(\d{4})-W(\d{2})$/.exec(value);
  if (week) return `week of ${formatDate(isoWeekMonday(Number(week[1]), Number(week[2])))}`;
  const month = /^(\d{4})-(\d{2})$/.exec(value);
  if (month && MONTH_NAMES[Number(month[2]) - 1]) return `${MONTH_NAMES[Number(month[2]) - 1]} ${month[1]}`;
  const quarter = /^(\d{4})-Q([1-4])$/.exec(value);
  if (quarter) return `Q${quarter[2]} ${quarter[1]}`;
  return value;
}

/** A value and its range's end in words: `3 Apr 2024 – 5 Apr 2024`. */
export function timeRangeLabel(value: string, until: { readonly value: string } | null): string {
  return until && until.value !== value ? `${timeValueLabel(value)} – ${timeValueLabel(until.value)}` : timeValueLabel(value);
}

/** The month heading an engagement's date falls under: `{key: '2024-04', label: 'April 2024'}`; undated last. */
export function monthOf(date: string | null): { readonly key: string; readonly label: string } {
  if (date === null) return { key: 'undated', label: 'Undated' };
  const week = /^(\d{4})-W(\d{2})$/.exec(date);
  const day = week ? isoWeekMonday(Number(week[1]), Number(week[2])) : date;
  const month = /^(\d{4})-(\d{2})/.exec(day);
  if (month && MONTH_NAMES[Number(month[2]) - 1]) return { key: `${month[1]}-${month[2]}`, label: `${MONTH_NAMES[Number(month[2]) - 1]} ${month[1]}` };
  // A quarter or a year: under its own heading, where the API's order puts it.
  return { key: date, label: timeValueLabel(date) };
}

/** Engagements in the API's order, cut into runs under one month heading each. */
export function groupByMonth<T extends { readonly date: string | null }>(items: readonly T[]): { readonly key: string; readonly label: string; readonly items: T[] }[] {
  const groups: { key: string; label: string; items: T[] }[] = [];
  for (const item of items) {
    const month = monthOf(item.date);
    const last = groups[groups.length - 1];
    if (last && last.key === month.key) last.items.push(item);
    else groups.push({ ...month, items: [item] });
  }
  return groups;
}

/** "11 Apr 2024", "3 Apr 2024 – 5 Apr 2024"; null when the expression could not be placed on the calendar. */
export function timeValueWords(time: Pick<TimeRow, 'value' | 'until'>): string | null {
  return time.value === null ? null : timeRangeLabel(time.value, time.until);
}

/** The tooltip: the date, and how it was found when the words were relative ("next week"). */
export function timeTip(time: TimeRow): string {
  const words = timeValueWords(time);
  if (words === null) return 'Date not resolved: the document has no publication date to count from';
  return time.relative ? `Date: ${words} (“${time.text}”, counted from the publication date)` : `Date: ${words}`;
}
