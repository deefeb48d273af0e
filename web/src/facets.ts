// Facet counts beside the results. Within a group the values mean "any of", so
// a group with a selection is counted as if its own selection were not made
// (disjunctive faceting): ticking one source still shows the others to add.
import type { Api } from './api.js';
import type { FacetGroup, Facets, FacetValue } from './api-types.js';
import { h, replace } from './dom.js';
import { displayName, rememberName } from './entity-names.js';
import { formatCount, kindLabel } from './format.js';
import { searchHash } from './router.js';
import {
  ENTITY_FILTERS,
  LIST_FILTERS,
  isEntityFilter,
  searchParams,
  selectedYear,
  toggleValue,
  withChanges,
  yearRange,
  type ListFilter,
  type SearchState,
} from './search-state.js';

const LABELS: Readonly<Record<FacetGroup, string>> = {
  source: 'Source',
  kind: 'Kind',
  year: 'Year',
  minister: 'Minister',
  portfolio: 'Portfolio',
  person: 'People',
  org: 'Organisations',
  place: 'Places',
};
const ORDER: readonly FacetGroup[] = ['kind', 'source', 'year', 'minister', 'portfolio', 'person', 'org', 'place'];
/** Long lists (ministers, portfolios, people …) are cut here until the user asks for all. */
const SHOWN = 8;

function facetParams(state: SearchState): URLSearchParams {
  return searchParams({ ...state, sort: null, offset: 0 });
}

export async function loadFacets(api: Api, state: SearchState): Promise<Facets> {
  const own: Partial<Record<FacetGroup, Promise<Facets>>> = {};
  for (const name of LIST_FILTERS) {
    if (state[name].length > 0) own[name] = api.facets(facetParams({ ...state, [name]: [] }));
  }
  if (selectedYear(state)) own.year = api.facets(facetParams({ ...state, from: '', to: '' }));
  const [base, ...rest] = await Promise.all([api.facets(facetParams(state)), ...Object.values(own)]);
  const groups = Object.keys(own) as FacetGroup[];
  const combined: Partial<Record<FacetGroup, readonly FacetValue[]>> = { ...base };
  groups.forEach((group, i) => {
    const counts = rest[i];
    if (counts) combined[group] = counts[group];
  });
  // Entity values are ids; their labels name them wherever the id is shown.
  for (const group of ENTITY_FILTERS) for (const v of combined[group] ?? []) rememberName(v.value, v.label);
  return combined;
}

export type Navigate = (state: SearchState) => void;

/** Renders the facet groups into `container`; `expanded` remembers which groups show every value. */
export function renderFacets(
  container: HTMLElement,
  facets: Facets,
  state: SearchState,
  navigate: Navigate,
  expanded: Set<FacetGroup>,
): void {
  // Re-rendering replaces the inputs; keep keyboard focus on the same control.
  const focused = document.activeElement;
  const focusKey = focused instanceof HTMLElement && container.contains(focused) ? focused.dataset['focusKey'] : undefined;
  const rerender = () => renderFacets(container, facets, state, navigate, expanded);
  const groups = ORDER
    // A server without entity extraction sends no entity groups; offer none rather than empty ones.
    .filter((group) => !isEntityFilter(group) || facets[group] !== undefined)
    .map((group) => (group === 'year' ? yearGroup(facets.year, state) : listGroup(group, facets[group], state, navigate, expanded, rerender)));
  replace(container, groups);
  if (focusKey) {
    for (const element of container.querySelectorAll<HTMLElement>('[data-focus-key]')) {
      if (element.dataset['focusKey'] === focusKey) element.focus();
    }
  }
}

function cleanValues(values: readonly FacetValue[] | undefined): FacetValue[] {
  // Unknown values (null or empty) cannot be filtered on, so they are not offered.
  return (values ?? []).filter((v) => typeof v.value === 'string' && v.value !== '');
}

function listGroup(
  group: ListFilter,
  raw: readonly FacetValue[] | undefined,
  state: SearchState,
  navigate: Navigate,
  expanded: Set<FacetGroup>,
  rerender: () => void,
): HTMLElement {
  const selected = state[group];
  const values = cleanValues(raw);
  // A selected value with no matches must stay visible, or it could not be unticked.
  for (const value of selected) if (!values.some((v) => v.value === value)) values.push({ value, count: 0 });
  const open = expanded.has(group);
  const shown = open ? values : values.filter((v, i) => i < SHOWN || selected.includes(v.value));
  const items = shown.map((facet) => {
    const input = h('input', {
      type: 'checkbox',
      value: facet.value,
      checked: selected.includes(facet.value),
      'data-focus-key': `${group}:${facet.value}`,
    });
    input.addEventListener('change', () => navigate(toggleValue(state, group, facet.value)));
    const label = group === 'kind' ? kindLabel(facet.value) : isEntityFilter(group) ? facet.label ?? displayName(facet.value) : facet.value;
    return h(
      'li',
      null,
      h('label', { class: 'facet-option' }, input, h('span', { class: 'facet-value' }, label), h('span', { class: 'count' }, formatCount(facet.count))),
    );
  });
  const hidden = values.length - shown.length;
  let toggle: HTMLButtonElement | null = null;
  if (hidden > 0 || open) {
    toggle = h('button', { type: 'button', class: 'link-button', 'aria-expanded': String(open), 'data-focus-key': `${group}:more` }, open ? 'Show fewer' : `Show ${hidden} more`);
    toggle.addEventListener('click', () => {
      if (open) expanded.delete(group);
      else expanded.add(group);
      rerender();
    });
  }
  return h(
    'fieldset',
    { class: 'facet', 'data-testid': `facet-${group}` },
    h('legend', null, LABELS[group]),
    items.length > 0 ? h('ul', { class: 'facet-list' }, items) : h('p', { class: 'facet-empty' }, 'None'),
    toggle,
  );
}

function yearGroup(raw: readonly FacetValue[] | undefined, state: SearchState): HTMLElement {
  const current = selectedYear(state);
  const values = cleanValues(raw).sort((a, b) => b.value.localeCompare(a.value));
  const items = values.map((facet) => {
    const active = facet.value === current;
    // Clicking the chosen year again clears the date range.
    const target = withChanges(state, active ? { from: '', to: '' } : yearRange(facet.value));
    return h(
      'li',
      null,
      h(
        'a',
        {
          class: 'facet-option',
          href: searchHash(target),
          'aria-current': active ? 'true' : null,
          title: active ? 'Clear year' : null,
          'data-focus-key': `year:${facet.value}`,
        },
        h('span', { class: 'facet-value' }, facet.value),
        h('span', { class: 'count' }, formatCount(facet.count)),
      ),
    );
  });
  return h(
    'nav',
    { class: 'facet', 'data-testid': 'facet-year', 'aria-labelledby': 'facet-year-label' },
    h('h3', { class: 'legend', id: 'facet-year-label' }, LABELS.year),
    items.length > 0 ? h('ul', { class: 'facet-list years' }, items) : h('p', { class: 'facet-empty' }, 'None'),
  );
}
