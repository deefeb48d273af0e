// The quotes page: who said what, newest first, filtered the way the API
// filters (speaker, office, words, dates, outlet, kind of document). Built once
// and updated per route, like the search page, so focus stays in the form
// while the list changes under it; the form's fields are the address's.
import { ApiError, type Api } from './api.js';
import type { QuotePage } from './api-types.js';
import { h, replace } from './dom.js';
import { displayName, nameOf, rememberName, resolveNames } from './entity-names.js';
import { formatCount, kindLabel, plural } from './format.js';
import { pager } from './pager.js';
import { clearQueryError, showQueryError } from './query-error.js';
import { quoteItem } from './quote-item.js';
import {
  EMPTY_QUOTE_LIST,
  QUOTE_DOCUMENT_KINDS,
  QUOTE_PAGE_SIZE,
  activeQuoteFilters,
  hasQuoteFilters,
  quoteListApiParams,
  withQuoteChanges,
  type QuoteListState,
} from './quote-state.js';
import { quotesHash } from './router.js';

export interface QuotesView {
  readonly element: HTMLElement;
  show(state: QuoteListState): Promise<void>;
}

/** A speaker filter that looks like an entity id is shown by the entity's name. */
const isEntityId = (speaker: string) => /^[a-z]+:\S+$/.test(speaker);
const speakerName = (speaker: string) => (isEntityId(speaker) ? displayName(speaker) : speaker);

