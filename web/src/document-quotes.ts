// A document's quotes: the mark around each quote in its text (the speaker on
// hover, a link to the quote's cluster at its end) and the "Quotes" section
// listing them with their speakers. The marks nest (a quote within a quote)
// through highlight.ts's layers; entity mentions are cut inside them.
import type { QuoteRow } from './api-types.js';
import { h, type Child } from './dom.js';
import { markLayers, type Piece } from './highlight.js';
import { quoteItem } from './quote-item.js';
import { quoteTip } from './quote-state.js';
import { quoteClusterHash } from './router.js';

/** The document's quotes as layers of marks, outermost first; quotes whose offsets disagree with the text are left out. */
export function quoteLayers(text: string, quotes: readonly QuoteRow[] | undefined): QuoteRow[][] {
  return markLayers(text, quotes ?? []);
}

/**
 * One piece of a quote in the text. A quote cut by a paragraph break or a
 * reused stretch is drawn as several pieces sharing `data-quote-id`; the
 * last carries the link to the cluster. That link has no text of its own
 * (CSS draws its badge), so the paragraph still reads exactly as the document.
 */
export function quoteMark(quote: QuoteRow, piece: Piece<QuoteRow>, children: Child[]): HTMLElement {
  const last = piece.end === quote.end;
  return h(
    'span',
    {
      class: `quote quote-${quote.kind}${quote.speaker === null ? ' quote-unattributed' : ''}`,
      title: quoteTip(quote),
      'data-testid': 'quote-mark',
      'data-quote-id': quote.id,
      'data-speaker-id': quote.speaker?.id ?? null,
      'data-first': piece.start === quote.start ? 'true' : null,
    },
    children,
    last && quote.cluster !== null
      ? h('a', {
          class: 'quote-cluster-badge',
          href: quoteClusterHash(quote.cluster),
          'data-testid': 'quote-cluster-link',
          'data-size': quote.clusterSize,
          'aria-label': `This quote in ${quote.clusterSize} documents`,
          title: `This quote in ${quote.clusterSize} documents: who ran it, and when`,
        })
      : null,
  );
}

/** The quotes the document carries, in text order; nothing when it has none (or the server has no quote stage). */
export function quotesSection(quotes: readonly QuoteRow[] | undefined): HTMLElement | null {
  if (!quotes || quotes.length === 0) return null;
  return h(
    'section',
    { class: 'doc-quotes', 'aria-labelledby': 'doc-quotes-heading', 'data-testid': 'doc-quotes' },
    h('h2', { id: 'doc-quotes-heading' }, `Quotes (${quotes.length})`),
    h('ol', { class: 'quote-list' }, quotes.map((quote) => quoteItem(quote, { document: false }))),
  );
}
