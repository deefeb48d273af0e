import { sql, type Insertable, type Kysely, type Selectable } from 'kysely';
import type {
  EntityCorrection,
  EntityCorrectionRecord,
  EntityRow,
  EntityType,
  IndexedEntity,
  IndexedMention,
  IndexedOfficeMention,
  IndexedRole,
  NameForm,
  Office,
} from '../entity-types.js';
import type { DocEntitiesTable, EntityCorrectionsTable, EntityMentionsTable, EntityRolesTable, OfficeMentionsTable } from './entity-tables.js';
import type { StoreTables } from './tables.js';

/**
 * Column orders of the per-document entity tables, and each index item as
 * values in that order: the write path inserts hundreds of thousands of these
 * rows, and positional binding costs half what named binding does.
 */
export const DOC_ENTITY_COLUMNS = [
  'doc', 'idx', 'type', 'key', 'name', 'folded', 'block', 'form', 'initials', 'auto', 'entity', 'published', 'mentions',
  'role_title', 'role_of', 'role_of_inferred', 'role_tense', 'lone_given', 'gender', 'own',
] as const satisfies readonly (keyof DocEntitiesTable)[];
export const MENTION_COLUMNS = ['doc', 'ordinal', 'idx', 'span_start', 'span_end', 'text', 'via'] as const satisfies readonly (keyof EntityMentionsTable)[];
export const ROLE_COLUMNS = [
  'doc', 'doc_id', 'idx', 'ordinal', 'title', 'of', 'published', 'span_start', 'span_end', 'text', 'source', 'of_inferred', 'one_holder',
] as const satisfies readonly (keyof EntityRolesTable)[];
export const OFFICE_MENTION_COLUMNS = [
  'doc', 'ordinal', 'span_start', 'span_end', 'text', 'title', 'of', 'published',
] as const satisfies readonly (keyof OfficeMentionsTable)[];

/** `insert into <table> (<columns>) values (?, …), …` with `rows` rows, for positional binding. */
export function positionalInsert<T extends keyof StoreTables>(db: Kysely<StoreTables>, table: T, columns: readonly string[], rows = 1) {
  const row = Object.fromEntries(columns.map((c) => [c, sql.raw('?')]));
  return db.insertInto(table).values(Array.from({ length: rows }, () => row) as never);
}

export function docEntityValues(doc: number, published: string | null, e: IndexedEntity, folded: string): unknown[] {
  const role = e.role;
  return [doc, e.idx, e.type, e.key, e.name, folded, e.block, e.form, e.initials, e.auto, e.entity, published, e.mentions,
    role?.title ?? null, ofColumn(role?.of ?? null), role?.ofInferred ? 1 : 0, role?.tense ?? null, e.loneGivenName ? 1 : 0, e.gender ?? null, e.own ?? e.auto];
}

export function mentionValues(doc: number, ordinal: number, m: IndexedMention): unknown[] {
  return [doc, ordinal, m.entity, m.start, m.end, m.text, m.via];
}

export function roleValues(doc: number, docId: string, ordinal: number, published: string | null, r: IndexedRole): unknown[] {
  return [doc, docId, r.entity, ordinal, r.title, ofColumn(r.of), published, r.start, r.end, r.text, r.source, r.ofInferred ? 1 : 0, r.oneHolder ? 1 : 0];
}

export function officeMentionValues(doc: number, ordinal: number, published: string | null, o: IndexedOfficeMention): unknown[] {
  return [doc, ordinal, o.start, o.end, o.text, o.title, ofColumn(o.of), published];
}

/** '' stands for an unknown `of` in the tables, so equality and indexes need no null handling. */
export const ofColumn = (of: string | null): string => of ?? '';
export const ofValue = (column: string): string | null => (column === '' ? null : column);

export function toEntityRow(row: Selectable<DocEntitiesTable> & { document: string }): EntityRow {
  return {
    document: row.document,
    published: row.published,
    idx: row.idx,
    type: row.type as EntityType,
    key: row.key,
    name: row.name,
    block: row.block,
    form: row.form as NameForm,
    initials: row.initials,
    auto: row.auto,
    entity: row.entity,
    gender: row.gender === 'f' || row.gender === 'm' ? row.gender : null,
  };
}

export function officeOf(row: { title: string; of: string }): Office {
  return { title: row.title, of: ofValue(row.of) };
}

export function correctionRow(correction: EntityCorrection, at: string): Insertable<EntityCorrectionsTable> {
  const { kind, ...args } = correction;
  return { kind, args: JSON.stringify(args), created_at: at };
}

export function toCorrection(row: Selectable<EntityCorrectionsTable>): EntityCorrectionRecord {
  return { ...(JSON.parse(row.args) as object), kind: row.kind, seq: row.seq, at: row.created_at } as EntityCorrectionRecord;
}
