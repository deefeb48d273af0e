// Hash routes, so a reload or a pasted link opens the same view without any
// server-side routing:  #/  |  #/search?…  |  #/doc/<id>
import { EMPTY_SEARCH, parseSearch, searchParams, type SearchState } from './search-state.js';

export type Route =
  | { readonly view: 'search'; readonly search: SearchState }
  | { readonly view: 'document'; readonly id: string }
  | { readonly view: 'missing'; readonly hash: string };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '');
  if (path === '' || path === '/') return { view: 'search', search: EMPTY_SEARCH };
  const [pathname = '', query = ''] = splitOnce(path, '?');
  if (pathname === '/search') return { view: 'search', search: parseSearch(new URLSearchParams(query)) };
  const doc = /^\/doc\/(.+)$/.exec(pathname);
  if (doc?.[1]) {
    try {
      return { view: 'document', id: decodeURIComponent(doc[1]) };
    } catch {
      // A malformed escape is a broken link, not a crash.
    }
  }
  return { view: 'missing', hash };
}

export function searchHash(state: SearchState): string {
  const query = searchParams(state).toString();
  return query === '' ? '#/' : `#/search?${query}`;
}

export function documentHash(id: string): string {
  return `#/doc/${encodeURIComponent(id)}`;
}

function splitOnce(value: string, separator: string): [string, string] {
  const at = value.indexOf(separator);
  return at < 0 ? [value, ''] : [value.slice(0, at), value.slice(at + 1)];
}
