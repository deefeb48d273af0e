// The results list, its total and its pager. Every field is set as text except
// the snippet, which the server escapes and marks up with <mark>.
import type { SearchHit, SearchPage } from './api-types.js';
import { h, setServerHtml } from './dom.js';
import { formatCount, formatDate, kindLabel, plural } from './format.js';
import { pager as pageLinks } from './pager.js';
import { documentHash, searchHash } from './router.js';
import { NO_FILTERS, PAGE_SIZE, effectiveSort, hasFilters, withChanges, type SearchState } from './search-state.js';

export function resultItem(hit: SearchHit): HTMLElement {
  const html = typeof hit.snippet === 'string' ? hit.snippet.trim() : '';
  const snippet = h('p', { class: 'snippet' });
  setServerHtml(snippet, html);
  return h(
    'li',
    { class: 'result', 'data-testid': 'result' },
    h(
      'h2',
      { class: 'result-title' },
      h('a', { href: documentHash(hit.id) }, hit.title ?? h('span', { class: 'untitled' }, 'Untitled document')),
    ),
    h(
      'p',
      { class: 'result-meta' },
      h('span', { class: `badge kind-${hit.kind}` }, kindLabel(hit.kind)),
      hit.published ? h('time', { datetime: hit.published }, formatDate(hit.published)) : h('span', { class: 'unknown' }, 'Date unknown'),
      hit.source ? h('span', { class: 'source' }, hit.source) : null,
    ),
    html !== '' ? snippet : null,
  );
}

/** "57 documents, newest first" / "12 results for …"; the raw number is in data-total for scripts. */
export function totalLine(page: SearchPage, state: SearchState): HTMLElement {
  const browsing = state.q.trim() === '';
  const what = browsing ? plural(page.total, 'document') : plural(page.total, 'result');
  const first = page.results.length > 0 ? state.offset + 1 : 0;
  const last = state.offset + page.results.length;
  const range = page.total > page.results.length && page.results.length > 0 ? ` · ${formatCount(first)}–${formatCount(last)} shown` : '';
  const order = effectiveSort(state) === 'date' ? ', newest first' : ', best match first';
  return h(
    'p',
    { class: 'total', 'data-testid': 'total', 'data-total': page.total, tabindex: '-1' },
    h('strong', null, what),
    page.total > 1 ? order : '',
    range,
  );
}

export function emptyState(state: SearchState, total: number): HTMLElement {
  if (total > 0) {
    // Paged past the end, e.g. from an old link.
    return h('p', { class: 'empty' }, 'No more results. ', h('a', { href: searchHash(withChanges(state, {})) }, 'Back to the first page'));
  }
  if (state.q.trim() === '' && !hasFilters(state)) {
    return h('p', { class: 'empty' }, 'No documents yet. Add some with ', h('code', null, 'parley ingest PATH'), '.');
  }
  const cleared = withChanges(state, NO_FILTERS);
  return h(
    'div',
    { class: 'empty' },
    h('p', null, h('strong', null, 'Nothing matches.')),
    h(
      'p',
      null,
      hasFilters(state)
        ? ['Try ', h('a', { href: searchHash(cleared) }, 'the same query without filters'), ', fewer words, or a prefix such as ', h('code', null, 'minist*'), '.']
        : ['Try fewer words, ', h('code', null, 'OR'), ' between alternatives, or a prefix such as ', h('code', null, 'minist*'), '.'],
    ),
  );
}

export function pager(total: number, state: SearchState): HTMLElement | null {
  return pageLinks(total, state.offset, PAGE_SIZE, (offset) => searchHash({ ...state, offset }));
}
