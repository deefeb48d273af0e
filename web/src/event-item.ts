// One engagement in a list (the timeline, a person's page): when, what kind,
// whether it happened, at what level, who took part (each to their page),
// where, and every report of it, each opening its document with the sentence
// that says so highlighted. Planned and cancelled engagements are drawn
// unlike held ones, in words as well as looks, so colour is never the only cue.
import type { Engagement, EngagementParticipant, EngagementSource } from './api-types.js';
import { h, type Child } from './dom.js';
import { eventLevelLabel, eventStatusLabel, eventTypeLabel, timeValueLabel } from './event-state.js';
import { formatDate, kindLabel } from './format.js';
import { documentHash, entityHash } from './router.js';

export interface EventItemOptions {
  /** Leave out this participant (the person whose page lists it). */
  readonly except?: string;
}

export function eventItem(event: Engagement, options: EventItemOptions = {}): HTMLElement {
  const others = event.participants.filter((p) => p.id === null || p.id !== options.except);
  return h(
    'li',
    { class: `event-item event-${event.status}`, 'data-testid': 'event-row', 'data-event-id': event.id, 'data-status': event.status, 'data-type': event.type, 'data-level': event.level },
    h(
      'p',
      { class: 'event-head' },
      eventDate(event),
      h('span', { class: `event-type event-type-${event.type}`, 'data-testid': 'event-type' }, eventTypeLabel(event.type)),
      h('span', { class: `event-status event-status-${event.status}`, 'data-testid': 'event-status' }, eventStatusLabel(event.status)),
      h('span', { class: 'event-level', 'data-testid': 'event-level', title: 'The highest rank among those taking part' }, eventLevelLabel(event.level)),
    ),
    h(
      'p',
      { class: 'event-who' },
      h('span', { class: 'event-participants', 'data-testid': 'event-participants' }, participantList(others)),
      event.place ? [' ', h('span', { class: 'event-place', 'data-testid': 'event-place' }, 'in ', event.place.id ? h('a', { href: entityHash(event.place.id) }, event.place.name) : event.place.name)] : null,
    ),
    sourcesList(event.sources),
  );
}

/** The date as precise as the reports give it; "Date unknown" when none does. */
function eventDate(event: Engagement): HTMLElement {
  if (event.date === null) return h('span', { class: 'event-date unknown', 'data-testid': 'event-date' }, 'Date unknown');
  const machine = /^\d{4}(-\d{2}(-\d{2})?|-W\d{2})?$/.test(event.date) ? event.date : null;
  return h('time', { class: 'event-date', 'data-testid': 'event-date', datetime: machine }, timeValueLabel(event.date));
}

function participantList(participants: readonly EngagementParticipant[]): Child[] {
  if (participants.length === 0) return [h('span', { class: 'muted' }, 'No other participant named')];
  return participants.flatMap((p, i): Child[] => [i === 0 ? null : i === participants.length - 1 ? ' and ' : ', ', ...participant(p)]);
}

/** A name to its page, with the office held on the date: "Antony Blinken (Secretary of State, United States)". */
function participant(p: EngagementParticipant): Child[] {
  const role = p.role ? (p.roleOf ? `${p.role}, ${p.roleOf}` : p.role) : null;
  const name = p.id
    ? h('a', { class: `entity-key entity-${p.type === 'office' ? 'person' : p.type}`, href: entityHash(p.id), 'data-testid': 'event-participant', 'data-entity-id': p.id }, p.name)
    : h('span', { class: 'event-office', 'data-testid': 'event-participant', title: 'An office no document names a holder of on this date' }, p.name);
  return [name, role && role !== p.name ? h('span', { class: 'muted' }, ` (${role})`) : null];
}

/** Every report, oldest first, shown rather than folded away: the record is only as good as its sources. */
function sourcesList(sources: readonly EngagementSource[]): HTMLElement {
  return h('ul', { class: 'event-sources', 'aria-label': sources.length === 1 ? 'Its report' : `Its ${sources.length} reports` }, sources.map(sourceItem));
}

function sourceItem(source: EngagementSource): HTMLElement {
  const doc = source.document;
  return h(
    'li',
    { class: 'event-source', 'data-testid': 'event-source', 'data-document-id': doc.id },
    h(
      'a',
      { class: 'event-evidence', href: documentHash(doc.id, source.evidence), 'data-testid': 'event-evidence', title: 'Open the document at this sentence' },
      source.evidence.text,
    ),
    h(
      'span',
      { class: 'event-source-meta' },
      doc.source ?? kindLabel(doc.kind),
      doc.published ? [' · ', h('time', { datetime: doc.published }, formatDate(doc.published))] : null,
      ' · ',
      doc.title ?? 'Untitled document',
      source.status !== 'held' ? ` · reported as ${eventStatusLabel(source.status).toLowerCase()}` : null,
    ),
  );
}
