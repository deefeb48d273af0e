// A person's latest engagements on their page, with a link to the timeline
// filtered to them. Loaded after the page is drawn, like their quotes, so a
// slow engagement query never holds up the entity.
import type { Api } from './api.js';
import { h, replace } from './dom.js';
import { eventItem } from './event-item.js';
import { ENTITY_EVENTS_SHOWN, eventApiParams, participantEvents } from './event-state.js';
import { plural } from './format.js';
import { eventsHash } from './router.js';

/** A slot that fills with the person's engagements; null for organisations and places. */
export function entityEventsSlot(api: Api, entity: { readonly id: string; readonly type: string }, stillShown: () => boolean): HTMLElement | null {
  if (entity.type !== 'person') return null;
  const slot = h('div', { class: 'entity-events-slot' });
  const all = participantEvents(entity.id);
  api.events(eventApiParams(all, ENTITY_EVENTS_SHOWN, 0, 'desc')).then(
    (page) => {
      if (!stillShown()) return;
      replace(
        slot,
        h(
          'section',
          { class: 'entity-section', 'aria-labelledby': 'entity-events-heading', 'data-testid': 'entity-events' },
          h('h2', { id: 'entity-events-heading' }, 'Engagements'),
          page.total === 0
            ? h('p', { class: 'empty' }, 'No engagements of this person in the documents.')
            : [
                h('p', { class: 'total', 'data-total': page.total }, h('strong', null, plural(page.total, 'engagement')), page.total > 1 ? ', latest first' : ''),
                h('ol', { class: 'event-list' }, page.results.map((event) => eventItem(event, { except: entity.id }))),
                h('p', null, h('a', { href: eventsHash(all), 'data-testid': 'entity-events-all' }, page.total > page.results.length ? `All ${plural(page.total, 'engagement')} on the timeline →` : 'On the timeline →')),
              ],
        ),
      );
    },
    (error: unknown) => {
      if (!stillShown()) return;
      replace(slot, h('p', { class: 'failure', 'data-testid': 'entity-events-error' }, `Could not load this person’s engagements: ${error instanceof Error ? error.message : String(error)}`));
    },
  );
  return slot;
}
