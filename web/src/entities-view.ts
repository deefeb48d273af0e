// The entities index: every person, organisation and place the documents
// name, with how often and when, and (for people) the latest office seen.
// Built once and updated per route, like the search page, so the name box
// keeps focus while the list changes under it.
import type { Api } from './api.js';
import type { EntitySummary } from './api-types.js';
import { h, replace } from './dom.js';
import { rememberName } from './entity-names.js';
import { ENTITY_PAGE_SIZE, ENTITY_TYPES, entityListApiParams, latestRole, roleLabel, type EntityListState } from './entity-state.js';
import { entityTypeLabel, formatCount, formatDate, plural } from './format.js';
import { createListLoader } from './list-loader.js';
import { pager } from './pager.js';
import { entitiesHash, entityHash } from './router.js';

export interface EntitiesView {
  readonly element: HTMLElement;
  show(state: EntityListState): Promise<void>;
}

export function createEntitiesView(api: Api, navigate: (state: EntityListState) => void): EntitiesView {
  let current: EntityListState | null = null;

  const input = h('input', {
    id: 'entity-q',
    name: 'search',
    type: 'search',
    autocomplete: 'off',
    spellcheck: 'false',
    placeholder: 'Find a person, organisation or place',
    'data-testid': 'entities-search',
  });
  const form = h(
    'form',
    { class: 'search-form', role: 'search' },
    h('label', { for: 'entity-q', class: 'visually-hidden' }, 'Name'),
    h('div', { class: 'search-row' }, input, h('button', { type: 'submit', class: 'primary' }, 'Find')),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (current) navigate({ ...current, search: input.value.trim(), offset: 0 });
  });
  const tabs = h('nav', { class: 'type-tabs', 'aria-label': 'Entity type' });
  const totalSlot = h('div', { class: 'total-slot', 'aria-live': 'polite' });
  const status = h('div', { class: 'status' });
  const table = h('div', { class: 'entities-table-slot' });
  const pagerSlot = h('div', { class: 'pager-slot' });
  const listPane = h('section', { class: 'entities-pane', 'aria-label': 'Entities' }, h('div', { class: 'results-bar' }, totalSlot, tabs), status, table, pagerSlot);
  const element = h('div', { class: 'entities-view' }, h('h1', { class: 'page-title' }, 'Entities'), form, listPane);
  const load = createListLoader({ pane: listPane, total: totalSlot, status, table, pager: pagerSlot }, 'Could not list entities. ');

  function syncControls(state: EntityListState): void {
    if (input.value.trim() !== state.search.trim()) input.value = state.search;
    const tab = (type: EntityListState['type'], label: string) =>
      h(
        'a',
        { class: 'type-tab', href: entitiesHash({ ...state, type, offset: 0 }), 'aria-current': state.type === type ? 'page' : null, 'data-testid': `entities-type-${type || 'all'}` },
        label,
      );
    replace(tabs, tab('', 'All'), ENTITY_TYPES.map((type) => tab(type, entityTypeLabel(type, true))));
    document.title = 'Entities · Parley';
  }

  async function show(state: EntityListState): Promise<void> {
    current = state;
    syncControls(state);
    await load(() => api.entities(entityListApiParams(state)), (page) => {
      for (const entity of page.results) rememberName(entity.id, entity.name);
      const what = state.type ? entityTypeLabel(state.type, true).toLowerCase() : 'entities';
      const one = state.type ? entityTypeLabel(state.type).toLowerCase() : 'entity';
      const first = page.results.length > 0 ? state.offset + 1 : 0;
      const range = page.total > page.results.length && page.results.length > 0 ? ` · ${formatCount(first)}–${formatCount(state.offset + page.results.length)} shown` : '';
      replace(
        totalSlot,
        h('p', { class: 'total', 'data-testid': 'entities-total', 'data-total': page.total }, h('strong', null, page.total === 1 ? `1 ${one}` : `${formatCount(page.total)} ${what}`), state.search.trim() ? ` matching “${state.search.trim()}”` : '', range),
      );
      replace(status, page.results.length === 0 ? emptyState(state, page.total) : null);
      replace(table, page.results.length > 0 ? entitiesTable(page.results, state.type === '') : null);
      replace(pagerSlot, pager(page.total, state.offset, ENTITY_PAGE_SIZE, (offset) => entitiesHash({ ...state, offset }), 'Entity pages'));
    });
  }

  return { element, show };
}

function emptyState(state: EntityListState, total: number): HTMLElement {
  if (total > 0) return h('p', { class: 'empty' }, 'No more entities. ', h('a', { href: entitiesHash({ ...state, offset: 0 }) }, 'Back to the first page'));
  if (state.search.trim() || state.type) {
    return h('p', { class: 'empty' }, h('strong', null, 'Nothing matches. '), 'Try part of a name, or ', h('a', { href: entitiesHash() }, 'every type'), '.');
  }
  return h('p', { class: 'empty' }, 'No entities yet. They appear once documents are ingested with entity extraction.');
}

function entitiesTable(entities: readonly EntitySummary[], showType: boolean): HTMLElement {
  const column = (label: string, cls?: string) => h('th', { scope: 'col', class: cls }, label);
  return h(
    'table',
    { class: 'data-table entities-table', 'data-testid': 'entities-table' },
    h(
      'thead',
      null,
      h(
        'tr',
        null,
        column('Name'),
        showType ? column('Type') : null,
        column('Mentions', 'num'),
        column('Documents', 'num'),
        column('First seen'),
        column('Last seen'),
        column('Latest role'),
      ),
    ),
    h(
      'tbody',
      null,
      entities.map((entity) => {
        const role = latestRole(entity.roles ?? []);
        const date = (iso: string | null) => (iso ? h('time', { datetime: iso }, formatDate(iso)) : h('span', { class: 'unknown' }, 'Unknown'));
        return h(
          'tr',
          { 'data-testid': 'entity-row', 'data-entity-id': entity.id },
          h('th', { scope: 'row', class: 'entity-cell' }, h('a', { class: `entity-key entity-${entity.type}`, href: entityHash(entity.id) }, entity.name)),
          showType ? h('td', { 'data-label': 'Type' }, entityTypeLabel(entity.type)) : null,
          h('td', { class: 'num', 'data-label': 'Mentions', title: plural(entity.mentions, 'mention') }, formatCount(entity.mentions)),
          h('td', { class: 'num', 'data-label': 'Documents' }, formatCount(entity.documents)),
          h('td', { 'data-label': 'First seen' }, date(entity.firstSeen)),
          h('td', { 'data-label': 'Last seen' }, date(entity.lastSeen)),
          h('td', { class: 'role-cell', 'data-label': 'Latest role' }, role ? roleLabel(role) : h('span', { class: 'muted' }, '–')),
        );
      }),
    ),
  );
}
