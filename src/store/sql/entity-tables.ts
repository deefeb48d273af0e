import type { Generated } from 'kysely';

/**
 * Entity tables (migrations `0002-entities`, `0004-role-credit`), the same on every adapter.
 *
 * Per document, rewritten whenever the document is: `doc_entities`,
 * `entity_mentions`, `entity_roles`, `office_mentions`. Across the corpus,
 * maintained by each resolution step: `entities`, `entity_aliases`,
 * `person_years` (which document writes also count down) and `holder_dates`.
 * Work lists, filled in the same transaction as the document write that
 * causes the work: `entity_queue`, `entity_dirty`, `person_dirty`,
 * `office_dirty`, `credit_dirty`, and `entity_batch` inside a step. Kept for
 * ever: `entity_corrections`.
 *
 * `of` columns hold '' for an office whose country or organisation is
 * unknown, so equality and indexes work the same on every database.
 */
export interface DocEntitiesTable {
  doc: number;
  idx: number;
  type: string;
  key: string;
  name: string;
  folded: string;
  block: string;
  form: string;
  initials: string | null;
  auto: string;
  entity: string;
  /** The document's date, copied so date-window and history queries need no join. */
  published: string | null;
  mentions: number;
  /** The role the document shows for the person (`ShownRole`); null: none. `role_of` is '' when unknown. */
  role_title: string | null;
  role_of: string;
  role_of_inferred: number;
  role_tense: string | null;
  /** 1: a listed given name standing alone ("Neil"); while unresolved (`auto = block`) no list or facet counts it. */
  lone_given: number;
  /** 'f' or 'm' as the entities stage reads it from honorifics and given names; null: unknown. */
  gender: string | null;
  /** The id the name gives on its own (`person:george-bush`); `person_years` counts full names by it. */
  own: string;
}

export interface EntityMentionsTable {
  doc: number;
  ordinal: number;
  /** `doc_entities.idx` of the entity mentioned. */
  idx: number;
  span_start: number;
  span_end: number;
  text: string;
  via: string;
}

export interface EntityRolesTable {
  seq: Generated<number>;
  doc: number;
  /** The document's public id: the stable tie-break between evidence of the same date. */
  doc_id: string;
  idx: number;
  ordinal: number;
  title: string;
  of: string;
  published: string | null;
  span_start: number;
  span_end: number;
  text: string;
  source: string;
  /** 1: `of` is inferred, not stated (migration `0004-role-credit`). */
  of_inferred: Generated<number>;
  /** 1: a one-holder office of a country. */
  one_holder: Generated<number>;
  /** 0: an inferred owner that stated evidence overrules; no listing or office history uses the row (`role-credit.ts`). */
  credited: Generated<number>;
}

export interface OfficeMentionsTable {
  doc: number;
  ordinal: number;
  span_start: number;
  span_end: number;
  text: string;
  title: string;
  of: string;
  published: string | null;
  /** `entity_roles.seq` of the evidence naming the holder; null when unresolved. */
  holder_role: number | null;
}

/** Full-name people per block and year (`''`: undated), counted; rows at 0 are deleted. */
export interface PersonYearsTable {
  block: string;
  auto: string;
  year: string;
  initials: string | null;
  rows: number;
}

export interface EntitiesTable {
  id: string;
  type: string;
  name: string;
  folded: string;
  mentions: number;
  documents: number;
  first_seen: string | null;
  last_seen: string | null;
}

export interface EntityAliasesTable {
  entity: string;
  alias: string;
  folded: string;
  /** Document entities with this name. */
  rows: number;
  /** 1 when some of them resolved to this entity on their own (not by a merge). */
  own: number;
  /** 1 when some of them are full names. */
  full: number;
}

export interface EntityCorrectionsTable {
  seq: Generated<number>;
  kind: string;
  /** JSON of the correction's fields. */
  args: string;
  created_at: string;
}

export interface EntityQueueTable {
  doc: number;
  /** The document's content hash when it was queued: a step built from older content is not written. */
  stamp: string;
}

/** The documents of the resolution step in progress; filled and emptied inside its transaction. */
export interface EntityBatchTable {
  doc: number;
}

export interface EntityDirtyTable {
  id: string;
}

export interface PersonDirtyTable {
  block: string;
  auto: string;
  /** '' for undated documents. */
  year: string;
}

export interface OfficeDirtyTable {
  title: string;
  of: string;
  published: string;
}

/**
 * The dates ('' for undated) on which a person stated somewhere to hold a
 * one-holder office has evidence for it, stated (`stated = 1`) or inferred:
 * what inferred owners are checked against. Rebuilt for the titles in `credit_dirty`.
 */
export interface HolderDatesTable {
  title: string;
  of: string;
  entity: string;
  published: string;
  stated: number;
}

/** Titles whose stated or inferred evidence changed: their inferred roles are settled again in the next step. */
export interface CreditDirtyTable {
  title: string;
}

export interface EntityTables {
  doc_entities: DocEntitiesTable;
  entity_mentions: EntityMentionsTable;
  entity_roles: EntityRolesTable;
  office_mentions: OfficeMentionsTable;
  person_years: PersonYearsTable;
  entities: EntitiesTable;
  entity_aliases: EntityAliasesTable;
  entity_corrections: EntityCorrectionsTable;
  entity_queue: EntityQueueTable;
  entity_batch: EntityBatchTable;
  entity_dirty: EntityDirtyTable;
  person_dirty: PersonDirtyTable;
  office_dirty: OfficeDirtyTable;
  holder_dates: HolderDatesTable;
  credit_dirty: CreditDirtyTable;
}
