// The filters in force, as removable chips above the results. On a phone the
// facet panel is folded away, so this is where a user sees and undoes filters.
import { h } from './dom.js';
import { displayName } from './entity-names.js';
import { formatDate, kindLabel } from './format.js';
import { searchHash } from './router.js';
import {
  LIST_FILTERS,
  NO_FILTERS,
  hasFilters,
  isEntityFilter,
  selectedYear,
  toggleValue,
  withChanges,
  type ListFilter,
  type SearchState,
} from './search-state.js';

const NAMES: Readonly<Record<ListFilter, string>> = {
  source: 'Source',
  kind: 'Kind',
  minister: 'Minister',
  portfolio: 'Portfolio',
  person: 'Person',
  org: 'Organisation',
  place: 'Place',
};

/** How a filter value reads: kinds by label, entity ids by name. */
function valueLabel(filter: ListFilter, value: string): string {
  if (filter === 'kind') return kindLabel(value);
  return isEntityFilter(filter) ? displayName(value) : value;
}

export function activeFilters(state: SearchState): HTMLElement | null {
  if (!hasFilters(state)) return null;
  const chips: HTMLElement[] = [];
  for (const filter of LIST_FILTERS) {
    for (const value of state[filter]) {
      chips.push(chip(`${NAMES[filter]}: ${valueLabel(filter, value)}`, toggleValue(state, filter, value), `${filter}:${value}`));
    }
  }
  const year = selectedYear(state);
  if (year) chips.push(chip(`Year: ${year}`, withChanges(state, { from: '', to: '' })));
  else {
    if (state.from) chips.push(chip(`From ${formatDate(state.from)}`, withChanges(state, { from: '' })));
    if (state.to) chips.push(chip(`To ${formatDate(state.to)}`, withChanges(state, { to: '' })));
  }
  const cleared = withChanges(state, NO_FILTERS);
  return h(
    'ul',
    { class: 'chips', 'aria-label': 'Active filters' },
    chips.map((c) => h('li', null, c)),
    chips.length > 1 ? h('li', null, h('a', { class: 'chip-clear', href: searchHash(cleared) }, 'Clear all')) : null,
  );
}

function chip(label: string, without: SearchState, key?: string): HTMLElement {
  return h(
    'a',
    { class: 'chip', href: searchHash(without), 'aria-label': `Remove filter ${label}`, 'data-filter': key },
    label,
    h('span', { class: 'chip-x', 'aria-hidden': 'true' }, '×'),
  );
}
