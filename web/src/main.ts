// Entry point: wires the hash router to the views and keeps what must survive
// a trip to a document or an entity and back (the list the user came from, its
// scroll position; for a side-by-side pair, the page that opened it).
import { api } from './api.js';
import { h, replace } from './dom.js';
import { formatBytes, plural } from './format.js';
import { showDocument } from './document-view.js';
import { createEntitiesView } from './entities-view.js';
import type { EntityListState } from './entity-state.js';
import { nameOf } from './entity-names.js';
import { createEntityView, type BackLink } from './entity-view.js';
import type { EventListState, NetworkState } from './event-state.js';
import { createEventsView } from './events-view.js';
import { createNetworkView } from './network-view.js';
import { createOfficeView } from './office-view.js';
import { createQuoteClusterView } from './quote-cluster-view.js';
import type { QuoteListState } from './quote-state.js';
import { createQuotesView } from './quotes-view.js';
import { entitiesHash, eventsHash, networkHash, parseRoute, quotesHash, reuseHash, searchHash, shiftsHash, trendsHash, type Route } from './router.js';
import { showReusePair } from './reuse-pair-view.js';
import type { ReuseListState } from './reuse-state.js';
import { createReuseView } from './reuse-view.js';
import { createSearchView } from './search-view.js';
import type { SearchState } from './search-state.js';
import type { ShiftsState } from './shifts-state.js';
import { createShiftsView } from './shifts-view.js';
import type { TrendsState } from './trends-state.js';
import { createTrendsView } from './trends-view.js';

function required(id: string): HTMLElement {
  const element = document.getElementById(id);
  if (!element) throw new Error(`index.html must contain an element with id="${id}"`);
  return element;
}

const main = required('main');
const stats = required('stats');

/** The list (a search or the entities index) that "Back" on a document or entity page returns to. */
let back: BackLink = { hash: '#/', label: 'Back to results' };
/** Where "Back" on an office page goes: the entity page that linked to it, else the list. */
let officeBack: BackLink | null = null;
/** Where "Back" on a side-by-side pair goes: the document or the reuse index that linked to it. */
let pairBack: BackLink = { hash: '#/reuse', label: 'Back to reuse' };
/** Where "Back" on a quote cluster goes: the page that linked to it (a document, the quotes, a person). */
let clusterBack: BackLink = { hash: '#/quotes', label: 'All quotes' };
let currentHash: string | null = null;
const scrollByList = new Map<string, number>();

/** Goes to `hash`; re-submitting the same address fires no hashchange, but the user expects a refresh. */
function go(hash: string): void {
  if (normalise(location.hash) === hash) void render();
  else location.hash = hash;
}

function normalise(hash: string): string {
  return hash === '' || hash === '#' ? '#/' : hash;
}

const isList = (route: Route) =>
  route.view === 'search' || route.view === 'entities' || route.view === 'reuse' || route.view === 'quotes' || route.view === 'events' || route.view === 'network' || route.view === 'trends' || route.view === 'shifts';

const searchView = createSearchView(api, (state: SearchState) => go(searchHash(state)));
const entitiesView = createEntitiesView(api, (state: EntityListState) => go(entitiesHash(state)));
const entityView = createEntityView(api);
const officeView = createOfficeView(api);
const reuseView = createReuseView(api, (state: ReuseListState) => go(reuseHash(state)));
const quotesView = createQuotesView(api, (state: QuoteListState) => go(quotesHash(state)));
const clusterView = createQuoteClusterView(api);
const eventsView = createEventsView(api, (state: EventListState) => go(eventsHash(state)));
const networkView = createNetworkView(api, (state: NetworkState) => go(networkHash(state)));
const trendsView = createTrendsView(api, (state: TrendsState) => go(trendsHash(state)));
const shiftsView = createShiftsView(api, (state: ShiftsState) => go(shiftsHash(state)));
const documentPane = h('div', { class: 'document-view' });
const pairPane = h('div', { class: 'reuse-pair-view' });

