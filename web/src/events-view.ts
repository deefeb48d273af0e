// The timeline: engagements oldest first under a heading per month, undated
// last, filtered the way the API filters (type, status, level, country,
// participant, dates). Built once and updated per route, like the quotes
// page, so focus stays in the form while the list changes; the form's fields
// are the address's.
import type { Api } from './api.js';
import { EVENT_LEVELS, EVENT_STATUSES, EVENT_TYPES, type Engagement, type EventPage } from './api-types.js';
import { h, replace } from './dom.js';
import { displayName, nameOf, rememberName, resolveNames } from './entity-names.js';
import { choiceGroup } from './event-form.js';
import { eventItem } from './event-item.js';
import {
  EMPTY_EVENT_LIST,
  EVENT_PAGE_SIZE,
  activeEventFilters,
  eventApiParams,
  eventLevelLabel,
  eventStatusLabel,
  eventTypeLabel,
  groupByMonth,
  hasEventFilters,
  withEventChanges,
  type EventListState,
} from './event-state.js';
import { formatCount, plural } from './format.js';
import { createListLoader } from './list-loader.js';
import { pager } from './pager.js';
import { eventsHash, networkHash } from './router.js';

/** With `match=all` the API's any-of answer is narrowed here; this many engagements are read at most. */

export interface EventsView {
  readonly element: HTMLElement;
  show(state: EventListState): Promise<void>;
}

const isEntityId = (value: string) => /^[a-z]+:\S+$/.test(value);
const participantName = (value: string) => (isEntityId(value) ? displayName(value) : value);

