import type { Kysely } from 'kysely';
import type { Kind } from '../../core/index.js';
import { officeLabel, type EntityType, type Office } from '../entity-types.js';
import type { EventLevelName, EventStatusName, EventTypeName, LinkableEvent, ResolvedParticipant, TimeGrainName } from '../event-types.js';
import { ofValue } from './entity-rows.js';
import { OfficeTerms } from './quote-speakers.js';
import type { StoreTables } from './tables.js';

/** Rows per `in (…)` list: well below every database's parameter limit. */
const CHUNK = 500;

/** The date an event's participants are resolved at: its own day, else its document's date. */
export function resolutionDate(date: string | null, grain: string | null, published: string | null): string | null {
  return date !== null && grain === 'day' && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : published;
}

/**
 * Event mentions as the corpus resolves them now: an entity participant by
 * its document entity's canonical id (the stage's key until resolution has
 * indexed the document), an office alone by whoever's term in it holds the
 * event's date; each person's role on that date from the credited role
 * evidence of the corpus, else the one the report states. The same rules
 * serve linking and the staleness check, so a report is relinked exactly
 * when what it resolves to changes.
 */
export class EventResolver {
  private readonly terms: OfficeTerms;
  private readonly roles = new Map<string, Promise<{ title: string; of: string; published: string }[]>>();

  constructor(private readonly db: Kysely<StoreTables>) {
    this.terms = new OfficeTerms(db);
  }

  /** These event mentions (by key), in key order. */
  async events(keys: readonly number[]): Promise<LinkableEvent[]> {
    const out: LinkableEvent[] = [];
    const distinct = [...new Set(keys)].sort((a, b) => a - b);
    for (let i = 0; i < distinct.length; i += CHUNK) {
      const chunk = distinct.slice(i, i + CHUNK);
      const events = await this.db
        .selectFrom('events as ev')
        .innerJoin('documents as d', 'd.seq', 'ev.doc')
        .leftJoin('doc_entities as de', (j) => j.onRef('de.doc', '=', 'ev.doc').onRef('de.idx', '=', 'ev.place_idx'))
        .leftJoin('entities as e', 'e.id', 'de.entity')
        .select([
          'ev.seq', 'ev.doc', 'ev.ordinal', 'ev.type', 'ev.status', 'ev.level', 'ev.plover', 'ev.mode', 'ev.cameo', 'ev.date', 'ev.grain', 'ev.place_idx',
          'ev.place_name', 'ev.bucket', 'd.id as document_id', 'd.published', 'd.kind', 'de.entity as place_id', 'e.name as place_entity_name',
        ])
        .where('ev.seq', 'in', chunk)
        .orderBy('ev.seq')
        .execute();
      const participants = await participantRows(this.db, chunk);
      for (const ev of events) {
        const at = resolutionDate(ev.date, ev.grain, ev.published);
        const resolved: ResolvedParticipant[] = [];
        for (const p of participants.get(ev.seq) ?? []) resolved.push(await this.participant(p, at));
        out.push({
          event: ev.seq,
          doc: ev.doc,
          documentId: ev.document_id,
          published: ev.published,
          kind: ev.kind as Kind,
          ordinal: ev.ordinal,
          type: ev.type as EventTypeName,
          status: ev.status as EventStatusName,
          level: ev.level as EventLevelName,
          plover: ev.plover,
          ploverMode: ev.mode,
          cameo: ev.cameo,
          date: ev.date,
          grain: ev.grain as TimeGrainName | null,
          place: ev.place_idx === null ? null : { id: ev.place_id, name: ev.place_entity_name ?? ev.place_name ?? ev.place_id ?? '' },
          participants: resolved,
          bucket: ev.bucket,
        });
      }
    }
    return out;
  }

  private async participant(p: ParticipantRow, at: string | null): Promise<ResolvedParticipant> {
    const stated: Office | null = p.role_title === null ? null : { title: p.role_title, of: p.role_of };
    if (p.entity_idx !== null) {
      const id = p.entity_id ?? p.entity_key;
      const type = (p.entity_type ?? p.stage_type ?? 'person') as EntityType;
      const role = type === 'person' && p.entity_id !== null ? await this.roleAt(p.entity_id, at) : null;
      return {
        ordinal: p.ordinal,
        id,
        name: p.entity_name ?? p.stage_name ?? p.mention_text,
        type,
        role: role ?? stated,
        roleFromCorpus: role !== null,
      };
    }
    const office: Office = { title: p.office_title as string, of: ofValue(p.office_of ?? '') };
    const holder = await this.terms.holderAt(office, at);
    if (holder) return { ordinal: p.ordinal, id: holder.id, name: holder.name, type: 'person', role: office, roleFromCorpus: true };
    return { ordinal: p.ordinal, id: null, name: officeLabel(office), type: 'office', role: office, roleFromCorpus: false };
  }

