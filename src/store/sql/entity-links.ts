import { sql, type Expression, type Kysely, type SqlBool } from 'kysely';
import type { EntityCorrectionRecord, EntityRow, EntityRowQuery, PendingLinks, PersonYearRow } from '../entity-types.js';
import { toCorrection, toEntityRow } from './entity-rows.js';
import type { StoreTables } from './tables.js';

/** Reads that entity resolution (src/link) needs; writes are each adapter's. */

/** Bound lists stay well under every database's parameter limit. */
const CHUNK = 300;

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

export async function pendingLinks(db: Kysely<StoreTables>, limit: number): Promise<PendingLinks> {
  const [documents, persons] = await Promise.all([
    db
      .selectFrom('entity_queue as q')
      .innerJoin('documents as d', 'd.seq', 'q.doc')
      .select(['d.id', 'd.published', 'q.stamp'])
      .orderBy('q.doc')
      .limit(limit)
      .execute(),
    db.selectFrom('person_dirty').selectAll().orderBy('block').orderBy('auto').orderBy('year').execute(),
  ]);
  return { documents, persons: persons.map((p) => ({ block: p.block, auto: p.auto, year: p.year === '' ? null : p.year })) };
}

export async function personYears(db: Kysely<StoreTables>, blocks: readonly string[]): Promise<PersonYearRow[]> {
  const found: PersonYearRow[] = [];
  for (const part of chunks([...new Set(blocks)])) {
    const rows = await db.selectFrom('person_years').select(['block', 'auto', 'year', 'initials', 'rows']).where('block', 'in', part).where('rows', '>', 0).execute();
    for (const row of rows) found.push({ block: row.block, auto: row.auto, initials: row.initials, year: row.year === '' ? null : row.year, rows: Number(row.rows) });
  }
  const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return found.sort((a, b) => order(a.block, b.block) || order(a.auto, b.auto) || order(a.year ?? '', b.year ?? ''));
}

export async function entityRows(db: Kysely<StoreTables>, query: EntityRowQuery): Promise<EntityRow[]> {
  const base = db.selectFrom('doc_entities as de').innerJoin('documents as d', 'd.seq', 'de.doc').selectAll('de').select('d.id as document');
  const ordered = <Q extends typeof base>(q: Q) => q.orderBy('de.doc').orderBy('de.idx');
  if ('all' in query) return (await ordered(base).execute()).map(toEntityRow);
  if ('entities' in query) {
    const rows = [];
    for (const part of chunks(query.entities)) rows.push(...(await ordered(base.where('de.entity', 'in', part)).execute()));
    return rows.map(toEntityRow);
  }
  const rows = [];
  // One-given-name full names of some years ("George Bush"), which may stand for a fuller variant: the partial index `doc_entities_given` answers.
  for (const part of chunks(query.shortForms.filter((range) => range.given))) {
    const selected = await ordered(
      base.where((e) =>
        e.or(
          part.map((range) =>
            e.and([
              e('de.block', '=', range.block),
              sql<SqlBool>`de.form = 'full' and length(de.initials) = 1`,
              e('de.published', '>=', `${range.fromYear ?? '0000'}-01-01`),
              e('de.published', '<=', `${range.toYear ?? '9999'}-12-31`),
            ]),
          ),
        ),
      ),
    ).execute();
    rows.push(...selected);
  }
  const shortForms = query.shortForms.filter((range) => !range.given);
  // Most blocks have no short names at all: find those that do first (the partial index answers), and ask only about them.
  const withShort = new Set<string>();
  for (const part of chunks([...new Set(shortForms.map((range) => range.block))])) {
    const found = await db.selectFrom('doc_entities').select('block').distinct().where('block', 'in', part).where(sql<SqlBool>`form <> 'full'`).execute();
    for (const row of found) withShort.add(row.block);
  }
  for (const part of chunks(shortForms.filter((range) => withShort.has(range.block)))) {
    const selected = await ordered(
      base.where((e) =>
        e.or(
          part.map((range) => {
            // A literal, so SQLite sees the condition of the partial index `doc_entities_short`.
            const conditions: Expression<SqlBool>[] = [e('de.block', '=', range.block), sql<SqlBool>`de.form <> 'full'`];
            if (range.fromYear !== null || range.toYear !== null) {
              conditions.push(e('de.form', '=', 'surname'));
              conditions.push(e('de.published', '>=', `${range.fromYear ?? '0000'}-01-01`));
              conditions.push(e('de.published', '<=', `${range.toYear ?? '9999'}-12-31`));
            } else {
              conditions.push(e.or([e('de.form', '=', 'initials'), e('de.published', 'is', null)]));
            }
            return e.and(conditions);
          }),
        ),
      ),
    ).execute();
    rows.push(...selected);
  }
  // Ranges may overlap: each row once.
  const seen = new Set<string>();
  return rows.filter((row) => !seen.has(`${row.doc}:${row.idx}`) && seen.add(`${row.doc}:${row.idx}`)).map(toEntityRow);
}

export async function entityCorrections(db: Kysely<StoreTables>): Promise<EntityCorrectionRecord[]> {
  return (await db.selectFrom('entity_corrections').selectAll().orderBy('seq').execute()).map(toCorrection);
}