export function createEventsView(api: Api, navigate: (state: EventListState) => void): EventsView {
  let current: EventListState = EMPTY_EVENT_LIST;

  const field = (name: string, label: string, attrs: Record<string, string> = {}) => {
    const input = h('input', { id: `events-${name}`, name, type: 'text', autocomplete: 'off', spellcheck: 'false', 'data-testid': `events-${name}`, ...attrs });
    return { input, row: h('div', { class: `quotes-field events-field-${name}` }, h('label', { for: `events-${name}` }, label), input) };
  };
  const participant = field('participant', 'Participant', { placeholder: 'Name or id, e.g. Winston Peters' });
  const country = field('country', 'Country', { placeholder: 'e.g. United States' });
  const from = field('from', 'From', { type: 'date' });
  const to = field('to', 'To', { type: 'date' });
  const levels = choiceGroup('events', 'level', 'Level', EVENT_LEVELS, eventLevelLabel);
  const types = choiceGroup('events', 'type', 'Type', EVENT_TYPES, eventTypeLabel);
  const statuses = choiceGroup('events', 'status', 'Status', EVENT_STATUSES, eventStatusLabel);
  const allBox = h('input', { type: 'checkbox', id: 'events-match-all', name: 'match', value: 'all', 'data-testid': 'events-match-all' });
  const allRow = h('p', { class: 'events-match', hidden: true }, h('label', { for: allBox.id }, allBox, ' Only engagements with all of them together'));
  const form = h(
    'form',
    { class: 'quotes-form events-form', 'aria-label': 'Filter engagements', 'data-testid': 'events-form' },
    h('div', { class: 'quotes-fields' }, participant.row, country.row, from.row, to.row),
    levels.fieldset,
    types.fieldset,
    statuses.fieldset,
    allRow,
    h('p', { class: 'quotes-actions' }, h('button', { type: 'submit', class: 'primary', 'data-testid': 'events-apply' }, 'Show engagements'), ' ', h('a', { href: eventsHash(), class: 'quotes-reset' }, 'Clear')),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    navigate(fromForm());
  });
  // A box or a date applies at once, as on the quotes page; text waits for Enter or the button.
  for (const control of [from.input, to.input, allBox, ...[levels, types, statuses].flatMap((g) => g.boxes.map((b) => b.box))]) {
    control.addEventListener('change', () => {
      if (control.validity.valid) navigate(fromForm());
    });
  }

  /** The form as a state. Each text box holds the first value; others from the address are kept. */
  function fromForm(): EventListState {
    const firstOf = (typed: string, values: readonly string[]) => {
      const rest = values.slice(1);
      return typed ? [typed, ...rest.filter((v) => v !== typed)] : rest;
    };
    const typedParticipant = participant.input.value.trim();
    const first = current.participant[0];
    // The box shows an id's name; unchanged, it still means the id.
    const participantValue = first && isEntityId(first) && typedParticipant === participantName(first) ? first : typedParticipant;
    return withEventChanges(current, {
      participant: firstOf(participantValue, current.participant),
      country: firstOf(country.input.value.trim(), current.country),
      from: from.input.value,
      to: to.input.value,
      level: levels.checked(),
      type: types.checked(),
      status: statuses.checked(),
      match: allBox.checked ? 'all' : 'any',
    });
  }

  const totalSlot = h('div', { class: 'total-slot', 'aria-live': 'polite' });
  const chipsSlot = h('div', { class: 'chips-slot' });
  const status = h('div', { class: 'status' });
  const list = h('div', { class: 'event-months', 'data-testid': 'events-list' });
  const pagerSlot = h('div', { class: 'pager-slot' });
  const networkLink = h('a', { href: networkHash(), 'data-testid': 'events-network-link' }, 'See who met whom →');
  const pane = h('section', { class: 'quotes-pane', 'aria-label': 'Engagements' }, h('div', { class: 'results-bar' }, totalSlot, networkLink), chipsSlot, status, list, pagerSlot);
  const element = h(
    'div',
    { class: 'quotes-view events-view' },
    h('h1', { class: 'page-title' }, 'Engagements'),
    h('p', { class: 'muted quotes-intro' }, 'Meetings, visits, calls, talks, summits and signings, oldest first, each with the reports that say so. Undated ones come last.'),
    form,
    pane,
  );
  const load = createListLoader({ pane, total: totalSlot, status, table: list, pager: pagerSlot }, 'Could not list engagements. ');

  function syncControls(state: EventListState): void {
    participant.input.value = participantName(state.participant[0] ?? '');
    country.input.value = state.country[0] ?? '';
    from.input.value = state.from;
    to.input.value = state.to;
    levels.set(state.level);
    types.set(state.type);
    statuses.set(state.status);
    allBox.checked = state.match === 'all';
    allRow.hidden = state.participant.length < 2 && state.country.length < 2;
    replace(chipsSlot, chips(state));
    networkLink.setAttribute('href', networkHash({ ...state, by: state.country.length > 0 && state.participant.length === 0 ? 'country' : 'person' }));
    const who = state.participant.map(participantName).join(' and ');
    document.title = who ? `Engagements: ${who} · Parley` : 'Engagements · Parley';
  }

  function chips(state: EventListState): HTMLElement | null {
    const active = activeEventFilters(state, participantName);
    if (active.length === 0) return null;
    return h(
      'ul',
      { class: 'chips', 'aria-label': 'Active filters' },
      active.map(({ label, without }) =>
        h('li', null, h('a', { class: 'chip', href: eventsHash(without), 'aria-label': `Remove filter ${label}` }, label, h('span', { class: 'chip-x', 'aria-hidden': 'true' }, '×'))),
      ),
      active.length > 1 ? h('li', null, h('a', { class: 'chip-clear', href: eventsHash() }, 'Clear all')) : null,
    );
  }

  function render(page: EventPage, state: EventListState): void {
    for (const e of page.results) for (const p of e.participants) rememberName(p.id ?? undefined, p.name);
    replace(chipsSlot, chips(state));
    if (document.activeElement !== participant.input) participant.input.value = participantName(state.participant[0] ?? '');
    const first = page.results.length > 0 ? state.offset + 1 : 0;
    const range = page.total > page.results.length && page.results.length > 0 ? ` · ${formatCount(first)}–${formatCount(state.offset + page.results.length)} shown` : '';
    replace(totalSlot, h('p', { class: 'total', 'data-testid': 'events-total', 'data-total': page.total }, h('strong', null, plural(page.total, 'engagement')), page.total > 1 ? ', oldest first' : '', range));
    replace(status, page.results.length === 0 ? emptyState(state, page.total) : null);
    replace(
      list,
      groupByMonth(page.results).map((month, i) =>
        h(
          'section',
          { class: 'event-month', 'aria-labelledby': `event-month-${i}`, 'data-testid': 'event-month', 'data-month': month.key },
          h('h2', { id: `event-month-${i}`, class: 'event-month-heading' }, month.label),
          h('ol', { class: 'event-list' }, month.items.map((e) => eventItem(e))),
        ),
      ),
    );
    replace(pagerSlot, pager(page.total, state.offset, EVENT_PAGE_SIZE, (offset) => eventsHash({ ...state, offset }), 'Engagement pages'));
  }

  async function show(state: EventListState): Promise<void> {
    current = state;
    syncControls(state);
    const unnamed = state.participant.filter((p) => isEntityId(p) && nameOf(p) === undefined);
    // A pasted link names people by id; the box and the chips read better with names.
    if (unnamed.length > 0) void resolveNames(api, unnamed).then(() => current === state && syncControls(state));
    await load(
      () => api.events(eventApiParams(state, EVENT_PAGE_SIZE, state.offset)),
      (page) => render(page, state),
    );
  }

  return { element, show };
}

function emptyState(state: EventListState, total: number): HTMLElement {
  if (total > 0) return h('p', { class: 'empty', 'data-testid': 'events-empty' }, 'No more engagements. ', h('a', { href: eventsHash({ ...state, offset: 0 }) }, 'Back to the first page'));
  if (!hasEventFilters(state)) return h('p', { class: 'empty', 'data-testid': 'events-empty' }, 'No engagements yet. They are found when documents are ingested.');
  return h(
    'div',
    { class: 'empty', 'data-testid': 'events-empty' },
    h('p', null, h('strong', null, 'No engagement matches these filters.')),
    h('p', null, 'Remove a filter above, or ', h('a', { href: eventsHash() }, 'see every engagement'), '.'),
  );
}
