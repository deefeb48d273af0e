import type { Kysely, RawBuilder } from 'kysely';
import type { StoreTables } from './tables.js';

const TIME_COLUMNS = ['doc', 'ordinal', 'start', 'end', 'text', 'value', 'grain', 'until_value', 'until_grain', 'relative', 'direction'] as const;
const EVENT_COLUMNS = [
  'doc', 'ordinal', 'type', 'status', 'level', 'plover', 'mode', 'cameo', 'date', 'grain', 'time_idx', 'date_text', 'place_idx', 'place_name',
  'place_text', 'place_start', 'place_end', 'trigger_text', 'trigger_start', 'trigger_end', 'evidence_start', 'evidence_end', 'published',
] as const;
const PARTICIPANT_COLUMNS = [
  'event', 'ordinal', 'entity_idx', 'entity_key', 'entity_name', 'entity_type', 'mention_text', 'mention_start', 'mention_end', 'office_title', 'office_of',
  'role_title', 'role_of',
] as const;
const ENGAGEMENT_COLUMNS = [
  'id', 'bucket', 'type', 'status', 'level', 'plover', 'mode', 'cameo', 'date', 'grain', 'day', 'place_id', 'place_name', 'participants', 'countries', 'history',
  'published', 'reports',
] as const;

/** The events index's write statements, with `@name` placeholders (`param`) for what changes per call. Portable SQL only. */
export function eventWriteStatements(db: Kysely<StoreTables>, param: <T>(name: string) => RawBuilder<T>) {
  const values = (columns: readonly string[]) => Object.fromEntries(columns.map((c) => [c, param(c)])) as never;
  return {
    insertTime: db.insertInto('times').values(values(TIME_COLUMNS)),
    deleteTimes: db.deleteFrom('times').where('doc', '=', param<number>('doc')),
    insertEvent: db.insertInto('events').values(values(EVENT_COLUMNS)),
    insertParticipant: db.insertInto('event_participants').values(values(PARTICIPANT_COLUMNS)),
    enqueue: db.insertInto('event_pending').values({ doc: param<number>('doc') }).onConflict((c) => c.doNothing()),
    dequeue: db.deleteFrom('event_pending').where('doc', '=', param<number>('doc')),
    /** The merge keys a document's reports belong to lose members: their engagements are rebuilt from the rest at the next step. */
    markDirty: db
      .insertInto('event_dirty')
      .columns(['bucket'])
      .expression((e) => e.selectFrom('events').select('bucket').distinct().where('doc', '=', param<number>('doc')).where('bucket', 'is not', null) as never)
      .onConflict((c) => c.doNothing()),
    deleteEvents: db.deleteFrom('events').where('doc', '=', param<number>('doc')),
    linkEvent: db
      .updateTable('events')
      .set({ bucket: param<string>('bucket'), engagement: param<string>('engagement'), linked_level: param<string>('level') })
      .where('seq', '=', param<number>('event')),
    linkParticipant: db
      .updateTable('event_participants')
      .set({
        linked_id: param<string>('id'),
        linked_name: param<string>('name'),
        linked_type: param<string>('type'),
        linked_role_title: param<string | null>('role_title'),
        linked_role_of: param<string | null>('role_of'),
      })
      .where('event', '=', param<number>('event'))
      .where('ordinal', '=', param<number>('ordinal')),
    dropEngagements: db.deleteFrom('engagements').where('bucket', '=', param<string>('bucket')),
    dropEngagementId: db.deleteFrom('engagements').where('id', '=', param<string>('id')),
    insertEngagement: db.insertInto('engagements').values(values(ENGAGEMENT_COLUMNS)),
    insertEngagementParticipant: db.insertInto('engagement_participants').values(values(['engagement', 'ordinal', 'key', 'entity_id', 'name', 'folded', 'type'])),
    insertEngagementCountry: db
      .insertInto('engagement_countries')
      .values(values(['engagement', 'country', 'folded']))
      .onConflict((c) => c.doNothing()),
    clearDirty: db.deleteFrom('event_dirty').where('bucket', '=', param<string>('bucket')),
    /** A rebuild from nothing: every document with events queued again, every engagement undone. */
    resetEngagements: db.deleteFrom('engagements'),
    resetDirty: db.deleteFrom('event_dirty'),
    resetEvents: db.updateTable('events').set({ bucket: null, engagement: null, linked_level: null }),
    resetParticipants: db.updateTable('event_participants').set({ linked_id: null, linked_name: null, linked_type: null, linked_role_title: null, linked_role_of: null }),
    requeueAll: db
      .insertInto('event_pending')
      .columns(['doc'])
      // The WHERE keeps SQLite from reading ON CONFLICT as a join's ON.
      .expression((e) => e.selectFrom('events').select('doc').distinct().where('doc', 'is not', null) as never)
      .onConflict((c) => c.doNothing()),
  };
}

/** `events` and their participants as one positional statement needs no more: the key of an inserted event is its rowid. */
export const insertedKey = (result: { lastInsertRowid: number | bigint }): number => Number(result.lastInsertRowid);

