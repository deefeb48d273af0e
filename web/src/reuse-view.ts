// The reuse index: pairs of documents sharing text, larger share first, each
// linking to the side-by-side view. Built once and updated per route, like the
// entities index, so the threshold control keeps focus while the list changes.
import type { Api } from './api.js';
import type { ReusePair, ReuseSide } from './api-types.js';
import { h, replace } from './dom.js';
import { formatCount, formatDate, kindLabel, plural } from './format.js';
import { createListLoader } from './list-loader.js';
import { pager } from './pager.js';
import { documentHash, reuseHash, reusePairHash } from './router.js';
import { MIN_SHARES, REUSE_PAGE_SIZE, formatLag, formatShare, reuseListApiParams, type ReuseListState } from './reuse-state.js';

export interface ReuseView {
  readonly element: HTMLElement;
  show(state: ReuseListState): Promise<void>;
}

export function createReuseView(api: Api, navigate: (state: ReuseListState) => void): ReuseView {
  let current: ReuseListState | null = null;

  const select = h('select', { id: 'reuse-min-share', name: 'minShare', 'data-testid': 'reuse-min-share' });
  select.addEventListener('change', () => {
    const minShare = Number(select.value);
    if (current && Number.isFinite(minShare)) navigate({ ...current, minShare, offset: 0 });
  });
  const controls = h(
    'p',
    { class: 'reuse-controls' },
    h('label', { for: 'reuse-min-share' }, 'Pairs where at least '),
    select,
    ' of either document is shared text',
  );
  const totalSlot = h('div', { class: 'total-slot', 'aria-live': 'polite' });
  const status = h('div', { class: 'status' });
  const table = h('div', { class: 'reuse-table-slot' });
  const pagerSlot = h('div', { class: 'pager-slot' });
  const listPane = h('section', { class: 'reuse-pane', 'aria-label': 'Pairs' }, h('div', { class: 'results-bar' }, totalSlot, controls), status, table, pagerSlot);
  const element = h(
    'div',
    { class: 'reuse-view' },
    h('h1', { class: 'page-title' }, 'Text reuse'),
    h('p', { class: 'muted reuse-intro' }, 'Documents that share passages: mostly a release and the stories that reprinted it. A share is how much of that document the shared passages cover.'),
    listPane,
  );
  const load = createListLoader({ pane: listPane, total: totalSlot, status, table, pager: pagerSlot }, 'Could not list reused text. ');

  /** The offered thresholds, plus the one in the address when it is none of them. */
  function syncControls(state: ReuseListState): void {
    const shares = MIN_SHARES.includes(state.minShare) ? MIN_SHARES : [...MIN_SHARES, state.minShare].sort((a, b) => a - b);
    replace(select, shares.map((share) => h('option', { value: String(share), selected: share === state.minShare }, formatShare(share))));
    select.value = String(state.minShare);
    document.title = 'Text reuse · Parley';
  }

  async function show(state: ReuseListState): Promise<void> {
    current = state;
    syncControls(state);
    await load(() => api.reuse(reuseListApiParams(state)), (page) => {
      const first = page.pairs.length > 0 ? state.offset + 1 : 0;
      const range = page.total > page.pairs.length && page.pairs.length > 0 ? ` · ${formatCount(first)}–${formatCount(state.offset + page.pairs.length)} shown` : '';
      replace(totalSlot, h('p', { class: 'total', 'data-testid': 'reuse-total', 'data-total': page.total }, h('strong', null, plural(page.total, 'pair')), range));
      replace(status, page.pairs.length === 0 ? emptyState(state, page.total) : null);
      replace(table, page.pairs.length > 0 ? pairsTable(page.pairs) : null);
      replace(pagerSlot, pager(page.total, state.offset, REUSE_PAGE_SIZE, (offset) => reuseHash({ ...state, offset }), 'Pair pages'));
    });
  }

  return { element, show };
}

function emptyState(state: ReuseListState, total: number): HTMLElement {
  if (total > 0) return h('p', { class: 'empty' }, 'No more pairs. ', h('a', { href: reuseHash({ ...state, offset: 0 }) }, 'Back to the first page'));
  const lower = MIN_SHARES.filter((share) => share < state.minShare);
  return h(
    'p',
    { class: 'empty' },
    `No pair shares ${formatShare(state.minShare)} or more. `,
    lower.length > 0 ? h('a', { href: reuseHash({ minShare: lower[0] ?? state.minShare, offset: 0 }) }, `Show pairs from ${formatShare(lower[0] ?? 0)}`) : 'Reuse is found when documents are ingested.',
  );
}

function pairsTable(pairs: readonly ReusePair[]): HTMLElement {
  const column = (label: string, cls?: string) => h('th', { scope: 'col', class: cls }, label);
  return h(
    'table',
    { class: 'data-table reuse-table', 'data-testid': 'reuse-table' },
    h('thead', null, h('tr', null, column('Earlier (the source)'), column('Later (reusing it)'), column('Lag'), column('Of the earlier', 'num'), column('Of the later', 'num'), column('Compare'))),
    h(
      'tbody',
      null,
      pairs.map((pair) =>
        h(
          'tr',
          { 'data-testid': 'reuse-row', 'data-source-id': pair.source.id, 'data-target-id': pair.target.id },
          h('td', { class: 'reuse-doc', 'data-label': 'Earlier' }, side(pair.source)),
          h('td', { class: 'reuse-doc', 'data-label': 'Later' }, side(pair.target)),
          h('td', { class: 'lag-cell', 'data-label': 'Lag' }, pair.lagDays === null ? h('span', { class: 'unknown' }, 'Unknown') : formatLag(pair.lagDays)),
          h('td', { class: 'num', 'data-label': 'Of the earlier', title: 'Share of the earlier document found in the later one' }, formatShare(pair.sourceShare)),
          h('td', { class: 'num', 'data-label': 'Of the later', title: 'Share of the later document taken from the earlier one' }, formatShare(pair.targetShare)),
          h('td', { class: 'reuse-compare' }, h('a', { href: reusePairHash(pair.source.id, pair.target.id), 'data-testid': 'reuse-compare' }, 'Side by side')),
        ),
      ),
    ),
  );
}

/** A document in a row: its title (to its page), then kind, outlet and date. */
function side(doc: ReuseSide): HTMLElement[] {
  return [
    h('a', { class: 'reuse-doc-title', href: documentHash(doc.id) }, doc.title ?? h('span', { class: 'untitled' }, 'Untitled document')),
    h(
      'span',
      { class: 'reuse-doc-meta' },
      h('span', { class: `badge kind-${doc.kind}` }, kindLabel(doc.kind)),
      ' ',
      doc.source ?? h('span', { class: 'unknown' }, 'Outlet unknown'),
      ' · ',
      doc.published ? h('time', { datetime: doc.published }, formatDate(doc.published)) : h('span', { class: 'unknown' }, 'Date unknown'),
    ),
  ];
}
