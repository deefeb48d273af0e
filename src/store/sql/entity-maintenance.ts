import { sql, type Expression, type Kysely, type RawBuilder } from 'kysely';
import { outer } from './outer.js';
import { markCredit } from './role-credit.js';
import type { StoreTables } from './tables.js';

/**
 * Set-based statements that keep the entity tables in step, shared by every
 * adapter's write path (each compiles them once, with its own placeholders).
 * Only portable SQL: `insert … select … on conflict`, `case` instead of the
 * two-argument `min`/`max` (PostgreSQL spells them `least`/`greatest`), and
 * `substr`. Literal values compile to parameters the adapter binds first.
 *
 * The documents of one resolution step sit in `entity_batch` for the length
 * of its transaction, so these statements take no lists of parameters.
 */

/** The year a person row counts under in `person_years`; '' for undated documents. */
const personYear = sql<string>`coalesce(substr(published, 1, 4), '')`;

/** A per-call value, spelled the adapter's way (`@name` for better-sqlite3). */
export type Param = <T>(name: string) => RawBuilder<T>;

/**
 * When a document's rows go (replaced, re-staged, deleted): note what they
 * touched, before deleting them. Values: `doc`, `stamp`; for
 * `countDownPerson`, `n`, `block`, `auto`, `year` from `personCountsOf`.
 */
export function removalStatements(db: Kysely<StoreTables>, p: Param) {
  const doc = p<number>('doc');
  const stamp = p<string>('stamp');
  return {
    dirtyEntities: db
      .insertInto('entity_dirty')
      .columns(['id'])
      .expression(db.selectFrom('doc_entities').select('entity').distinct().where('doc', '=', doc))
      .onConflict((oc) => oc.doNothing()),
    dirtyPersons: db
      .insertInto('person_dirty')
      .columns(['block', 'auto', 'year'])
      .expression(
        db
          .selectFrom('doc_entities')
          .select(['block', 'own as auto', personYear.as('year')])
          .distinct()
          .where('doc', '=', doc)
          .where('type', '=', 'person')
          .where('form', '=', 'full'),
      )
      .onConflict((oc) => oc.doNothing()),
    dirtyOffices: db
      .insertInto('office_dirty')
      .columns(['title', 'of', 'published'])
      .expression(
        db
          .selectFrom('entity_roles')
          .select(['title', 'of', sql<string>`published`.as('published')])
          .distinct()
          .where('doc', '=', doc)
          .where('published', 'is not', null),
      )
      .onConflict((oc) => oc.doNothing()),
    dirtyCredit: markCredit(db, (q) => q.where('doc', '=', doc)),
    /** The document's full-name people per block and year, to count down in `person_years`. */
    personCountsOf: db
      .selectFrom('doc_entities')
      .select((e) => ['block', 'own as auto', personYear.as('year'), e.fn.countAll<number>().as('n')])
      .where('doc', '=', doc)
      .where('type', '=', 'person')
      .where('form', '=', 'full')
      .groupBy(['block', 'auto', personYear]),
    deleteEntities: db.deleteFrom('doc_entities').where('doc', '=', doc),
    deleteMentions: db.deleteFrom('entity_mentions').where('doc', '=', doc),
    deleteRoles: db.deleteFrom('entity_roles').where('doc', '=', doc),
    deleteOfficeMentions: db.deleteFrom('office_mentions').where('doc', '=', doc),
    countDownPerson: db
      .updateTable('person_years')
      .set({ rows: sql`rows - ${p<number>('n')}` })
      .where('block', '=', p<string>('block'))
      .where('auto', '=', p<string>('auto'))
      .where('year', '=', p<string>('year')),
    dropEmptyPersons: db.deleteFrom('person_years').where('rows', '<=', 0),
    /** Queues the document for resolution, stamped with its content hash. */
    enqueue: db
      .insertInto('entity_queue')
      .values({ doc, stamp })
      .onConflict((oc) => oc.column('doc').doUpdateSet({ stamp: sql`excluded.stamp` })),
  };
}

const inBatch = (db: Kysely<StoreTables>) => db.selectFrom('entity_batch').select('entity_batch.doc');
const dirtyIds = (db: Kysely<StoreTables>) => db.selectFrom('entity_dirty').select('entity_dirty.id');

