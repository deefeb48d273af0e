import { sql, type Kysely, type Migration } from 'kysely';

/**
 * `0007-shown-roles`: the role each document shows for a person, current or
 * not ("former Prime Minister Helen Clark"), with the stage's owner and
 * whether it was inferred, so the API can give `role`, `roleOf` and
 * `roleTense` as `parley extract` does. `entity_roles` stays the office
 * evidence: current roles only. Also `lone_given`: a listed given name
 * standing alone ("Neil"), which no list or facet counts while it resolves
 * to nothing (`auto = block`); and `gender` ('f', 'm' or null), which the
 * entities stage reads from honorifics and given names, so that "Mrs Bolger"
 * never joins Jim Bolger across documents either; `own`, the id the name
 * gives on its own, which `person_years` counts full names by; and an index
 * of one-given-name full names ("George Bush"), which may resolve to a
 * fuller variant ("George W. Bush") and are revisited when one appears. Rows written before read as no role and no
 * lone given name until `parley reindex`.
 */
export const shownRolesMigration: Migration = {
  // Untyped: a migration sees the schema as it was then, not as typed today.
  async up(db: Kysely<any>) {
    await db.schema.alterTable('doc_entities').addColumn('role_title', 'text').execute();
    await db.schema.alterTable('doc_entities').addColumn('role_of', 'text', (c) => c.notNull().defaultTo('')).execute();
    await db.schema.alterTable('doc_entities').addColumn('role_of_inferred', 'integer', (c) => c.notNull().defaultTo(0)).execute();
    await db.schema.alterTable('doc_entities').addColumn('role_tense', 'text').execute();
    await db.schema.alterTable('doc_entities').addColumn('lone_given', 'integer', (c) => c.notNull().defaultTo(0)).execute();
    await db.schema.alterTable('doc_entities').addColumn('gender', 'text').execute();
    // The id the name gives on its own. Full names counted in person_years by it, not by what they resolve to:
    // "George Bush" may now resolve to "George W. Bush". Until now a full name's auto was its own id.
    await db.schema.alterTable('doc_entities').addColumn('own', 'text', (c) => c.notNull().defaultTo('')).execute();
    await sql`update doc_entities set own = auto`.execute(db);
    await sql`create index doc_entities_given on doc_entities (block, published) where form = 'full' and length(initials) = 1`.execute(db);
  },
};
