import { sql, type Kysely, type RawBuilder, type SqlBool } from 'kysely';
import type { Office, OfficeTerm } from '../entity-types.js';
import type { SpeakerFilter } from '../quote-query.js';
import { officeHistory } from './entities.js';
import { ofColumn } from './entity-rows.js';
import type { StoreTables } from './tables.js';

/** Entities a name may stand for: more is a name too vague to filter by, and the first ones (most mentioned) are kept. */
const MAX_NAMED = 100;

const NOTHING = sql<SqlBool>`1 = 0`;

/**
 * Offices' holders term by term, read once per office per call: a page of
 * quotes often names the same office many times.
 */
export class OfficeTerms {
  private readonly cache = new Map<string, Promise<OfficeTerm[]>>();

  constructor(private readonly db: Kysely<StoreTables>) {}

  of(office: Office): Promise<OfficeTerm[]> {
    const key = `${office.title}\u0000${office.of ?? ''}`;
    let terms = this.cache.get(key);
    if (!terms) this.cache.set(key, (terms = officeHistory(this.db, office)));
    return terms;
  }

  /** Whoever's term holds `date`: from their first attestation until their successor's; null without a date or a term. */
  async holderAt(office: Office, date: string | null): Promise<OfficeTerm | null> {
    if (date === null) return null;
    return (await this.of(office)).find((t) => t.firstAttested <= date && (t.until === null || date < t.until)) ?? null;
  }
}

/** A quote's date inside a term. */
const inTerm = (column: RawBuilder<unknown>, term: OfficeTerm) =>
  term.until === null ? sql<SqlBool>`${column} >= ${term.firstAttested}` : sql<SqlBool>`(${column} >= ${term.firstAttested} and ${column} < ${term.until})`;

/** Quotes whose speaker entity is one of these ids (`quotes as q`). */
function spokenBy(ids: readonly string[]) {
  if (ids.length === 0) return NOTHING;
  return sql<SqlBool>`(q.doc, q.speaker_idx) in (select de.doc, de.idx from doc_entities de where de.entity in (${sql.join(ids)}))`;
}

const officeNamed = (office: Office) => sql<SqlBool>`(q.speaker_idx is null and q.office_title = ${office.title} and q.office_of = ${ofColumn(office.of)})`;

/**
 * `speaker`: quotes whose speaker entity is the id (or one of the entities
 * the name matches), and quotes naming only an office during one of their
 * terms in it.
 */
export async function speakerCondition(db: Kysely<StoreTables>, filter: SpeakerFilter, terms: OfficeTerms): Promise<RawBuilder<SqlBool>> {
  const ids = 'id' in filter ? [filter.id] : await namedIds(db, filter.pattern);
  if (ids.length === 0) return NOTHING;
  const offices = await db
    .selectFrom('entity_roles as r')
    .innerJoin('doc_entities as de', (j) => j.onRef('de.doc', '=', 'r.doc').onRef('de.idx', '=', 'r.idx'))
    .select(['r.title', 'r.of'])
    .distinct()
    .where('de.entity', 'in', ids)
    .where('r.credited', '=', 1)
    .execute();
  const wanted = new Set(ids);
  const windows: RawBuilder<SqlBool>[] = [];
  for (const row of offices) {
    const office = { title: row.title, of: row.of === '' ? null : row.of };
    for (const term of await terms.of(office)) {
      if (wanted.has(term.id)) windows.push(sql<SqlBool>`(${officeNamed(office)} and ${inTerm(sql.ref('q.published'), term)})`);
    }
  }
  return sql<SqlBool>`(${sql.join([spokenBy(ids), ...windows], sql` or `)})`;
}

/**
 * `role` (and `of`): quotes whose speaker held the office at the quote's
 * date (a holder's quotes within their term), and quotes naming only that
 * office, resolved or not. Without `of`, every owner the corpus shows for
 * the title.
 */
export async function roleCondition(db: Kysely<StoreTables>, role: { title: string; of: string | null }, terms: OfficeTerms): Promise<RawBuilder<SqlBool>> {
  const offices: Office[] =
    role.of !== null
      ? [{ title: role.title, of: role.of }]
      : (
          await db
            .selectFrom('entity_roles')
            .select('of')
            .distinct()
            .where('title', '=', role.title)
            .where('credited', '=', 1)
            .union(db.selectFrom('quotes').select((e) => e.fn.coalesce('office_of', sql.lit('')).as('of')).distinct().where('office_title', '=', role.title))
            .execute()
        ).map((row) => ({ title: role.title, of: row.of === '' ? null : row.of }));
  const held: RawBuilder<SqlBool>[] = [];
  const named: RawBuilder<SqlBool>[] = [];
  for (const office of offices) {
    named.push(officeNamed(office));
    for (const term of await terms.of(office)) held.push(sql<SqlBool>`(de.entity = ${term.id} and ${inTerm(sql.ref('de.published'), term)})`);
  }
  const byHolder = held.length === 0 ? NOTHING : sql<SqlBool>`(q.doc, q.speaker_idx) in (select de.doc, de.idx from doc_entities de where ${sql.join(held, sql` or `)})`;
  return sql<SqlBool>`(${sql.join([byHolder, ...named], sql` or `)})`;
}

/** Entity ids whose name or an alias holds the folded pattern, most mentioned first. */
async function namedIds(db: Kysely<StoreTables>, pattern: string): Promise<string[]> {
  const like = (column: 'e.folded' | 'a.folded') => sql<SqlBool>`${sql.ref(column)} like ${pattern} escape '\\'`;
  const rows = await db
    .selectFrom('entities as e')
    .select('e.id')
    .where('e.documents', '>', 0)
    .where((e) => e.or([like('e.folded'), e.exists(db.selectFrom('entity_aliases as a').select('a.entity').where('a.entity', '=', sql.ref<string>('e.id')).where(like('a.folded')))]))
    .orderBy('e.mentions', 'desc')
    .orderBy('e.id')
    .limit(MAX_NAMED)
    .execute();
  return rows.map((row) => row.id);
}
