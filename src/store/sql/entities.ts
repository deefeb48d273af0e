import { sql, type Kysely } from 'kysely';
import type { Kind } from '../../core/index.js';
import type { CheckedEntityDetail, CheckedEntityList } from '../entity-query.js';
import type {
  DocumentEntities,
  DocumentEntityMention,
  DocumentOfficeMention,
  EntityDetail,
  EntityPage,
  EntitySummary,
  EntityType,
  Office,
  OfficeHolder,
  OfficeTerm,
  RoleSpan,
  ShownRole,
} from '../entity-types.js';
import { officeOf, ofColumn } from './entity-rows.js';
import type { StoreTables } from './tables.js';
import { roleSpans, type RoleInDocument } from '../role-spans.js';
import { RoleOwners } from '../role-owner.js';
import { officeTerms } from '../office-terms.js';
import { ofValue } from './entity-rows.js';

/** Entity queries, the same on every adapter. */

export async function listEntities(db: Kysely<StoreTables>, query: CheckedEntityList): Promise<EntityPage> {
  // An entity no document counts (a lone given name that links to nothing) is in no list.
  let base = db.selectFrom('entities as e').where('e.documents', '>', 0);
  if (query.type !== null) base = base.where('e.type', '=', query.type);
  const { pattern } = query;
  if (pattern !== null) {
    const like = (column: 'e.folded' | 'a.folded') => sql<boolean>`${sql.ref(column)} like ${pattern} escape '\\'`;
    base = base.where((e) =>
      e.or([like('e.folded'), e.exists(db.selectFrom('entity_aliases as a').select('a.entity').where('a.entity', '=', sql.ref<string>('e.id')).where(like('a.folded')))]),
    );
  }
  const counted = await base.select((e) => e.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
  const total = Number(counted.total);
  if (query.limit === 0 || query.offset >= total) return { total, results: [] };
  const rows = await base
    .selectAll('e')
    .orderBy('e.mentions', 'desc')
    .orderBy('e.documents', 'desc')
    .orderBy('e.id')
    .limit(query.limit)
    .offset(query.offset)
    .execute();
  const roles = await roleSpansOf(db, rows.map((row) => row.id));
  return { total, results: rows.map((row) => summary(row, roles.get(row.id) ?? [])) };
}

export async function getEntity(db: Kysely<StoreTables>, id: string, query: CheckedEntityDetail): Promise<EntityDetail | null> {
  const row = await db.selectFrom('entities').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return null;
  const [aliases, roles, documents, coMentioned] = await Promise.all([
    db.selectFrom('entity_aliases').select('alias').where('entity', '=', id).where('alias', '!=', row.name).orderBy('rows', 'desc').orderBy('alias').execute(),
    roleSpansOf(db, [id]),
    query.limit === 0
      ? Promise.resolve([])
      : db
          .selectFrom('doc_entities as de')
          .innerJoin('documents as d', 'd.seq', 'de.doc')
          .select((e) => ['d.id', 'd.title', 'd.published', 'd.source', 'd.kind', e.fn.sum<number>('de.mentions').as('mentions')])
          .where('de.entity', '=', id)
          .groupBy(['d.seq', 'd.id', 'd.title', 'd.published', 'd.source', 'd.kind'])
          .orderBy('d.published', (o) => o.desc().nullsLast())
          .orderBy('d.id')
          .limit(query.limit)
          .offset(query.offset)
          .execute(),
    query.coMentioned === 0
      ? Promise.resolve([])
      : db
          // Count first, name the top few after: joining every co-mention to `entities` costs more than counting.
          .selectFrom(
            db
              .selectFrom('doc_entities as me')
              .innerJoin('doc_entities as o', 'o.doc', 'me.doc')
              .select((e) => ['o.entity', e.fn.count<number>('o.doc').distinct().as('count')])
              .where('me.entity', '=', id)
              .where('o.entity', '!=', id)
              .groupBy('o.entity')
              .orderBy('count', 'desc')
              .orderBy('o.entity')
              .limit(query.coMentioned)
              .as('c'),
          )
          .innerJoin('entities as e', 'e.id', 'c.entity')
          .select(['e.id', 'e.type', 'e.name', 'c.count'])
          .orderBy('c.count', 'desc')
          .orderBy('e.id')
          .execute(),
  ]);
  return {
    ...summary(row, roles.get(id) ?? []),
    aliases: aliases.map((a) => a.alias),
    documentsList: documents.map((d) => ({ id: d.id, title: d.title, published: d.published, source: d.source, kind: d.kind as Kind, mentions: Number(d.mentions) })),
    coMentioned: coMentioned.map((c) => ({ id: c.id, type: c.type as EntityType, name: c.name, count: Number(c.count) })),
  };
}

/** Offices each entity held, from its credited role evidence: one row per entity, office and document, folded into spans (see roleSpans). */
async function roleSpansOf(db: Kysely<StoreTables>, ids: readonly string[]): Promise<Map<string, RoleSpan[]>> {
  const spans = new Map<string, RoleSpan[]>();
  if (ids.length === 0) return spans;
  // One pass over the entities' role evidence, credited or not: the credited rows make the spans, all of them weigh the owners.
  const rows = await db
    .selectFrom('doc_entities as de')
    .innerJoin('entity_roles as r', (j) => j.onRef('r.doc', '=', 'de.doc').onRef('r.idx', '=', 'de.idx'))
    .select((e) => ['de.entity', 'r.title', 'r.of', 'r.doc', 'r.published', 'r.of_inferred as inferred', e.fn.max('r.credited').as('credited')])
    .where('de.entity', 'in', ids)
    .groupBy(['de.entity', 'r.title', 'r.of', 'r.doc', 'r.published', 'r.of_inferred'])
    .execute();
  // Owners as the evidence allows (`RoleOwners`), as documents show them: a guessed owner the corpus contradicts is unknown.
  // (Former roles, which weigh owners in a document's view, are no office evidence and are left out here.)
  const owners = new RoleOwners(
    rows.filter((row) => row.of !== '').map((row) => ({ person: row.entity, title: row.title, of: row.of, document: String(row.doc), inferred: Number(row.inferred) === 1 })),
  );
  const byEntity = new Map<string, RoleInDocument[]>();
  for (const row of rows) {
    if (Number(row.credited) !== 1) continue;
    const list = byEntity.get(row.entity) ?? byEntity.set(row.entity, []).get(row.entity)!;
    const office = officeOf(row);
    const of = owners.ownerOf(row.entity, { ...office, ofInferred: Number(row.inferred) === 1, tense: 'current' }, true);
    list.push({ title: office.title, of, doc: Number(row.doc), published: row.published });
  }
  for (const [entity, roles] of byEntity) spans.set(entity, roleSpans(roles));
  return spans;
}

function summary(
  row: { id: string; type: string; name: string; mentions: number; documents: number; first_seen: string | null; last_seen: string | null },
  roles: readonly RoleSpan[],
): EntitySummary {
  return {
    id: row.id,
    type: row.type as EntityType,
    name: row.name,
    mentions: Number(row.mentions),
    documents: Number(row.documents),
    firstSeen: row.first_seen,
    lastSeen: row.last_seen,
    roles,
  };
}

/** The credited role evidence for one office (title and owner), with the person it names. */
function officeEvidence(db: Kysely<StoreTables>, office: Office) {
  return db
    .selectFrom('entity_roles as r')
    .innerJoin('doc_entities as de', (j) => j.onRef('de.doc', '=', 'r.doc').onRef('de.idx', '=', 'r.idx'))
    .leftJoin('entities as e', 'e.id', 'de.entity')
    .select(['de.entity', 'e.name', 'r.published', 'r.doc_id'])
    .where('r.title', '=', office.title)
    .where('r.of', '=', ofColumn(office.of))
    .where('r.credited', '=', 1);
}

/** The dated, credited evidence for one office, in the order `holderOf` ranks it; folded into terms by `officeTerms`. */
export async function officeHistory(db: Kysely<StoreTables>, office: Office): Promise<OfficeTerm[]> {
  const rows = await officeEvidence(db, office)
    .where('r.published', 'is not', null)
    .orderBy('r.published')
    .orderBy('r.doc_id')
    .orderBy('r.idx')
    .orderBy('r.ordinal')
    .execute();
  return officeTerms(rows.map((row) => ({ person: row.entity, name: row.name ?? row.entity, published: row.published as string, document: row.doc_id })));
}

/** The same rule as office mentions use (see `holderOf`), for one office and date. */
export async function officeHolder(db: Kysely<StoreTables>, office: Office, date: string): Promise<OfficeHolder | null> {
  const row = await officeEvidence(db, office)
    .where('r.published', '<=', date)
    .orderBy('r.title', 'desc')
    .orderBy('r.of', 'desc')
    .orderBy('r.published', 'desc')
    .orderBy('r.doc_id', 'desc')
    .orderBy('r.idx', 'desc')
    .orderBy('r.ordinal', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!row || row.published === null) return null;
  return { id: row.entity, name: row.name ?? row.entity, since: row.published, document: row.doc_id };
}

export async function documentEntities(db: Kysely<StoreTables>, id: string): Promise<DocumentEntities | null> {
  const doc = await db.selectFrom('documents').select('seq').where('id', '=', id).executeTakeFirst();
  if (!doc) return null;
  const [mentions, roles, offices] = await Promise.all([
    db
      .selectFrom('entity_mentions as m')
      .innerJoin('doc_entities as de', (j) => j.onRef('de.doc', '=', 'm.doc').onRef('de.idx', '=', 'm.idx'))
      .leftJoin('entities as e', 'e.id', 'de.entity')
      .select(['m.idx', 'm.span_start', 'm.span_end', 'm.text', 'de.type', 'de.entity', 'e.name', 'de.role_title', 'de.role_of', 'de.role_of_inferred', 'de.role_tense'])
      .where('m.doc', '=', doc.seq)
      .orderBy('m.span_start')
      .orderBy('m.span_end')
      .orderBy('m.ordinal')
      .execute(),
    db.selectFrom('entity_roles').select(['idx', 'title', 'of', 'credited']).where('doc', '=', doc.seq).orderBy('idx').orderBy('ordinal').execute(),
    db
      .selectFrom('office_mentions as om')
      .leftJoin('entity_roles as r', 'r.seq', 'om.holder_role')
      .leftJoin('doc_entities as de', (j) => j.onRef('de.doc', '=', 'r.doc').onRef('de.idx', '=', 'r.idx'))
      .leftJoin('entities as e', 'e.id', 'de.entity')
      .select(['om.span_start', 'om.span_end', 'om.text', 'om.title', 'om.of', 'de.entity', 'e.name'])
      .where('om.doc', '=', doc.seq)
      .orderBy('om.span_start')
      .orderBy('om.ordinal')
      .execute(),
  ]);
  const credited = new Set(roles.filter((r) => r.credited === 1).map((r) => `${r.idx}\u0000${r.title}\u0000${r.of}`));
  const shown = new Map<number, { person: string; role: ShownRole }>();
  for (const m of mentions) {
    if (m.type !== 'person' || m.role_title === null || shown.has(m.idx)) continue;
    const tense = m.role_tense === 'former' || m.role_tense === 'future' ? m.role_tense : 'current';
    shown.set(m.idx, { person: m.entity, role: { title: m.role_title, of: ofValue(m.role_of), ofInferred: m.role_of_inferred === 1, tense } });
  }
  const owners = await roleOwnersFor(db, [...shown.values()].map((s) => s.person));
  const roleOf = new Map(
    [...shown].map(([idx, { person, role }]) => [
      idx,
      owners.ownerOf(person, role, role.tense !== 'current' || credited.has(`${idx}\u0000${role.title}\u0000${ofColumn(role.of)}`)),
    ]),
  );
  return {
    mentions: mentions.map((m): DocumentEntityMention => {
      const role = shown.get(m.idx)?.role ?? null;
      return {
        type: m.type as EntityType,
        text: m.text,
        start: m.span_start,
        end: m.span_end,
        id: m.entity,
        name: m.name ?? m.entity,
        role: role?.title ?? null,
        roleOf: role ? (roleOf.get(m.idx) ?? null) : null,
        roleTense: role?.tense ?? null,
      };
    }),
    officeMentions: offices.map(
      (o): DocumentOfficeMention => ({
        text: o.text,
        start: o.span_start,
        end: o.span_end,
        office: officeOf(o),
        id: o.entity ?? null,
        name: o.entity ? (o.name ?? o.entity) : null,
      }),
    ),
  };
}

/**
 * The owners documents give each person's title, stated or inferred,
 * anywhere in the store, current or former: what `RoleOwners` weighs.
 */
async function roleOwnersFor(db: Kysely<StoreTables>, people: readonly string[]): Promise<RoleOwners> {
  if (people.length === 0) return new RoleOwners([]);
  const ids = [...new Set(people)];
  const [evidence, shown] = await Promise.all([
    db
      .selectFrom('entity_roles as r')
      .innerJoin('doc_entities as de', (j) => j.onRef('de.doc', '=', 'r.doc').onRef('de.idx', '=', 'r.idx'))
      .select(['de.entity as person', 'r.title', 'r.of', 'r.doc as document', 'r.of_inferred as inferred'])
      .distinct()
      .where('de.entity', 'in', ids)
      .where('r.of', '!=', '')
      .execute(),
    db
      .selectFrom('doc_entities as de')
      .select(['de.entity as person', 'de.role_title as title', 'de.role_of as of', 'de.doc as document', 'de.role_of_inferred as inferred'])
      .distinct()
      .where('de.entity', 'in', ids)
      .where('de.role_title', 'is not', null)
      .where('de.role_of', '!=', '')
      .execute(),
  ]);
  return new RoleOwners([...evidence, ...shown].flatMap((row) => (row.title === null ? [] : [{ person: row.person, title: row.title, of: row.of, document: String(row.document), inferred: row.inferred === 1 }])));
}
