// Hash routes, so a reload or a pasted link opens the same view without any
// server-side routing:
//   #/  |  #/search?…  |  #/doc/<id>  |  #/entities?…  |  #/entity/<id>[?offset=N]
import { EMPTY_ENTITY_LIST, entityListParams, parseEntityList, type EntityListState } from './entity-state.js';
import { EMPTY_SEARCH, parseSearch, searchParams, type SearchState } from './search-state.js';

export type Route =
  | { readonly view: 'search'; readonly search: SearchState }
  | { readonly view: 'document'; readonly id: string }
  | { readonly view: 'entities'; readonly list: EntityListState }
  /** `offset` pages through the entity's documents. */
  | { readonly view: 'entity'; readonly id: string; readonly offset: number }
  | { readonly view: 'missing'; readonly hash: string };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '');
  if (path === '' || path === '/') return { view: 'search', search: EMPTY_SEARCH };
  const [pathname = '', query = ''] = splitOnce(path, '?');
  if (pathname === '/search') return { view: 'search', search: parseSearch(new URLSearchParams(query)) };
  if (pathname === '/entities') return { view: 'entities', list: parseEntityList(new URLSearchParams(query)) };
  const doc = idAfter('/doc/', pathname);
  if (doc) return { view: 'document', id: doc };
  const entity = idAfter('/entity/', pathname);
  if (entity) {
    const offset = Number.parseInt(new URLSearchParams(query).get('offset') ?? '', 10);
    return { view: 'entity', id: entity, offset: Number.isFinite(offset) && offset > 0 ? offset : 0 };
  }
  return { view: 'missing', hash };
}

/** The decoded id after `prefix`, or null (a malformed escape is a broken link, not a crash). */
function idAfter(prefix: string, pathname: string): string | null {
  if (!pathname.startsWith(prefix) || pathname.length === prefix.length) return null;
  try {
    return decodeURIComponent(pathname.slice(prefix.length));
  } catch {
    return null;
  }
}

export function searchHash(state: SearchState): string {
  const query = searchParams(state).toString();
  return query === '' ? '#/' : `#/search?${query}`;
}

export function documentHash(id: string): string {
  return `#/doc/${encodeURIComponent(id)}`;
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

function splitOnce(value: string, separator: string): [string, string] {
  const at = value.indexOf(separator);
  return at < 0 ? [value, ''] : [value.slice(0, at), value.slice(at + 1)];
}
