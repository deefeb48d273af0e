import type { StageRecord } from '../../core/index.js';
import { EVENT_LEVELS, EVENT_STATUSES, EVENT_TYPES, TIME_GRAINS } from '../event-types.js';
import type { EventParticipantsTable, EventsTable, TimesTable } from './event-tables.js';

/** The stages whose outputs the index is written from, and the one entity indexes point into. */
export const TIMES_STAGE = 'times';
export const EVENTS_STAGE = 'events';
const ENTITIES_STAGE = 'entities';

export type TimeInsert = Omit<TimesTable, 'doc' | 'ordinal'>;
export type EventInsert = Omit<EventsTable, 'seq' | 'doc' | 'ordinal' | 'published' | 'bucket' | 'engagement' | 'linked_level'>;
export type ParticipantInsert = Omit<EventParticipantsTable, 'event' | 'ordinal' | 'linked_id' | 'linked_name' | 'linked_type' | 'linked_role_title' | 'linked_role_of'>;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const isInt = (value: unknown): value is number => Number.isInteger(value);
const str = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const oneOf = <T extends string>(list: readonly T[], value: unknown): T | null => ((list as readonly unknown[]).includes(value) ? (value as T) : null);
const listOf = (stages: readonly StageRecord[], stage: string, key: string): unknown[] => {
  const output = stages.find((s) => s.name === stage)?.output;
  return isObject(output) && Array.isArray(output[key]) ? (output[key] as unknown[]) : [];
};
/** A span inside the text, or null. */
const spanIn = (value: unknown, length: number): { start: number; end: number } | null =>
  isObject(value) && isInt(value.start) && isInt(value.end) && value.start >= 0 && value.end >= value.start && value.end <= length ? { start: value.start, end: value.end } : null;

/**
 * The rows of a document's `times` stage output. Stored outputs may come
 * from other stage versions, so each item is checked and what does not fit
 * (a span outside the text) is left out, never thrown.
 */
export function timeRows(stages: readonly StageRecord[], text: string): TimeInsert[] {
  const rows: TimeInsert[] = [];
  for (const item of listOf(stages, TIMES_STAGE, 'times')) {
    const span = spanIn(item, text.length);
    if (!isObject(item) || span === null || span.end === span.start) continue;
    const until = isObject(item.until) && typeof item.until.value === 'string' ? item.until : null;
    rows.push({
      ...span,
      text: text.slice(span.start, span.end),
      value: str(item.value),
      grain: oneOf(TIME_GRAINS, item.grain),
      until_value: until ? (until.value as string) : null,
      until_grain: until ? oneOf(TIME_GRAINS, until.grain) : null,
      relative: item.relative === true ? 1 : 0,
      direction: oneOf(['past', 'future', 'same'] as const, item.direction),
    });
  }
  return rows;
}

/** The event mentions of a document's `events` stage output, each with its participants; malformed items are left out. */
export function eventRows(stages: readonly StageRecord[], text: string): { event: EventInsert; participants: ParticipantInsert[] }[] {
  const entities = listOf(stages, ENTITIES_STAGE, 'entities');
  const entity = (idx: number) => {
    const e = entities[idx];
    return isObject(e) ? { key: str(e.key), name: str(e.name), type: str(e.type) } : { key: null, name: null, type: null };
  };
  const out: { event: EventInsert; participants: ParticipantInsert[] }[] = [];
  for (const item of listOf(stages, EVENTS_STAGE, 'events')) {
    if (!isObject(item)) continue;
    const type = oneOf(EVENT_TYPES, item.type);
    const trigger = spanIn(item.trigger, text.length);
    const evidence = spanIn(item.evidence, text.length);
    if (type === null || trigger === null || evidence === null || !Array.isArray(item.participants)) continue;
    const participants: ParticipantInsert[] = [];
    for (const p of item.participants as unknown[]) {
      if (!isObject(p)) continue;
      const idx = isInt(p.entity) && p.entity >= 0 ? p.entity : null;
      const office = isObject(p.office) && typeof p.office.title === 'string' ? p.office : null;
      // A participant is an entity of the document or an office; anything else is nobody we can name.
      if (idx === null && office === null) continue;
      const mention = spanIn(p.mention, text.length) ?? { start: 0, end: 0 };
      const role = isObject(p.role) && typeof p.role.title === 'string' ? p.role : office;
      const e = idx === null ? { key: null, name: null, type: null } : entity(idx);
      participants.push({
        entity_idx: idx,
        entity_key: e.key,
        entity_name: e.name,
        entity_type: e.type,
        mention_text: text.slice(mention.start, mention.end),
        mention_start: mention.start,
        mention_end: mention.end,
        office_title: office ? (office.title as string) : null,
        office_of: office ? (str(office.of) ?? '') : null,
        role_title: role ? (role.title as string) : null,
        role_of: role ? str(role.of) : null,
      });
    }
    if (participants.length === 0) continue;
    const plover = isObject(item.plover) ? item.plover : {};
    const place = isObject(item.place) && isInt(item.place.entity) ? item.place : null;
    const placeSpan = place ? spanIn(place.mention, text.length) : null;
    out.push({
      event: {
        type,
        status: oneOf(EVENT_STATUSES, item.status) ?? 'held',
        level: oneOf(EVENT_LEVELS, item.level) ?? 'other',
        plover: str(plover.category) ?? 'CONSULT',
        mode: str(plover.mode),
        cameo: str(plover.cameo) ?? '040',
        date: str(item.date),
        grain: oneOf(TIME_GRAINS, item.dateGrain),
        time_idx: isInt(item.time) ? item.time : null,
        date_text: str(item.dateText),
        place_idx: place ? (place.entity as number) : null,
        place_name: place ? (entity(place.entity as number).name ?? (placeSpan ? text.slice(placeSpan.start, placeSpan.end) : null)) : null,
        place_text: placeSpan ? text.slice(placeSpan.start, placeSpan.end) : null,
        place_start: placeSpan?.start ?? null,
        place_end: placeSpan?.end ?? null,
        trigger_text: text.slice(trigger.start, trigger.end),
        trigger_start: trigger.start,
        trigger_end: trigger.end,
        evidence_start: evidence.start,
        evidence_end: evidence.end,
      },
      participants,
    });
  }
  return out;
}