  /** The office the corpus shows `id` holding on `date`: its latest credited evidence on or before it. */
  private async roleAt(id: string, date: string | null): Promise<Office | null> {
    if (date === null) return null;
    let evidence = this.roles.get(id);
    if (!evidence) {
      evidence = this.db
        .selectFrom('entity_roles as r')
        .innerJoin('doc_entities as de', (j) => j.onRef('de.doc', '=', 'r.doc').onRef('de.idx', '=', 'r.idx'))
        .select(['r.title', 'r.of', 'r.published'])
        .where('de.entity', '=', id)
        .where('r.credited', '=', 1)
        .where('r.published', 'is not', null)
        .orderBy('r.published', 'desc')
        .orderBy('r.doc_id', 'desc')
        .orderBy('r.ordinal')
        .execute() as Promise<{ title: string; of: string; published: string }[]>;
      this.roles.set(id, evidence);
    }
    const found = (await evidence).find((r) => r.published <= date);
    return found ? { title: found.title, of: ofValue(found.of) } : null;
  }
}

type ParticipantRow = Awaited<ReturnType<typeof participantQuery>>[number];

function participantQuery(db: Kysely<StoreTables>, events: readonly number[]) {
  return db
    .selectFrom('event_participants as p')
    .innerJoin('events as ev', 'ev.seq', 'p.event')
    .leftJoin('doc_entities as de', (j) => j.onRef('de.doc', '=', 'ev.doc').onRef('de.idx', '=', 'p.entity_idx'))
    .leftJoin('entities as e', 'e.id', 'de.entity')
    .select([
      'p.event', 'p.ordinal', 'p.entity_idx', 'p.entity_key', 'p.entity_name as stage_name', 'p.entity_type as stage_type', 'p.mention_text', 'p.office_title',
      'p.office_of', 'p.role_title', 'p.role_of', 'de.entity as entity_id', 'de.type as entity_type', 'e.name as entity_name',
    ])
    .where('p.event', 'in', events)
    .orderBy('p.event')
    .orderBy('p.ordinal')
    .execute();
}

async function participantRows(db: Kysely<StoreTables>, events: readonly number[]): Promise<Map<number, ParticipantRow[]>> {
  const out = new Map<number, ParticipantRow[]>();
  for (const row of await participantQuery(db, events)) (out.get(row.event) ?? out.set(row.event, []).get(row.event)!).push(row);
  return out;
}

/**
 * Linked event mentions whose participants resolve differently now than when
 * they were linked: an entity merged, split or renamed, an office's holder
 * found or changed.
 */
export async function staleEvents(db: Kysely<StoreTables>, resolver: OfficeTerms): Promise<number[]> {
  const byEntity = await db
    .selectFrom('event_participants as p')
    .innerJoin('events as ev', 'ev.seq', 'p.event')
    .leftJoin('doc_entities as de', (j) => j.onRef('de.doc', '=', 'ev.doc').onRef('de.idx', '=', 'p.entity_idx'))
    .leftJoin('entities as e', 'e.id', 'de.entity')
    .select('p.event')
    .distinct()
    .where('ev.bucket', 'is not', null)
    .where('p.entity_idx', 'is not', null)
    .where((w) =>
      w.or([
        w('p.linked_id', 'is', null),
        w(w.fn.coalesce('de.entity', 'p.entity_key', w.val('')), '!=', w.ref('p.linked_id')),
        w(w.fn.coalesce('e.name', 'p.entity_name', 'p.mention_text'), '!=', w.fn.coalesce('p.linked_name', w.val(''))),
      ]),
    )
    .execute();
  const offices = await db
    .selectFrom('event_participants as p')
    .innerJoin('events as ev', 'ev.seq', 'p.event')
    .innerJoin('documents as d', 'd.seq', 'ev.doc')
    .select(['p.event', 'p.office_title', 'p.office_of', 'p.linked_id', 'p.linked_name', 'ev.date', 'ev.grain', 'd.published'])
    .where('ev.bucket', 'is not', null)
    .where('p.entity_idx', 'is', null)
    .execute();
  const stale = new Set(byEntity.map((r) => r.event));
  for (const o of offices) {
    const holder = await resolver.holderAt({ title: o.office_title as string, of: ofValue(o.office_of ?? '') }, resolutionDate(o.date, o.grain, o.published));
    if ((holder?.id ?? '') !== (o.linked_id ?? '') || (holder !== null && holder.name !== o.linked_name)) stale.add(o.event);
  }
  return [...stale].sort((a, b) => a - b);
}
