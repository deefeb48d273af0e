import { sql, type Kysely, type RawBuilder, type SqlBool } from 'kysely';
import type { Kind } from '../../core/index.js';
import type { CheckedEventFilters, CheckedEventQuery, CheckedNetworkQuery, ParticipantFilter } from '../event-query.js';
import type {
  Engagement,
  EngagementHistoryItem,
  EngagementParticipant,
  EngagementSource,
  EventLevelName,
  EventMentionRow,
  EventNetwork,
  EventPage,
  EventStatusName,
  EventTypeName,
  EventWork,
  LinkableEvent,
  NetworkEdge,
  NetworkNode,
  TimeGrainName,
  TimeRow,
} from '../event-types.js';
import { EventResolver, staleEvents } from './event-resolve.js';
import { OfficeTerms } from './quote-speakers.js';
import type { StoreTables } from './tables.js';

/** Rows per `in (…)` list: well below every database's parameter limit. */
const CHUNK = 500;
/** Entities a name may stand for: more is a name too vague to filter by. */
const MAX_NAMED = 100;
const NOTHING = sql<SqlBool>`1 = 0`;

// A document's times and events (GET /api/documents/:id, the document view's hover).

/** A document's times in text order; null for an unknown document. */
export async function documentTimes(db: Kysely<StoreTables>, id: string): Promise<TimeRow[] | null> {
  const doc = await db.selectFrom('documents').select('seq').where('id', '=', id).executeTakeFirst();
  if (!doc) return null;
  const rows = await db.selectFrom('times').selectAll().where('doc', '=', doc.seq).orderBy('ordinal').execute();
  return rows.map((t) => ({
    text: t.text,
    start: t.start,
    end: t.end,
    value: t.value,
    grain: t.grain as TimeGrainName | null,
    until: t.until_value === null ? null : { value: t.until_value, grain: (t.until_grain ?? 'day') as TimeGrainName },
    relative: t.relative === 1,
    direction: t.direction as TimeRow['direction'],
  }));
}

/**
 * A document's event mentions in the order the stage gave them, in the
 * extract contract's shape with `engagement`; participants as linking
 * resolved them, or (before linking) as the corpus resolves them now.
 */
export async function documentEvents(db: Kysely<StoreTables>, id: string): Promise<EventMentionRow[] | null> {
  const doc = await db.selectFrom('documents').select('seq').where('id', '=', id).executeTakeFirst();
  if (!doc) return null;
  const events = await db.selectFrom('events').selectAll().where('doc', '=', doc.seq).orderBy('ordinal').execute();
  if (events.length === 0) return [];
  const live = new Map((await new EventResolver(db).events(events.map((e) => e.seq))).map((e) => [e.event, e]));
  const linked = await db
    .selectFrom('event_participants')
    .select(['event', 'ordinal', 'linked_id', 'linked_name'])
    .where('event', 'in', events.map((e) => e.seq))
    .orderBy('event')
    .orderBy('ordinal')
    .execute();
  return events.map((ev) => {
    const now = live.get(ev.seq);
    const stored = linked.filter((p) => p.event === ev.seq);
    const participants =
      ev.bucket !== null && stored.every((p) => p.linked_id !== null)
        ? stored.map((p) => ({ id: p.linked_id === '' ? null : p.linked_id, name: p.linked_name ?? '' }))
        : (now?.participants ?? []).map((p) => ({ id: p.id, name: p.name }));
    return {
      type: ev.type as EventTypeName,
      date: ev.date,
      dateText: ev.date_text,
      place: now?.place?.name ?? ev.place_name,
      status: ev.status as EventStatusName,
      level: (ev.linked_level ?? ev.level) as EventLevelName,
      plover: ev.plover,
      participants: participants.map((p) => p.name),
      evidence: { start: ev.evidence_start, end: ev.evidence_end },
      ploverMode: ev.mode,
      cameo: ev.cameo,
      dateGrain: ev.grain as TimeGrainName | null,
      participantIds: participants.map((p) => p.id),
      trigger: { text: ev.trigger_text, start: ev.trigger_start, end: ev.trigger_end },
      engagement: ev.engagement,
    };
  });
}