/** The header's section links mark where the user is. */
function markSection(route: Route): void {
  const section =
    route.view === 'entities' || route.view === 'entity' || route.view === 'office'
      ? 'entities'
      : route.view === 'reuse' || route.view === 'reuse-pair'
        ? 'reuse'
        : route.view === 'quotes' || route.view === 'quote-cluster'
          ? 'quotes'
          : route.view === 'events'
            ? 'events'
            : route.view === 'network'
              ? 'network'
              : route.view === 'trends'
                ? 'trends'
                : route.view === 'shifts'
                  ? 'shifts'
                  : route.view === 'search'
                    ? 'search'
                    : null;
  for (const link of document.querySelectorAll<HTMLElement>('[data-section]')) {
    if (link.dataset['section'] === section) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
}

const LIST_LABELS = {
  search: 'Back to results',
  entities: 'Back to entities',
  reuse: 'Back to reuse',
  quotes: 'Back to quotes',
  events: 'Back to engagements',
  network: 'Back to the network',
  trends: 'Back to the trends',
  shifts: 'Back to the shifts',
} as const;

/** "Back" to the page `route` shows, in words. */
function backLabel(route: Route): string {
  switch (route.view) {
    case 'search':
    case 'entities':
    case 'reuse':
    case 'quotes':
    case 'events':
    case 'network':
    case 'trends':
    case 'shifts':
      return LIST_LABELS[route.view];
    case 'document':
      return 'Back to document';
    case 'entity':
      return `Back to ${nameOf(route.id) ?? 'the entity'}`;
    case 'quote-cluster':
      return 'Back to the other quote';
    default:
      return 'Back';
  }
}

async function render(): Promise<void> {
  const hash = normalise(location.hash);
  const route = parseRoute(hash);
  const previous = currentHash === null ? null : parseRoute(currentHash);
  const previousHash = currentHash;
  if (currentHash !== null && previous !== null && isList(previous)) scrollByList.set(currentHash, window.scrollY);
  currentHash = hash;
  markSection(route);

  switch (route.view) {
    case 'search':
    case 'entities':
    case 'reuse':
    case 'quotes':
    case 'events':
    case 'network':
    case 'trends':
    case 'shifts': {
      back = { hash, label: LIST_LABELS[route.view] };
      if (route.view === 'search') {
        if (searchView.element.parentElement !== main) replace(main, searchView.element);
        await searchView.show(route.search);
      } else if (route.view === 'quotes') {
        if (quotesView.element.parentElement !== main) replace(main, quotesView.element);
        await quotesView.show(route.list);
      } else if (route.view === 'events') {
        if (eventsView.element.parentElement !== main) replace(main, eventsView.element);
        await eventsView.show(route.list);
      } else if (route.view === 'trends') {
        if (trendsView.element.parentElement !== main) replace(main, trendsView.element);
        await trendsView.show(route.trends);
      } else if (route.view === 'shifts') {
        if (shiftsView.element.parentElement !== main) replace(main, shiftsView.element);
        await shiftsView.show(route.shifts);
      } else if (route.view === 'network') {
        if (networkView.element.parentElement !== main) replace(main, networkView.element);
        await networkView.show(route.network);
      } else if (route.view === 'reuse') {
        pairBack = back;
        if (reuseView.element.parentElement !== main) replace(main, reuseView.element);
        await reuseView.show(route.list);
      } else {
        if (entitiesView.element.parentElement !== main) replace(main, entitiesView.element);
        await entitiesView.show(route.list);
      }
      // Coming back from a document or entity: put the reader where they left the list.
      const scroll = scrollByList.get(hash);
      if (scroll !== undefined && currentHash === hash) window.scrollTo(0, scroll);
      return;
    }
    case 'document':
      pairBack = { hash, label: 'Back to document' };
      replace(main, documentPane);
      await showDocument(documentPane, api, route.id, back.hash, back.label, route.highlight);
      return;
    case 'entity':
      if (entityView.element.parentElement !== main) replace(main, entityView.element);
      await entityView.show(route.id, route.offset, back, previous?.view === 'entity' && previous.id === route.id);
      return;
    case 'office':
      if (previous?.view === 'entity') officeBack = { hash: previousHash ?? '#/', label: `Back to ${nameOf(previous.id) ?? 'the entity'}` };
      // The same address again (a refresh) keeps its way back; any other way here goes back to the list.
      else if (previousHash !== hash) officeBack = null;
      if (officeView.element.parentElement !== main) replace(main, officeView.element);
      await officeView.show(route.title, route.of, officeBack ?? back);
      return;
    case 'quote-cluster':
      // The same address again (a refresh) keeps its way back.
      if (previous !== null && previousHash !== null && previousHash !== hash) clusterBack = { hash: previousHash, label: backLabel(previous) };
      if (clusterView.element.parentElement !== main) replace(main, clusterView.element);
      await clusterView.show(route.id, clusterBack);
      return;
    case 'reuse-pair':
      replace(main, pairPane);
      await showReusePair(pairPane, api, route.source, route.target, pairBack);
      return;
    case 'missing':
      document.title = 'Not found · Parley';
      replace(
        main,
        h('div', { class: 'not-found' }, h('h1', null, 'No such page'), h('p', null, h('a', { href: '#/' }, 'Go to search'))),
      );
  }
}

async function showStats(): Promise<void> {
  try {
    const { documents, bytes } = await api.stats();
    replace(stats, `${plural(documents, 'document')} · ${formatBytes(bytes)}`);
  } catch {
    // The header count is a nicety; the views report real failures.
  }
}

// The skip link must not change the hash: here the hash is the route.
document.querySelector('.skip-link')?.addEventListener('click', (event) => {
  event.preventDefault();
  main.focus();
});

window.addEventListener('hashchange', () => void render());
void render();
void showStats();
