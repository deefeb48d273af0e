// The search page: box, filters, results. Built once and updated on every
// search route, so typing focus and scroll survive a change of filter.
import { ApiError, type Api } from './api.js';
import type { FacetGroup } from './api-types.js';
import { activeFilters } from './active-filters.js';
import { h, replace } from './dom.js';
import { nameOf, resolveNames } from './entity-names.js';
import { loadFacets, renderFacets } from './facets.js';
import { clearQueryError, showQueryError } from './query-error.js';
import { emptyState, pager, resultItem, totalLine } from './results.js';
import { ENTITY_FILTERS, apiParams, effectiveSort, withChanges, type SearchState } from './search-state.js';

export interface SearchView {
  readonly element: HTMLElement;
  /** Shows `state`; resolves once results are on the page (or failed). */
  show(state: SearchState): Promise<void>;
}

/** Below this width the filters fold into a disclosure above the results. */
const NARROW = '(max-width: 760px)';
/** Only a slow search shows "Searching…", so fast ones do not flicker. */
const LOADING_DELAY_MS = 200;

function hintItem(example: string, meaning: string): HTMLElement {
  return h('span', { class: 'hint-item' }, h('code', null, example), ' ', meaning);
}

export function createSearchView(api: Api, navigate: (state: SearchState) => void): SearchView {
  let current: SearchState | null = null;
  let sequence = 0;
  let focusTotalAfterLoad = false;
  const expanded = new Set<FacetGroup>();

  const input = h('input', {
    id: 'q',
    name: 'q',
    type: 'search',
    autocomplete: 'off',
    spellcheck: 'false',
    placeholder: 'Search press releases and news',
    'aria-describedby': 'search-error syntax-hint',
    'data-testid': 'search-input',
  });
  const errorBox = h('div', { id: 'search-error', class: 'search-error', role: 'alert', 'data-testid': 'search-error', hidden: true });
  const form = h(
    'form',
    { class: 'search-form', role: 'search' },
    h('label', { for: 'q', class: 'visually-hidden' }, 'Search query'),
    h('div', { class: 'search-row' }, input, h('button', { type: 'submit', class: 'primary' }, 'Search')),
    errorBox,
    h(
      'p',
      { id: 'syntax-hint', class: 'hint' },
      h('span', { class: 'visually-hidden' }, 'Query syntax: '),
      hintItem('"exact phrase"', 'phrase'),
      hintItem('minist*', 'prefix'),
      hintItem('trade OR tariffs', 'either'),
      hintItem('-China', 'exclude'),
      hintItem('title:NATO', 'in titles'),
    ),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (current) navigate(withChanges(current, { q: input.value.trim() }));
  });

  const from = h('input', { type: 'date', id: 'from', name: 'from', 'data-testid': 'date-from' });
  const to = h('input', { type: 'date', id: 'to', name: 'to', 'data-testid': 'date-to' });
  for (const [control, key] of [[from, 'from'], [to, 'to']] as const) {
    control.addEventListener('change', () => {
      if (current && control.validity.valid) navigate(withChanges(current, { [key]: control.value }));
    });
  }
  const facetBox = h('div', { class: 'facets' });
  const filters = h(
    'details',
    { class: 'filters', open: !matchMedia(NARROW).matches },
    h('summary', null, 'Filters'),
    h(
      'aside',
      { class: 'filters-body', 'aria-label': 'Filters' },
      h(
        'fieldset',
        { class: 'facet dates' },
        h('legend', null, 'Published'),
        h('div', { class: 'date-row' }, h('label', { for: 'from' }, 'From'), from),
        h('div', { class: 'date-row' }, h('label', { for: 'to' }, 'To'), to),
      ),
      facetBox,
    ),
  );
  // Open on wide screens, folded on narrow ones, following the window as it resizes.
  matchMedia(NARROW).addEventListener('change', (event) => {
    filters.open = !event.matches;
  });

  const sortOptions = {
    relevance: h('option', { value: 'relevance' }, 'Best match'),
    date: h('option', { value: 'date' }, 'Newest first'),
  };
  const sort = h('select', { id: 'sort', 'data-testid': 'sort' }, sortOptions.relevance, sortOptions.date);
  sort.addEventListener('change', () => {
    if (current) navigate(withChanges(current, { sort: sort.value === 'date' ? 'date' : 'relevance' }));
  });
  const totalSlot = h('div', { class: 'total-slot', 'aria-live': 'polite' });
  const chipsSlot = h('div', { class: 'chips-slot' });
  const status = h('div', { class: 'status' });
  const list = h('ol', { class: 'results', 'data-testid': 'results' });
  const pagerSlot = h('div', { class: 'pager-slot' });
  pagerSlot.addEventListener('click', (event) => {
    if (event.target instanceof HTMLAnchorElement) focusTotalAfterLoad = true;
  });

  const resultsPane = h(
    'section',
    { class: 'results-pane', id: 'results', 'aria-label': 'Results' },
    h('div', { class: 'results-bar' }, totalSlot, h('label', { class: 'sort' }, 'Sort ', sort)),
    chipsSlot,
    status,
    list,
    pagerSlot,
  );
  const element = h(
    'div',
    { class: 'search-view' },
    h('h1', { class: 'visually-hidden' }, 'Search'),
    form,
    h('div', { class: 'search-layout' }, filters, resultsPane),
  );

  function syncControls(state: SearchState): void {
    if (input.value.trim() !== state.q) input.value = state.q;
    from.value = state.from;
    to.value = state.to;
    const browsing = state.q.trim() === '';
    // Relevance needs words to rank by.
    sortOptions.relevance.disabled = browsing;
    sort.value = effectiveSort(state);
    replace(chipsSlot, activeFilters(state));
    document.title = browsing ? 'Parley' : `${state.q} · Parley`;
  }

  function showFailure(error: unknown, state: SearchState): void {
    replace(totalSlot);
    replace(list);
    replace(pagerSlot);
    if (error instanceof ApiError && error.code === 'query-syntax') {
      showQueryError(errorBox, state.q, error.message, error.position);
      input.setAttribute('aria-invalid', 'true');
      if (document.activeElement === input && error.position !== null) input.setSelectionRange(error.position, error.position);
      replace(status, h('p', { class: 'empty' }, 'Fix the query above to see results.'));
      return;
    }
    const message = error instanceof Error ? error.message : String(error);
    replace(status, h('p', { class: 'failure', role: 'alert' }, h('strong', null, 'Search failed. '), message));
  }

  /**
   * The filter chips, again once the facets have named the entity ids among
   * them; an id they leave out (say, from a pasted link) is looked up on its own.
   */
  function showChips(state: SearchState, mine: number): void {
    replace(chipsSlot, activeFilters(state));
    const unnamed = ENTITY_FILTERS.flatMap((filter) => state[filter]).filter((id) => nameOf(id) === undefined);
    if (unnamed.length === 0) return;
    void resolveNames(api, unnamed).then(() => {
      if (mine === sequence) replace(chipsSlot, activeFilters(state));
    });
  }

  async function show(state: SearchState): Promise<void> {
    current = state;
    syncControls(state);
    const mine = ++sequence;
    resultsPane.setAttribute('aria-busy', 'true');
    const slow = setTimeout(() => {
      if (mine === sequence) replace(status, h('p', { class: 'loading' }, 'Searching…'));
    }, LOADING_DELAY_MS);
    const [page, facets] = await Promise.allSettled([api.search(apiParams(state)), loadFacets(api, state)]);
    clearTimeout(slow);
    if (mine !== sequence) return; // a newer search owns the page now
    resultsPane.removeAttribute('aria-busy');

    if (facets.status === 'fulfilled') renderFacets(facetBox, facets.value, state, navigate, expanded);
    else replace(facetBox);
    showChips(state, mine);
    if (page.status === 'rejected') {
      showFailure(page.reason, state);
      return;
    }
    clearQueryError(errorBox);
    input.removeAttribute('aria-invalid');
    const { total, results } = page.value;
    replace(totalSlot, totalLine(page.value, state));
    replace(status, results.length === 0 ? emptyState(state, total) : null);
    replace(list, results.map(resultItem));
    replace(pagerSlot, pager(total, state));
    if (focusTotalAfterLoad) {
      focusTotalAfterLoad = false;
      resultsPane.scrollIntoView({ block: 'start' });
      totalSlot.querySelector<HTMLElement>('.total')?.focus({ preventScroll: true });
    }
  }

  return { element, show };
}
