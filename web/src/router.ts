// Hash routes, so a reload or a pasted link opens the same view without any
// server-side routing:
//   #/  |  #/search?…  |  #/doc/<id>  |  #/entities?…  |  #/entity/<id>[?offset=N]
//   #/reuse?…  |  #/reuse/<sourceId>/<targetId>  |  #/office?title=…&of=…
//   #/quotes?…  |  #/quote-cluster/<id>  |  #/events?…  |  #/network?…
//   #/trends?…  |  #/shifts?…
//   #/doc/<id>?hl=<start>-<end> highlights a span (an engagement's evidence)
import { EMPTY_ENTITY_LIST, entityListParams, parseEntityList, type EntityListState } from './entity-state.js';
import { EMPTY_EVENT_LIST, EMPTY_NETWORK, eventListParams, networkParams, parseEventList, parseNetwork, type EventListState, type NetworkState } from './event-state.js';
import { EMPTY_QUOTE_LIST, parseQuoteList, quoteListParams, type QuoteListState } from './quote-state.js';
import { EMPTY_REUSE_LIST, parseReuseList, reuseListParams, type ReuseListState } from './reuse-state.js';
import { EMPTY_SEARCH, parseSearch, searchParams, type SearchState } from './search-state.js';
import { EMPTY_SHIFTS, parseShifts, shiftsParams, type ShiftsState } from './shifts-state.js';
import { EMPTY_TRENDS, parseTrends, trendsParams, type TrendsState } from './trends-state.js';

export type Route =
  | { readonly view: 'search'; readonly search: SearchState }
  /** `highlight`: a span of the text to mark and scroll to (`?hl=<start>-<end>`); absent without one. */
  | { readonly view: 'document'; readonly id: string; readonly highlight?: Span }
  | { readonly view: 'entities'; readonly list: EntityListState }
  /** `offset` pages through the entity's documents. */
  | { readonly view: 'entity'; readonly id: string; readonly offset: number }
  | { readonly view: 'reuse'; readonly list: ReuseListState }
  /** Two documents side by side; `source` is the earlier one (the release). */
  | { readonly view: 'reuse-pair'; readonly source: string; readonly target: string }
  /** Who held an office over time; `of` null when the address leaves it out (the API then says what is missing). */
  | { readonly view: 'office'; readonly title: string; readonly of: string | null }
  | { readonly view: 'quotes'; readonly list: QuoteListState }
  /** One quote across documents (`qc-…`). */
  | { readonly view: 'quote-cluster'; readonly id: string }
  /** Engagements by date (`/api/events`). */
  | { readonly view: 'events'; readonly list: EventListState }
  /** Who met whom (`/api/network`). */
  | { readonly view: 'network'; readonly network: NetworkState }
  /** Phrases over time (`/api/trends`). */
  | { readonly view: 'trends'; readonly trends: TrendsState }
  /** Phrases that rose or fell between two periods or groups (`/api/shifts`). */
  | { readonly view: 'shifts'; readonly shifts: ShiftsState }
  | { readonly view: 'missing'; readonly hash: string };

export interface Span {
  readonly start: number;
  readonly end: number;
}

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '');
  if (path === '' || path === '/') return { view: 'search', search: EMPTY_SEARCH };
  const [pathname = '', query = ''] = splitOnce(path, '?');
  if (pathname === '/search') return { view: 'search', search: parseSearch(new URLSearchParams(query)) };
  if (pathname === '/entities') return { view: 'entities', list: parseEntityList(new URLSearchParams(query)) };
  if (pathname === '/office') {
    const params = new URLSearchParams(query);
    const title = params.get('title')?.trim() ?? '';
    const of = params.get('of')?.trim() || null;
    return title ? { view: 'office', title, of } : { view: 'missing', hash };
  }
  if (pathname === '/quotes') return { view: 'quotes', list: parseQuoteList(new URLSearchParams(query)) };
  if (pathname === '/events') return { view: 'events', list: parseEventList(new URLSearchParams(query)) };
  if (pathname === '/network') return { view: 'network', network: parseNetwork(new URLSearchParams(query)) };
  if (pathname === '/trends') return { view: 'trends', trends: parseTrends(new URLSearchParams(query)) };
  if (pathname === '/shifts') return { view: 'shifts', shifts: parseShifts(new URLSearchParams(query)) };
  const cluster = idAfter('/quote-cluster/', pathname);
  if (cluster) return { view: 'quote-cluster', id: cluster };
  if (pathname === '/reuse') return { view: 'reuse', list: parseReuseList(new URLSearchParams(query)) };
  const ids = idAfter('/reuse/', pathname, true)?.split('/').map(decode);
  if (ids?.length === 2 && ids[0] && ids[1]) return { view: 'reuse-pair', source: ids[0], target: ids[1] };
  const doc = idAfter('/doc/', pathname);
  if (doc) {
    const highlight = parseHighlight(new URLSearchParams(query).get('hl'));
    return highlight ? { view: 'document', id: doc, highlight } : { view: 'document', id: doc };
  }
  const entity = idAfter('/entity/', pathname);
  if (entity) {
    const offset = Number.parseInt(new URLSearchParams(query).get('offset') ?? '', 10);
    return { view: 'entity', id: entity, offset: Number.isFinite(offset) && offset > 0 ? offset : 0 };
  }
  return { view: 'missing', hash };
}