// Engagements.

/** The engagements passing the filters (`engagements as g`). */
async function filterCondition(db: Kysely<StoreTables>, q: CheckedEventFilters): Promise<RawBuilder<SqlBool>> {
  const c: RawBuilder<SqlBool>[] = [];
  if (q.type.length > 0) c.push(sql<SqlBool>`g.type in (${sql.join(q.type)})`);
  if (q.status.length > 0) c.push(sql<SqlBool>`g.status in (${sql.join(q.status)})`);
  if (q.level.length > 0) c.push(sql<SqlBool>`g.level in (${sql.join(q.level)})`);
  if (q.from !== null) c.push(sql<SqlBool>`g.day >= ${q.from}`);
  // A period that starts by `to` counts: "April 2024" is within "to 2024-04-15".
  if (q.to !== null) c.push(sql<SqlBool>`g.day <= ${q.to}`);
  // `all`: one condition per country and per participant, each of which must hold.
  const groups = <T>(list: readonly T[]): (readonly T[])[] => (list.length === 0 ? [] : q.match === 'all' ? list.map((x) => [x]) : [list]);
  for (const countries of groups(q.country)) c.push(sql<SqlBool>`g.seq in (select engagement from engagement_countries where folded in (${sql.join(countries)}))`);
  for (const participants of groups(q.participant)) c.push(await participantCondition(db, participants));
  const reported = (column: string, values: readonly string[]) =>
    sql<SqlBool>`exists (select 1 from events ev join documents d on d.seq = ev.doc where ev.engagement = g.id and ${sql.ref(`d.${column}`)} in (${sql.join(values)}))`;
  if (q.source.length > 0) c.push(reported('source', q.source));
  if (q.kind.length > 0) c.push(reported('kind', q.kind));
  return c.length === 0 ? sql<SqlBool>`1 = 1` : sql<SqlBool>`(${sql.join(c, sql` and `)})`;
}

/** Any of the participants: by id, or by name against entity names and aliases and the participants' own names (offices). */
async function participantCondition(db: Kysely<StoreTables>, filters: readonly ParticipantFilter[]): Promise<RawBuilder<SqlBool>> {
  const ids: string[] = [];
  const patterns: string[] = [];
  for (const f of filters) {
    if ('id' in f) ids.push(f.id);
    else {
      patterns.push(f.pattern);
      ids.push(...(await namedIds(db, f.pattern)));
    }
  }
  const parts: RawBuilder<SqlBool>[] = [];
  if (ids.length > 0) parts.push(sql<SqlBool>`entity_id in (${sql.join(ids)})`);
  for (const p of patterns) parts.push(sql<SqlBool>`folded like ${p} escape '\\'`);
  if (parts.length === 0) return NOTHING;
  return sql<SqlBool>`g.seq in (select engagement from engagement_participants where ${sql.join(parts, sql` or `)})`;
}

/** Entity ids whose name or an alias holds the folded pattern, most mentioned first. */
async function namedIds(db: Kysely<StoreTables>, pattern: string): Promise<string[]> {
  const like = (column: 'e.folded' | 'a.folded') => sql<SqlBool>`${sql.ref(column)} like ${pattern} escape '\\'`;
  const rows = await db
    .selectFrom('entities as e')
    .select('e.id')
    .where((e) => e.or([like('e.folded'), e.exists(db.selectFrom('entity_aliases as a').select('a.entity').where('a.entity', '=', sql.ref<string>('e.id')).where(like('a.folded')))]))
    .orderBy('e.mentions', 'desc')
    .orderBy('e.id')
    .limit(MAX_NAMED)
    .execute();
  return rows.map((row) => row.id);
}

