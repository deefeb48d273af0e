// One quote in a list (the quotes page, a person's page, a document's quotes):
// the quoted words, then who said them, where and when, and how far the quote
// travelled. Each part links onward; the parts a list already implies (the
// speaker on their own page, the document on its own page) are left out.
import type { QuoteRow } from './api-types.js';
import { h } from './dom.js';
import { formatDate, kindLabel, plural } from './format.js';
import { quoteKindLabel, speakerLabel } from './quote-state.js';
import { documentHash, entityHash, quoteClusterHash } from './router.js';

export interface QuoteItemOptions {
  /** Leave out the speaker (a person's own page). */
  readonly speaker?: boolean;
  /** Leave out the document (the document's own page). */
  readonly document?: boolean;
}

export function quoteItem(quote: QuoteRow, options: QuoteItemOptions = {}): HTMLElement {
  const { speaker = true, document = true } = options;
  return h(
    'li',
    { class: `quote-item quote-item-${quote.kind}`, 'data-testid': 'quote-row', 'data-quote-id': quote.id, 'data-speaker-id': quote.speaker?.id ?? null },
    // The words as they stand in the document; the marks around them are drawn by CSS, so the text is the API's `text`.
    h('blockquote', { class: 'quote-words', 'data-testid': 'quote-text' }, quote.text),
    h(
      'p',
      { class: 'quote-meta' },
      speaker ? speakerPart(quote) : null,
      h('span', { class: 'quote-kind' }, quote.cue ? `${quote.cue} · ${quoteKindLabel(quote.kind)}` : quoteKindLabel(quote.kind)),
      document ? documentPart(quote) : null,
      clusterLink(quote),
    ),
  );
}

function speakerPart(quote: QuoteRow): HTMLElement {
  const who = quote.speaker;
  if (who === null) return h('span', { class: 'quote-speaker unknown', 'data-testid': 'quote-speaker' }, 'Unattributed');
  const label = speakerLabel(who);
  return who.id
    ? h('a', { class: 'quote-speaker entity-key entity-person', href: entityHash(who.id), 'data-testid': 'quote-speaker' }, label)
    : h('span', { class: 'quote-speaker', 'data-testid': 'quote-speaker', title: 'The office is named; who held it is not known' }, label);
}

function documentPart(quote: QuoteRow): HTMLElement[] {
  const doc = quote.document;
  return [
    doc.published ? h('time', { datetime: doc.published, 'data-testid': 'quote-date' }, formatDate(doc.published)) : h('span', { class: 'unknown', 'data-testid': 'quote-date' }, 'Date unknown'),
    h('span', { class: 'quote-source', 'data-testid': 'quote-source' }, h('span', { class: `badge kind-${doc.kind}` }, kindLabel(doc.kind)), ' ', doc.source ?? h('span', { class: 'unknown' }, 'Outlet unknown')),
    h('a', { class: 'quote-document', href: documentHash(doc.id), 'data-testid': 'quote-document' }, doc.title ?? 'Untitled document'),
  ];
}

/** "In 3 documents", to the cluster; nothing for a quote no other document carries. */
export function clusterLink(quote: Pick<QuoteRow, 'cluster' | 'clusterSize'>): HTMLElement | null {
  if (quote.cluster === null) return null;
  return h(
    'a',
    { class: 'quote-cluster-size', href: quoteClusterHash(quote.cluster), 'data-testid': 'quote-cluster-size', 'data-size': quote.clusterSize },
    `In ${plural(quote.clusterSize, 'document')}`,
  );
}
