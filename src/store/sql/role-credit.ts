import { sql, type ExpressionBuilder, type Kysely, type RawBuilder, type SelectQueryBuilder } from 'kysely';
import { CREDIT_WINDOW_YEARS } from '../entity-types.js';
import { outer } from './outer.js';
import type { StoreTables } from './tables.js';

/**
 * Which inferred owners the corpus credits, in portable SQL shared by every
 * adapter. An `entity_roles` row of a one-holder office whose country was
 * inferred (`of_inferred = 1`, `one_holder = 1`) is not credited, so neither
 * the person's roles over time nor office-holder history use it, when its
 * person is not stated anywhere to hold that office of that country and
 * either
 * - the person is stated to hold the same title for another country (Tony
 *   Blair, stated Britain's Prime Minister, is no Australian one), or
 * - another person stated somewhere to hold that office of that country has
 *   evidence for it (stated, or inferred and credited) within
 *   `CREDIT_WINDOW_YEARS` before the row's date and within as many after
 *   (John Howard, around Blair's 2003 mention). Bracketing, rather than the
 *   holder's first to last date, keeps someone with two terms from
 *   overruling whoever held the office between them.
 * Stated evidence (text, front matter, byline) is always credited.
 *
 * Work is per title: anything that adds, removes or reassigns a one-holder
 * role puts its title in `credit_dirty`; the step rebuilds `holder_dates` for
 * those titles and settles their inferred rows again.
 */

type Roles = SelectQueryBuilder<StoreTables, 'entity_roles', object>;

/** Puts the titles of the one-holder roles `rows` chooses in `credit_dirty`. */
export function markCredit(db: Kysely<StoreTables>, rows: (q: Roles) => Roles) {
  return db
    .insertInto('credit_dirty')
    .columns(['title'])
    .expression(rows(db.selectFrom('entity_roles').where('one_holder', '=', 1)).select('entity_roles.title').distinct())
    .onConflict((oc) => oc.doNothing());
}

const dirtyTitles = (db: Kysely<StoreTables>) => db.selectFrom('credit_dirty').select('credit_dirty.title');

/**
 * `date` moved by `years` calendar years, as text ('2003-07-22' → '2002-07-22');
 * portable, four-digit years. `years` is a literal: a bound JavaScript number
 * may arrive as a float ('2002.0').
 */
const shiftYears = (date: RawBuilder<string>, years: number) => sql<string>`substr(cast(10000 + cast(substr(${date}, 1, 4) as integer) + ${sql.lit(Math.trunc(years))} as text), 2) || substr(${date}, 5)`;

/** 1 when the `entity_roles` row being read is credited under the rule above, else 0. */
function creditOf(db: Kysely<StoreTables>) {
  const person = db.selectFrom('doc_entities as de').select('de.entity').where('de.doc', '=', outer<number>('entity_roles.doc')).where('de.idx', '=', outer<number>('entity_roles.idx'));
  const date = outer('entity_roles.published');
  const dates = (alias: 'h' | 'a' | 'b') => db.selectFrom(`holder_dates as ${alias}`).select(`${alias}.title`).where(`${alias}.title`, '=', outer('entity_roles.title'));
  const own = dates('h').where('h.entity', '=', person).where('h.of', '=', outer('entity_roles.of'));
  const elsewhere = dates('h').where('h.entity', '=', person).where('h.of', '<>', outer('entity_roles.of'));
  const after = dates('b')
    .where('b.of', '=', outer('entity_roles.of'))
    .where('b.entity', '=', sql.ref<string>('a.entity'))
    .where('b.published', '>=', date)
    .where('b.published', '<=', shiftYears(date, CREDIT_WINDOW_YEARS));
  const anotherHolder = dates('a')
    .where('a.of', '=', outer('entity_roles.of'))
    .where('a.entity', '<>', person)
    .where('a.published', '<=', date)
    .where('a.published', '>=', shiftYears(date, -CREDIT_WINDOW_YEARS))
    .where((e) => e.exists(after));
  // A subquery interpolated here brings its own parentheses.
  return sql<number>`case when exists ${own} then 1 when exists ${elsewhere} or exists ${anotherHolder} then 0 else 1 end`;
}

/** The statements that settle credit, in the order a step runs them, after reassignments and before office holders. */
export function creditStatements(db: Kysely<StoreTables>) {
  const credit = creditOf(db);
  const contested = (e: ExpressionBuilder<StoreTables, 'entity_roles'>) =>
    e.and([e('entity_roles.title', 'in', dirtyTitles(db)), e('entity_roles.of_inferred', '=', 1), e('entity_roles.one_holder', '=', 1)]);
  const published = sql<string>`coalesce(r.published, '')`;
  return {
    /** A rebuild settles every title, including those whose last role went. (SQLite needs a WHERE before ON CONFLICT.) */
    markAll: [
      markCredit(db, (q) => q),
      db.insertInto('credit_dirty').columns(['title']).expression(db.selectFrom('holder_dates').select('holder_dates.title').distinct().where('stated', '>=', 0)).onConflict((oc) => oc.doNothing()),
    ],
    dropDates: db.deleteFrom('holder_dates').where('title', 'in', dirtyTitles(db)),
    /** Every dated (or '': undated) one-holder role per person, marked stated or not… */
    addDates: db
      .insertInto('holder_dates')
      .columns(['title', 'of', 'entity', 'published', 'stated'])
      .expression(
        db
          .selectFrom('entity_roles as r')
          .innerJoin('doc_entities as de', (j) => j.onRef('de.doc', '=', 'r.doc').onRef('de.idx', '=', 'r.idx'))
          .select((e) => ['r.title', 'r.of', 'de.entity', published.as('published'), e.fn.max(sql<number>`1 - r.of_inferred`).as('stated')])
          .where('r.title', 'in', dirtyTitles(db))
          .where('r.one_holder', '=', 1)
          .groupBy(['r.title', 'r.of', 'de.entity', published]),
      ),
    /** … then only people stated somewhere to hold the office keep theirs. */
    dropUnconfirmed: db
      .deleteFrom('holder_dates')
      .where('title', 'in', dirtyTitles(db))
      .where((e) =>
        e.not(
          e.exists(
            db
              .selectFrom('holder_dates as s')
              .select('s.title')
              .where('s.title', '=', outer('holder_dates.title'))
              .where('s.of', '=', outer('holder_dates.of'))
              .where('s.entity', '=', outer('holder_dates.entity'))
              .where('s.stated', '=', 1),
          ),
        ),
      ),
    /** Dated rows whose credit is about to change: office mentions from their date on may have another holder. */
    noteChanges: db
      .insertInto('office_dirty')
      .columns(['title', 'of', 'published'])
      .expression(
        db
          .selectFrom('entity_roles')
          .where(contested)
          .select(['entity_roles.title', 'entity_roles.of', sql<string>`entity_roles.published`.as('published')])
          .distinct()
          .where('entity_roles.published', 'is not', null)
          .where('entity_roles.credited', '<>', credit),
      )
      .onConflict((oc) => oc.doNothing()),
    settle: db.updateTable('entity_roles').set({ credited: credit }).where(contested),
    clear: db.deleteFrom('credit_dirty'),
  };
}