/** Engagements oldest first (or newest), undated last. */
export async function listEvents(db: Kysely<StoreTables>, q: CheckedEventQuery): Promise<EventPage> {
  const where = await filterCondition(db, q);
  const counted = await db.selectFrom('engagements as g').select((e) => e.fn.countAll<number>().as('n')).where(where).executeTakeFirstOrThrow();
  const total = Number(counted.n);
  if (q.offset >= total) return { total, results: [] };
  const direction = q.order === 'desc' ? sql`desc` : sql`asc`;
  const rows = await db
    .selectFrom('engagements as g')
    .selectAll()
    .where(where)
    .orderBy(sql`g.day is null`)
    .orderBy(sql`g.day ${direction}`)
    .orderBy('g.id')
    .limit(q.limit)
    .offset(q.offset)
    .execute();
  return { total, results: await toEngagements(db, rows) };
}

/** One engagement; null for an unknown id. */
export async function getEngagement(db: Kysely<StoreTables>, id: string): Promise<Engagement | null> {
  const row = await db.selectFrom('engagements as g').selectAll().where('g.id', '=', id).executeTakeFirst();
  return row ? ((await toEngagements(db, [row]))[0] ?? null) : null;
}

type EngagementRow = Awaited<ReturnType<ReturnType<typeof engagementRows>['execute']>>[number];
const engagementRows = (db: Kysely<StoreTables>) => db.selectFrom('engagements as g').selectAll();

async function toEngagements(db: Kysely<StoreTables>, rows: readonly EngagementRow[]): Promise<Engagement[]> {
  const sources = new Map<string, EngagementSource[]>();
  const ids = rows.map((r) => r.id);
  for (let i = 0; i < ids.length; i += CHUNK) {
    const reports = await db
      .selectFrom('events as ev')
      .innerJoin('documents as d', 'd.seq', 'ev.doc')
      .select(['ev.engagement', 'ev.evidence_start', 'ev.evidence_end', 'ev.date_text', 'ev.status', 'd.id', 'd.title', 'd.published', 'd.source', 'd.kind', 'd.path', 'd.text'])
      .where('ev.engagement', 'in', ids.slice(i, i + CHUNK))
      .orderBy(sql`d.published is null`)
      .orderBy('d.published')
      .orderBy('d.id')
      .orderBy('ev.evidence_start')
      .execute();
    for (const r of reports) {
      const list = sources.get(r.engagement as string) ?? sources.set(r.engagement as string, []).get(r.engagement as string)!;
      list.push({
        document: { id: r.id, title: r.title, published: r.published, source: r.source, kind: r.kind as Kind, path: r.path },
        evidence: { start: r.evidence_start, end: r.evidence_end, text: r.text.slice(r.evidence_start, r.evidence_end) },
        dateText: r.date_text,
        status: r.status as EventStatusName,
      });
    }
  }
  return rows.map((g) => ({
    id: g.id,
    type: g.type as EventTypeName,
    status: g.status as EventStatusName,
    level: g.level as EventLevelName,
    plover: g.plover,
    ploverMode: g.mode,
    cameo: g.cameo,
    date: g.date,
    dateGrain: g.grain as TimeGrainName | null,
    place: g.place_name === null ? null : { id: g.place_id, name: g.place_name },
    participants: JSON.parse(g.participants) as EngagementParticipant[],
    countries: JSON.parse(g.countries) as string[],
    history: JSON.parse(g.history) as EngagementHistoryItem[],
    sources: sources.get(g.id) ?? [],
  }));
}

/**
 * Who engages with whom over the engagements passing the filters: people
 * (canonical ids; an office no one is known to hold by its label) or
 * countries (participants' `roleOf` and country participants). A node's
 * weight counts its engagements; an edge's, the engagements the two share.
 */