/** `excluded.x` wins when it is earlier (`earlier`) or later than the stored value; nulls never win. */
function keep(column: 'first_seen' | 'last_seen', earlier: boolean) {
  const op = sql.raw(earlier ? '<' : '>');
  const ref = sql.raw(column);
  return sql<string | null>`case when entities.${ref} is null or (excluded.${ref} is not null and excluded.${ref} ${op} entities.${ref}) then excluded.${ref} else entities.${ref} end`;
}

function larger(column: 'own' | 'full') {
  const ref = sql.raw(column);
  return sql<number>`case when excluded.${ref} > entity_aliases.${ref} then excluded.${ref} else entity_aliases.${ref} end`;
}

/**
 * Rows lists count: not a lone given name ("Neil") that resolves to nothing
 * (a surname's own id is its block). Such an entity keeps its row, with no
 * mentions or documents, so no list or facet shows it.
 */
export const counted = sql<boolean>`not (lone_given = 1 and auto = block)`;

/** Per-entity totals of the rows chosen by `where`. */
function totals(db: Kysely<StoreTables>) {
  return db
    .selectFrom('doc_entities')
    .select((e) => [
      'entity',
      e.fn.min('type').as('type'),
      e.fn.min('name').as('name'),
      e.fn.min('folded').as('folded'),
      e.fn.sum<number>(sql`case when ${counted} then mentions else 0 end`).as('mentions'),
      e.fn.count<number>(sql`case when ${counted} then doc end`).distinct().as('documents'),
      e.fn.min('published').as('first_seen'),
      e.fn.max('published').as('last_seen'),
    ])
    .groupBy('entity');
}

function aliasTotals(db: Kysely<StoreTables>) {
  return db
    .selectFrom('doc_entities')
    .select((e) => [
      'entity',
      'name',
      e.fn.min('folded').as('folded'),
      e.fn.countAll<number>().as('rows'),
      e.fn.max(sql<number>`case when auto = entity then 1 else 0 end`).as('own'),
      e.fn.max(sql<number>`case when form = 'full' then 1 else 0 end`).as('full'),
    ])
    .groupBy(['entity', 'name']);
}

const ENTITY_COLUMNS = ['id', 'type', 'name', 'folded', 'mentions', 'documents', 'first_seen', 'last_seen'] as const;
const ALIAS_COLUMNS = ['entity', 'alias', 'folded', 'rows', 'own', 'full'] as const;

/** Full-name people counted per block and year. */
function fullPeople(db: Kysely<StoreTables>) {
  return db
    .selectFrom('doc_entities')
    .select((e) => ['block', 'own as auto', personYear.as('year'), e.fn.min('initials').as('initials'), e.fn.countAll<number>().as('rows')])
    .where('type', '=', 'person')
    .where('form', '=', 'full')
    .groupBy(['block', 'own', personYear]);
}