export function createQuotesView(api: Api, navigate: (state: QuoteListState) => void): QuotesView {
  let current: QuoteListState = EMPTY_QUOTE_LIST;
  let sequence = 0;

  const field = (name: string, label: string, attrs: Record<string, string> = {}) => {
    const input = h('input', { id: `quotes-${name}`, name, type: 'text', autocomplete: 'off', spellcheck: 'false', 'data-testid': `quotes-${name}`, ...attrs });
    return { input, row: h('div', { class: `quotes-field quotes-field-${name}` }, h('label', { for: `quotes-${name}` }, label), input) };
  };
  const speaker = field('speaker', 'Speaker', { placeholder: 'Name or id, e.g. Winston Peters' });
  const role = field('role', 'Office', { placeholder: 'e.g. Minister of Foreign Affairs' });
  const of = field('of', 'Of', { placeholder: 'e.g. New Zealand' });
  const contains = field('contains', 'Words', { placeholder: 'e.g. "collective security"', type: 'search', 'aria-describedby': 'quotes-error' });
  const from = field('from', 'From', { type: 'date' });
  const to = field('to', 'To', { type: 'date' });
  const source = field('source', 'Outlet', { placeholder: 'e.g. beehive.govt.nz' });
  const kinds = QUOTE_DOCUMENT_KINDS.map((kind) => ({
    kind,
    box: h('input', { type: 'checkbox', id: `quotes-kind-${kind}`, name: 'kind', value: kind, 'data-testid': `quotes-kind-${kind}` }),
  }));
  const errorBox = h('div', { id: 'quotes-error', class: 'search-error', role: 'alert', 'data-testid': 'quotes-error', hidden: true });
  const form = h(
    'form',
    { class: 'quotes-form', 'aria-label': 'Filter quotes', 'data-testid': 'quotes-form' },
    h('div', { class: 'quotes-fields' }, speaker.row, role.row, of.row, contains.row, from.row, to.row, source.row),
    h(
      'fieldset',
      { class: 'quotes-kinds' },
      h('legend', null, 'In'),
      kinds.map(({ kind, box }) => h('label', { class: 'quotes-kind', for: box.id }, box, ` ${kindLabel(kind)}`)),
    ),
    errorBox,
    h('p', { class: 'quotes-actions' }, h('button', { type: 'submit', class: 'primary', 'data-testid': 'quotes-apply' }, 'Show quotes'), ' ', h('a', { href: quotesHash(), class: 'quotes-reset' }, 'Clear')),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    navigate(fromForm());
  });
  // A checkbox or a date applies at once, as the search's filters do; text waits for Enter or the button.
  for (const control of [from.input, to.input, ...kinds.map((k) => k.box)]) {
    control.addEventListener('change', () => {
      if (control.validity.valid) navigate(fromForm());
    });
  }

  /** The form as a state. The outlet box holds the first outlet; others from the address are kept. */
  function fromForm(): QuoteListState {
    const typedSource = source.input.value.trim();
    const otherSources = current.source.slice(1);
    return withQuoteChanges(current, {
      speaker: speakerFieldValue(),
      role: role.input.value.trim(),
      of: of.input.value.trim(),
      contains: contains.input.value.trim(),
      from: from.input.value,
      to: to.input.value,
      source: typedSource ? [typedSource, ...otherSources.filter((s) => s !== typedSource)] : otherSources,
      kind: kinds.filter((k) => k.box.checked).map((k) => k.kind),
    });
  }

  /** The speaker box shows an id's name; unchanged, it still means the id. */
  function speakerFieldValue(): string {
    const typed = speaker.input.value.trim();
    return isEntityId(current.speaker) && typed === speakerName(current.speaker) ? current.speaker : typed;
  }

  const totalSlot = h('div', { class: 'total-slot', 'aria-live': 'polite' });
  const chipsSlot = h('div', { class: 'chips-slot' });
  const status = h('div', { class: 'status' });
  const list = h('ol', { class: 'quote-list', 'data-testid': 'quotes-list' });
  const pagerSlot = h('div', { class: 'pager-slot' });
  const pane = h('section', { class: 'quotes-pane', 'aria-label': 'Quotes' }, h('div', { class: 'results-bar' }, totalSlot), chipsSlot, status, list, pagerSlot);
  const element = h(
    'div',
    { class: 'quotes-view' },
    h('h1', { class: 'page-title' }, 'Quotes'),
    h('p', { class: 'muted quotes-intro' }, 'Who said what, newest first. An office finds whoever held it on each quote’s date.'),
    form,
    pane,
  );

  function syncControls(state: QuoteListState): void {
    speaker.input.value = speakerName(state.speaker);
    role.input.value = state.role;
    of.input.value = state.of;
    contains.input.value = state.contains;
    from.input.value = state.from;
    to.input.value = state.to;
    source.input.value = state.source[0] ?? '';
    for (const { kind, box } of kinds) box.checked = state.kind.includes(kind);
    replace(chipsSlot, chips(state));
    document.title = state.speaker ? `Quotes: ${speakerName(state.speaker)} · Parley` : 'Quotes · Parley';
  }

  function chips(state: QuoteListState): HTMLElement | null {
    const active = activeQuoteFilters(state, speakerName);
    if (active.length === 0) return null;
    return h(
      'ul',
      { class: 'chips', 'aria-label': 'Active filters' },
      active.map(({ label, without }) =>
        h('li', null, h('a', { class: 'chip', href: quotesHash(without), 'aria-label': `Remove filter ${label}` }, label, h('span', { class: 'chip-x', 'aria-hidden': 'true' }, '×'))),
      ),
      active.length > 1 ? h('li', null, h('a', { class: 'chip-clear', href: quotesHash() }, 'Clear all')) : null,
    );
  }

  function showFailure(error: unknown, state: QuoteListState): void {
    replace(totalSlot);
    replace(list);
    replace(pagerSlot);
    if (error instanceof ApiError && error.code === 'query-syntax') {
      // The words box takes the search syntax, so its mistakes are shown the way the search shows them.
      showQueryError(errorBox, state.contains, error.message, error.position);
      contains.input.setAttribute('aria-invalid', 'true');
      replace(status, h('p', { class: 'empty' }, 'Fix the words above to see quotes.'));
      return;
    }
    // A 400 is the API naming the filter it cannot use (an unknown office, a bad date): its words, as given.
    const refused = error instanceof ApiError && error.status === 400;
    replace(
      status,
      h('p', { class: 'failure', role: 'alert', 'data-testid': 'quotes-failure' }, h('strong', null, refused ? 'These filters cannot be used. ' : 'Could not list quotes. '), error instanceof Error ? error.message : String(error)),
    );
  }

  function render(page: QuotePage, state: QuoteListState): void {
    clearQueryError(errorBox);
    contains.input.removeAttribute('aria-invalid');
    // Learned from the rows, so a chip for an id reads as the person's name without another request.
    for (const quote of page.results) rememberName(quote.speaker?.id, quote.speaker?.name);
    replace(chipsSlot, chips(state));
    if (document.activeElement !== speaker.input) speaker.input.value = speakerName(state.speaker);
    const first = page.results.length > 0 ? state.offset + 1 : 0;
    const range = page.total > page.results.length && page.results.length > 0 ? ` · ${formatCount(first)}–${formatCount(state.offset + page.results.length)} shown` : '';
    replace(totalSlot, h('p', { class: 'total', 'data-testid': 'quotes-total', 'data-total': page.total }, h('strong', null, plural(page.total, 'quote')), page.total > 1 ? ', newest first' : '', range));
    replace(status, page.results.length === 0 ? emptyState(state, page.total) : null);
    replace(list, page.results.map((quote) => quoteItem(quote)));
    replace(pagerSlot, pager(page.total, state.offset, QUOTE_PAGE_SIZE, (offset) => quotesHash({ ...state, offset }), 'Quote pages'));
  }

  async function show(state: QuoteListState): Promise<void> {
    current = state;
    syncControls(state);
    const mine = ++sequence;
    if (isEntityId(state.speaker) && nameOf(state.speaker) === undefined) {
      // A pasted link names the speaker by id; the box and chip read better with the name.
      void resolveNames(api, [state.speaker]).then(() => {
        if (mine === sequence) syncControls(state);
      });
    }
    pane.setAttribute('aria-busy', 'true');
    let page: QuotePage;
    try {
      page = await api.quotes(quoteListApiParams(state));
    } catch (error) {
      if (mine !== sequence) return;
      pane.removeAttribute('aria-busy');
      showFailure(error, state);
      return;
    }
    if (mine !== sequence) return;
    pane.removeAttribute('aria-busy');
    render(page, state);
  }

  return { element, show };
}

function emptyState(state: QuoteListState, total: number): HTMLElement {
  if (total > 0) return h('p', { class: 'empty', 'data-testid': 'quotes-empty' }, 'No more quotes. ', h('a', { href: quotesHash({ ...state, offset: 0 }) }, 'Back to the first page'));
  if (!hasQuoteFilters(state)) {
    return h('p', { class: 'empty', 'data-testid': 'quotes-empty' }, 'No quotes yet. They are found when documents are ingested.');
  }
  return h(
    'div',
    { class: 'empty', 'data-testid': 'quotes-empty' },
    h('p', null, h('strong', null, 'No quote matches these filters.')),
    h('p', null, 'Remove a filter above, or ', h('a', { href: quotesHash() }, 'see every quote'), '.'),
  );
}
