// Entry point: wires the hash router to the two views and keeps what must
// survive a trip to a document and back (the last search, its scroll position).
import { api } from './api.js';
import { h, replace } from './dom.js';
import { formatBytes, plural } from './format.js';
import { showDocument } from './document-view.js';
import { parseRoute, searchHash } from './router.js';
import { createSearchView } from './search-view.js';
import type { SearchState } from './search-state.js';

function required(id: string): HTMLElement {
  const element = document.getElementById(id);
  if (!element) throw new Error(`index.html must contain an element with id="${id}"`);
  return element;
}

const main = required('main');
const stats = required('stats');

let lastSearchHash = '#/';
let currentHash: string | null = null;
const scrollBySearch = new Map<string, number>();

function navigate(state: SearchState): void {
  const hash = searchHash(state);
  // Re-submitting the same search fires no hashchange, but the user expects a refresh.
  if (normalise(location.hash) === hash) void render();
  else location.hash = hash;
}

function normalise(hash: string): string {
  return hash === '' || hash === '#' ? '#/' : hash;
}

const searchView = createSearchView(api, navigate);
const documentPane = h('div', { class: 'document-view' });

async function render(): Promise<void> {
  const hash = normalise(location.hash);
  const route = parseRoute(hash);
  if (currentHash !== null && parseRoute(currentHash).view === 'search') scrollBySearch.set(currentHash, window.scrollY);
  currentHash = hash;

  switch (route.view) {
    case 'search': {
      lastSearchHash = hash;
      if (searchView.element.parentElement !== main) replace(main, searchView.element);
      await searchView.show(route.search);
      // Coming back from a document: put the reader where they left the list.
      const scroll = scrollBySearch.get(hash);
      if (scroll !== undefined && currentHash === hash) window.scrollTo(0, scroll);
      return;
    }
    case 'document':
      replace(main, documentPane);
      await showDocument(documentPane, api, route.id, lastSearchHash);
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
