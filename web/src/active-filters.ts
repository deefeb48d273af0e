// The filters in force, as removable chips above the results. On a phone the
// facet panel is folded away, so this is where a user sees and undoes filters.
import { h } from './dom.js';
import { formatDate, kindLabel } from './format.js';
import { searchHash } from './router.js';
import { LIST_FILTERS, hasFilters, selectedYear, toggleValue, withChanges, type SearchState } from './search-state.js';

const NAMES = { source: 'Source', kind: 'Kind', minister: 'Minister', portfolio: 'Portfolio' } as const;

export function activeFilters(state: SearchState): HTMLElement | null {
  if (!hasFilters(state)) return null;
  const chips: HTMLElement[] = [];
  for (const filter of LIST_FILTERS) {
    for (const value of state[filter]) {
      const label = filter === 'kind' ? kindLabel(value) : value;
      chips.push(chip(`${NAMES[filter]}: ${label}`, toggleValue(state, filter, value)));
    }
  }
  const year = selectedYear(state);
  if (year) chips.push(chip(`Year: ${year}`, withChanges(state, { from: '', to: '' })));
  else {
    if (state.from) chips.push(chip(`From ${formatDate(state.from)}`, withChanges(state, { from: '' })));
    if (state.to) chips.push(chip(`To ${formatDate(state.to)}`, withChanges(state, { to: '' })));
  }
  const cleared = withChanges(state, { source: [], kind: [], minister: [], portfolio: [], from: '', to: '' });
  return h(
    'ul',
    { class: 'chips', 'aria-label': 'Active filters' },
    chips.map((c) => h('li', null, c)),
    chips.length > 1 ? h('li', null, h('a', { class: 'chip-clear', href: searchHash(cleared) }, 'Clear all')) : null,
  );
}

function chip(label: string, without: SearchState): HTMLElement {
  return h(
    'a',
    { class: 'chip', href: searchHash(without), 'aria-label': `Remove filter ${label}` },
    label,
    h('span', { class: 'chip-x', 'aria-hidden': 'true' }, '×'),
  );
}