/** The statements of one resolution step, in the order the write path runs them. */
export function linkStatements(db: Kysely<StoreTables>) {
  const rename = (ids: Expression<unknown>) =>
    db
      .updateTable('entities')
      .set({ name: bestAlias('alias'), folded: bestAlias('folded') })
      .where('id', 'in', ids as never)
      // Only entities that have aliases; one reached only through a user's name keeps it.
      .where((e) => e.exists(db.selectFrom('entity_aliases as x').select('x.entity').where('x.entity', '=', outer('entities.id'))));
  const bestAlias = (column: 'alias' | 'folded') =>
    db
      .selectFrom('entity_aliases as a')
      .select(`a.${column}`)
      .where('a.entity', '=', outer('entities.id'))
      // The name resolution gave the entity itself beats one merged in; then full names, use, length.
      .orderBy('a.own', 'desc')
      .orderBy('a.full', 'desc')
      .orderBy('a.rows', 'desc')
      .orderBy(sql`length(a.alias)`, 'desc')
      .orderBy('a.alias')
      .limit(1);
  return {
    /** Counts of entities seen in the batch grow by the batch's rows (new documents only add). */
    addCounts: db
      .insertInto('entities')
      .columns(ENTITY_COLUMNS)
      .expression(totals(db).where('doc', 'in', inBatch(db)))
      .onConflict((oc) =>
        oc.column('id').doUpdateSet({
          mentions: sql`entities.mentions + excluded.mentions`,
          documents: sql`entities.documents + excluded.documents`,
          first_seen: keep('first_seen', true),
          last_seen: keep('last_seen', false),
        }),
      ),
    addAliases: db
      .insertInto('entity_aliases')
      .columns(ALIAS_COLUMNS)
      .expression(aliasTotals(db).where('doc', 'in', inBatch(db)))
      .onConflict((oc) =>
        oc.columns(['entity', 'alias']).doUpdateSet({
          rows: sql`entity_aliases.rows + excluded.rows`,
          own: larger('own'),
          full: larger('full'),
        }),
      ),
    addPersons: db
      .insertInto('person_years')
      .columns(['block', 'auto', 'year', 'initials', 'rows'])
      .expression(fullPeople(db).where('doc', 'in', inBatch(db)))
      .onConflict((oc) => oc.columns(['block', 'auto', 'year']).doUpdateSet({ rows: sql`person_years.rows + excluded.rows` })),
    rebuildPersons: [
      db.deleteFrom('person_years'),
      db.insertInto('person_years').columns(['block', 'auto', 'year', 'initials', 'rows']).expression(fullPeople(db)),
    ],
    /** Entities that lost or changed rows are counted again from scratch (aliases go with them). */
    dropDirty: db.deleteFrom('entities').where('id', 'in', dirtyIds(db)),
    recountDirty: db.insertInto('entities').columns(ENTITY_COLUMNS).expression(totals(db).where('entity', 'in', dirtyIds(db))),
    realiasDirty: db.insertInto('entity_aliases').columns(ALIAS_COLUMNS).expression(aliasTotals(db).where('entity', 'in', dirtyIds(db))),
    // Names follow alias counts, so entities the batch touched are named again: those with more
    // than one name (with one, the name it was created with stands). Two statements, not one
    // with OR, so each is driven by its own small id list.
    renameBatch: rename(
      db
        .selectFrom('entity_aliases as m')
        .select('m.entity')
        .where('m.entity', 'in', db.selectFrom('doc_entities').select('doc_entities.entity').where('doc', 'in', inBatch(db)))
        .groupBy('m.entity')
        .having((e) => e.fn.countAll(), '>', 1),
    ),
    renameDirty: rename(dirtyIds(db)),
    /**
     * Every id ever seen, so a rebuild also drops entities that no longer have
     * rows. (SQLite needs a WHERE before ON CONFLICT in `insert … select`.)
     */
    markAllDirty: [
      db.insertInto('entity_dirty').columns(['id']).expression(db.selectFrom('doc_entities').select('entity').distinct().where('idx', '>=', 0)).onConflict((oc) => oc.doNothing()),
      db.insertInto('entity_dirty').columns(['id']).expression(db.selectFrom('entities').select('id').where('documents', '>=', 0)).onConflict((oc) => oc.doNothing()),
    ],
    /** A batch's own role evidence may change who held an office in other documents. */
    dirtyBatchOffices: db
      .insertInto('office_dirty')
      .columns(['title', 'of', 'published'])
      .expression(
        db
          .selectFrom('entity_roles')
          .select(['title', 'of', sql<string>`published`.as('published')])
          .distinct()
          .where('doc', 'in', inBatch(db))
          .where('published', 'is not', null),
      )
      .onConflict((oc) => oc.doNothing()),
    /** A batch's one-holder roles may overrule inferred owners elsewhere, or be overruled. */
    dirtyBatchCredit: markCredit(db, (q) => q.where('doc', 'in', inBatch(db))),
    clearDirty: db.deleteFrom('entity_dirty'),
    clearBatch: db.deleteFrom('entity_batch'),
  };
}

/**
 * The holder of an office mention: the credited role evidence
 * (`role-credit.ts`) for the same office on the latest date on or before the
 * mention's document date; between evidence of the same date, the greatest
 * (document id, entity, ordinal). The order is the index's, so this is one
 * step of a backwards index scan (past the few uncredited rows).
 */
export function holderOf(db: Kysely<StoreTables>) {
  return db
    .selectFrom('entity_roles as r')
    .select('r.seq')
    .where('r.title', '=', outer('office_mentions.title'))
    .where('r.of', '=', outer('office_mentions.of'))
    .where('r.published', '<=', outer('office_mentions.published'))
    .where('r.credited', '=', 1)
    .orderBy('r.title', 'desc')
    .orderBy('r.of', 'desc')
    .orderBy('r.published', 'desc')
    .orderBy('r.doc_id', 'desc')
    .orderBy('r.idx', 'desc')
    .orderBy('r.ordinal', 'desc')
    .limit(1);
}