export async function eventNetwork(db: Kysely<StoreTables>, q: CheckedNetworkQuery): Promise<EventNetwork> {
  const where = await filterCondition(db, q);
  const members: { engagement: string; key: string; label: string; type: string }[] = [];
  if (q.by === 'person') {
    const rows = await db
      .selectFrom('engagements as g')
      .innerJoin('engagement_participants as p', 'p.engagement', 'g.seq')
      .select(['g.id', 'p.key', 'p.name', 'p.type'])
      .where(where)
      .orderBy('g.id')
      .orderBy('p.ordinal')
      .execute();
    for (const r of rows) members.push({ engagement: r.id, key: r.key, label: r.name, type: r.type });
  } else {
    const rows = await db
      .selectFrom('engagements as g')
      .innerJoin('engagement_countries as c', 'c.engagement', 'g.seq')
      .select(['g.id', 'c.country', 'c.folded'])
      .where(where)
      .orderBy('g.id')
      .orderBy('c.folded')
      .execute();
    for (const r of rows) members.push({ engagement: r.id, key: r.folded, label: r.country, type: 'country' });
  }
  const nodes = new Map<string, NetworkNode & { weight: number }>();
  const byEngagement = new Map<string, string[]>();
  for (const m of members) {
    const list = byEngagement.get(m.engagement) ?? byEngagement.set(m.engagement, []).get(m.engagement)!;
    if (list.includes(m.key)) continue;
    list.push(m.key);
    const node = nodes.get(m.key) ?? nodes.set(m.key, { id: m.key, label: m.label, type: m.type, weight: 0 }).get(m.key)!;
    node.weight += 1;
  }
  const edges = new Map<string, { source: string; target: string; weight: number; events: string[] }>();
  for (const [engagement, keys] of byEngagement) {
    const sorted = [...keys].sort();
    for (let i = 0; i < sorted.length; i++) {
      for (let j = i + 1; j < sorted.length; j++) {
        const key = `${sorted[i]}\u0000${sorted[j]}`;
        const edge = edges.get(key) ?? edges.set(key, { source: sorted[i] as string, target: sorted[j] as string, weight: 0, events: [] }).get(key)!;
        edge.weight += 1;
        edge.events.push(engagement);
      }
    }
  }
  const byWeight = <T extends { weight: number }>(key: (x: T) => string) => (a: T, b: T) => b.weight - a.weight || (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);
  return {
    nodes: [...nodes.values()].sort(byWeight((n) => n.id)),
    edges: [...edges.values()].map((e) => ({ ...e, events: e.events.sort() }) as NetworkEdge).sort(byWeight((e) => `${e.source}\u0000${e.target}`)),
  };
}

// Linking reads (src/link/events).

/** Up to `limit` queued documents with their event mentions, linked mentions that resolve differently now, and merge keys that lost reports. */
export async function eventWork(db: Kysely<StoreTables>, limit: number): Promise<EventWork> {
  const documents = (await db.selectFrom('event_pending').select('doc').orderBy('doc').limit(limit).execute()).map((r) => r.doc);
  const dirtyBuckets = (await db.selectFrom('event_dirty').select('bucket').orderBy('bucket').execute()).map((r) => r.bucket);
  const keys: number[] = [];
  for (let i = 0; i < documents.length; i += CHUNK) {
    keys.push(...(await db.selectFrom('events').select('seq').where('doc', 'in', documents.slice(i, i + CHUNK)).execute()).map((r) => r.seq));
  }
  keys.push(...(await staleEvents(db, new OfficeTerms(db))));
  return { documents, events: await new EventResolver(db).events(keys), dirtyBuckets };
}

/** The linked event mentions of these merge keys whose documents are not queued (the queued ones come with their documents). */
export async function eventBucketMembers(db: Kysely<StoreTables>, buckets: readonly string[]): Promise<LinkableEvent[]> {
  const keys: number[] = [];
  const distinct = [...new Set(buckets)];
  for (let i = 0; i < distinct.length; i += CHUNK) {
    const rows = await db
      .selectFrom('events')
      .select('seq')
      .where('bucket', 'in', distinct.slice(i, i + CHUNK))
      .where('doc', 'not in', db.selectFrom('event_pending').select('doc'))
      .execute();
    keys.push(...rows.map((r) => r.seq));
  }
  return new EventResolver(db).events(keys);
}

