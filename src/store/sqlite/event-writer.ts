import type Database from 'better-sqlite3';
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { StageRecord } from '../../core/index.js';
import type { EventLinkUpdate } from '../event-types.js';
import { fold } from '../fold.js';
import { participantKey, periodOf } from '../event-dates.js';
import { eventRows, type TimeInsert } from '../sql/event-rows.js';
import { eventWriteStatements, insertedKey } from '../sql/event-writes.js';
import type { StoreTables } from '../sql/tables.js';
import { bindAll, type Bound } from './bound.js';

function param<T>(name: string): RawBuilder<T> {
  return sql.raw<T>(`@${name}`);
}

/**
 * Writes the dates and engagements index. Its document-level part (a
 * document's times and events in or out, queued for linking, merge keys that
 * lose reports marked) runs inside the document writer's transactions;
 * `putEventLinks` and `resetEventLinks` are transactions of their own.
 */
export class SqliteEventWriter {
  private readonly s: { readonly [K in keyof ReturnType<typeof eventWriteStatements>]: Bound };

  constructor(
    private readonly raw: Database.Database,
    db: Kysely<StoreTables>,
  ) {
    this.s = bindAll(raw, eventWriteStatements(db, param));
  }

  /** Stores a document's times (`timeRows` of its stage outputs) and events and queues it; call inside a transaction. */
  index(doc: number, stages: readonly StageRecord[], text: string, published: string | null, times: readonly TimeInsert[]): void {
    times.forEach((row, ordinal) => this.s.insertTime.run({ ...row, doc, ordinal }));
    const events = eventRows(stages, text);
    events.forEach(({ event: row, participants }, ordinal) => {
      const event = insertedKey(this.s.insertEvent.run({ ...row, doc, ordinal, published }));
      participants.forEach((p, i) => this.s.insertParticipant.run({ ...p, event, ordinal: i }));
    });
    if (events.length > 0) this.s.enqueue.run({ doc });
  }

  /** Before a document's events go (with it, or replaced by new stage outputs): their engagements are rebuilt at the next step. */
  forget(doc: number, deleteRows: boolean): void {
    this.s.markDirty.run({ doc });
    this.s.dequeue.run({ doc });
    if (!deleteRows) return;
    this.s.deleteEvents.run({ doc });
    this.s.deleteTimes.run({ doc });
  }

  putEventLinks(update: EventLinkUpdate): void {
    this.raw
      .transaction(() => {
        for (const bucket of update.buckets) this.s.dropEngagements.run({ bucket });
        for (const e of update.events) {
          // A report gone since the step read it (a concurrent write) updates nothing.
          if (this.s.linkEvent.run({ event: e.event, bucket: e.bucket, engagement: e.engagement, level: e.level }).changes === 0) continue;
          for (const p of e.participants) {
            this.s.linkParticipant.run({ event: e.event, ordinal: p.ordinal, id: p.id ?? '', name: p.name, type: p.type, role_title: p.role?.title ?? null, role_of: p.role?.of ?? null });
          }
        }
        for (const g of update.engagements) {
          // The same id under another key (its first report now merges elsewhere) goes too.
          this.s.dropEngagementId.run({ id: g.id });
          const engagement = insertedKey(
            this.s.insertEngagement.run({
              id: g.id,
              bucket: g.bucket,
              type: g.type,
              status: g.status,
              level: g.level,
              plover: g.plover,
              mode: g.ploverMode,
              cameo: g.cameo,
              date: g.date,
              grain: g.grain,
              day: periodOf(g.date)?.first ?? null,
              place_id: g.place?.id ?? null,
              place_name: g.place?.name ?? null,
              participants: JSON.stringify(g.participants),
              countries: JSON.stringify(g.countries),
              history: JSON.stringify(g.history),
              published: g.published,
              reports: g.reports,
            }),
          );
          g.participants.forEach((p, ordinal) =>
            this.s.insertEngagementParticipant.run({ engagement, ordinal, key: participantKey(p), entity_id: p.id, name: p.name, folded: fold(p.name), type: p.type }),
          );
          for (const country of g.countries) this.s.insertEngagementCountry.run({ engagement, country, folded: fold(country) });
        }
        for (const bucket of update.buckets) this.s.clearDirty.run({ bucket });
        for (const doc of update.done) this.s.dequeue.run({ doc });
      })
      .immediate();
  }

  /** Undoes every engagement and queues every document with events: the next step rebuilds them from nothing. */
  resetEventLinks(): void {
    this.raw
      .transaction(() => {
        this.s.resetEngagements.run();
        this.s.resetDirty.run();
        this.s.resetEvents.run();
        this.s.resetParticipants.run();
        this.s.requeueAll.run();
      })
      .immediate();
  }
}