/** The decoded id after `prefix` (left encoded when `raw`), or null (a malformed escape is a broken link, not a crash). */
function idAfter(prefix: string, pathname: string, raw = false): string | null {
  if (!pathname.startsWith(prefix) || pathname.length === prefix.length) return null;
  const rest = pathname.slice(prefix.length);
  return raw ? rest : decode(rest);
}

function decode(part: string): string | null {
  try {
    return decodeURIComponent(part);
  } catch {
    return null;
  }
}

export function searchHash(state: SearchState): string {
  const query = searchParams(state).toString();
  return query === '' ? '#/' : `#/search?${query}`;
}

export function documentHash(id: string, highlight?: Span | null): string {
  const path = `#/doc/${encodeURIComponent(id)}`;
  return highlight ? `${path}?hl=${highlight.start}-${highlight.end}` : path;
}

/** `<start>-<end>` with start before end, else null: a broken highlight shows the document unmarked. */
export function parseHighlight(value: string | null): Span | null {
  const match = /^(\d{1,9})-(\d{1,9})$/.exec(value ?? '');
  if (!match) return null;
  const start = Number(match[1]);
  const end = Number(match[2]);
  return start < end ? { start, end } : null;
}

export function eventsHash(state: EventListState = EMPTY_EVENT_LIST): string {
  const query = eventListParams(state).toString();
  return query === '' ? '#/events' : `#/events?${query}`;
}

export function networkHash(state: NetworkState = EMPTY_NETWORK): string {
  const query = networkParams(state).toString();
  return query === '' ? '#/network' : `#/network?${query}`;
}

export function trendsHash(state: TrendsState = EMPTY_TRENDS): string {
  const query = trendsParams(state).toString();
  return query === '' ? '#/trends' : `#/trends?${query}`;
}

export function shiftsHash(state: ShiftsState = EMPTY_SHIFTS): string {
  const query = shiftsParams(state).toString();
  return query === '' ? '#/shifts' : `#/shifts?${query}`;
}

export function entitiesHash(state: EntityListState = EMPTY_ENTITY_LIST): string {
  const query = entityListParams(state).toString();
  return query === '' ? '#/entities' : `#/entities?${query}`;
}

/** Entity ids are `type:slug`; the colon stays readable in the address. */
export function entityHash(id: string, offset = 0): string {
  const path = `#/entity/${encodeURIComponent(id).replace(/%3A/gi, ':')}`;
  return offset > 0 ? `${path}?offset=${offset}` : path;
}

export function reuseHash(state: ReuseListState = EMPTY_REUSE_LIST): string {
  const query = reuseListParams(state).toString();
  return query === '' ? '#/reuse' : `#/reuse?${query}`;
}

/** The side-by-side view of a pair; each id is encoded, so a slash in an id cannot move the split. */
export function reusePairHash(sourceId: string, targetId: string): string {
  return `#/reuse/${encodeURIComponent(sourceId)}/${encodeURIComponent(targetId)}`;
}

/**
 * An office's history: `#/office?title=Prime%20Minister&of=Australia`. Spaces
 * are `%20` rather than URLSearchParams' `+`, so the address reads as the API's
 * query does; parsing accepts either.
 */
export function officeHash(title: string, of: string | null): string {
  const query = [`title=${encodeURIComponent(title)}`, of === null ? null : `of=${encodeURIComponent(of)}`].filter((part) => part !== null).join('&');
  return `#/office?${query}`;
}

export function quotesHash(state: QuoteListState = EMPTY_QUOTE_LIST): string {
  const query = quoteListParams(state).toString();
  return query === '' ? '#/quotes' : `#/quotes?${query}`;
}

export function quoteClusterHash(id: string): string {
  return `#/quote-cluster/${encodeURIComponent(id)}`;
}

function splitOnce(value: string, separator: string): [string, string] {
  const at = value.indexOf(separator);
  return at < 0 ? [value, ''] : [value.slice(0, at), value.slice(at + 1)];
}
