// A person's latest quotes on their page, with a link to all of them on the
// quotes page. Loaded after the page is drawn, so a slow quote query never
// holds up the entity; the section appears only once it has something to say.
import type { Api } from './api.js';
import { h, replace } from './dom.js';
import { plural } from './format.js';
import { quoteItem } from './quote-item.js';
import { ENTITY_QUOTES_SHOWN, quoteListApiParams, speakerQuotes } from './quote-state.js';
import { quotesHash } from './router.js';

/** A slot that fills with the person's quotes; null for organisations and places, which the quotes stage names only as bodies. */
export function entityQuotesSlot(api: Api, entity: { readonly id: string; readonly type: string }, stillShown: () => boolean): HTMLElement | null {
  if (entity.type !== 'person') return null;
  const slot = h('div', { class: 'entity-quotes-slot' });
  const all = speakerQuotes(entity.id);
  api.quotes(quoteListApiParams(all, ENTITY_QUOTES_SHOWN)).then(
    (page) => {
      if (!stillShown()) return;
      const heading = h('h2', { id: 'entity-quotes-heading' }, 'Quotes');
      replace(
        slot,
        h(
          'section',
          { class: 'entity-section', 'aria-labelledby': 'entity-quotes-heading', 'data-testid': 'entity-quotes' },
          heading,
          page.total === 0
            ? h('p', { class: 'empty' }, 'No quotes of this person in the documents.')
            : [
                h('p', { class: 'total', 'data-total': page.total }, h('strong', null, plural(page.total, 'quote')), page.total > 1 ? ', newest first' : ''),
                h('ol', { class: 'quote-list' }, page.results.map((quote) => quoteItem(quote, { speaker: false }))),
                h('p', null, h('a', { href: quotesHash(all), 'data-testid': 'entity-quotes-all' }, page.total > page.results.length ? `All ${plural(page.total, 'quote')} →` : 'On the quotes page →')),
              ],
        ),
      );
    },
    (error: unknown) => {
      if (!stillShown()) return;
      replace(slot, h('p', { class: 'failure', 'data-testid': 'entity-quotes-error' }, `Could not load this person’s quotes: ${error instanceof Error ? error.message : String(error)}`));
    },
  );
  return slot;
}
