import type { Kind } from '../core/index.js';

export const ENTITY_TYPES = ['person', 'org', 'place'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** An office: a canonical title and whose office it is (`of` null when unknown). */
export interface Office {
  readonly title: string;
  readonly of: string | null;
}

/**
 * How a speaker known only by office reads when no one is known to hold it:
 * "Prime Minister, United Kingdom", "Spokesperson, State Department" (whose
 * office it is tells two prime ministers apart), or the title alone.
 */
export function officeLabel(office: Office): string {
  return office.of ? `${office.title}, ${office.of}` : office.title;
}

// ---------------------------------------------------------------------------
// The entity index of one document, as src/link builds it from the `entities`
// stage output. The store keeps it; it never interprets names itself.

/**
 * How a person's name reads once honorifics are gone: `full` ("Winston
 * Peters"), `initials` ("W. Peters") or `surname` ("Peters"). Orgs and places
 * are always `full`.
 */
export type NameForm = 'full' | 'initials' | 'surname';

/** One entity of one document, with the ids resolution gave it. */
export interface IndexedEntity {
  /** Its index in the stage output's `entities`. */
  readonly idx: number;
  readonly type: EntityType;
  /** The stage's key, kept for reference. */
  readonly key: string;
  /** The name the document gives it. */
  readonly name: string;
  /** Resolution only compares entities of one block (people: the surname). */
  readonly block: string;
  readonly form: NameForm;
  /** Initials of the given names (people), e.g. `wr`; null otherwise. */
  readonly initials: string | null;
  /** The canonical id automatic resolution gives it. */
  readonly auto: string;
  /** The canonical id after the user's corrections. */
  readonly entity: string;
  /** How many mentions it has in the document. */
  readonly mentions: number;
  /** People: the role the document shows for it, current or not; null for none. */
  readonly role: ShownRole | null;
  /** A listed given name standing alone ("Neil"): while it resolves to nothing, no list or facet counts it. */
  readonly loneGivenName?: boolean;
  /** People: 'f' or 'm' as the document's honorifics and given names say; null or absent when they don't. */
  readonly gender?: Gender | null;
  /** The id the name gives on its own; absent: `auto`. Full names are counted per year by it. */
  readonly own?: string;
}

export type Gender = 'f' | 'm';

/** The role a document shows for a person (`role`, `roleOf` and `roleTense` in the extract contract before owners are resolved). */
export interface ShownRole extends Office {
  /** `of` is the entities stage's inference (venue, document country), not stated. */
  readonly ofInferred: boolean;
  /** `former` and `future` roles are shown, never office-holder evidence. */
  readonly tense: 'current' | 'former' | 'future';
}

/**
 * An inferred owner of a one-holder office yields to another person stated to
 * hold that office when that person's evidence lies within this many years
 * before its date and within as many after (`sql/role-credit.ts`).
 */
export const CREDIT_WINDOW_YEARS = 1;

export interface IndexedMention {
  /** `idx` of the entity mentioned. */
  readonly entity: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly via: string;
}

export interface IndexedRole extends Office {
  /** `idx` of the entity holding the role. */
  readonly entity: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly source: string;
  /** `of` is inferred (the stage's `ofInferred`), not stated in the text, front matter or byline. */
  readonly ofInferred: boolean;
  /** The office has one holder per country at a time, and `of` is a country: what lets evidence contradict evidence. */
  readonly oneHolder: boolean;
}

export interface IndexedOfficeMention extends Office {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface EntityIndex {
  readonly entities: readonly IndexedEntity[];
  readonly mentions: readonly IndexedMention[];
  readonly roles: readonly IndexedRole[];
  readonly officeMentions: readonly IndexedOfficeMention[];
}

export interface LinkedDocument {
  readonly id: string;
  /** `PendingLinks` stamp of the content the index was built from; a document changed since is skipped. */
  readonly stamp?: string | undefined;
  readonly index: EntityIndex;
}

/** A full-name person seen in a block in a year (null: undated documents). */
export interface PersonYear {
  readonly block: string;
  readonly auto: string;
  readonly year: string | null;
}

export interface PersonCandidate {
  readonly auto: string;
  readonly initials: string | null;
}

/** A full-name person of a block seen in a year (null: in undated documents). */
export interface PersonYearRow extends PersonCandidate {
  readonly block: string;
  readonly year: string | null;
  /** Document entities naming the person in full that year. */
  readonly rows: number;
}

/**
 * Short names of a block to read back: with years, the dated surnames
 * ("Peters") from `fromYear` to `toYear` (inclusive); with both null, the
 * short names that look at every year: initials ("W. Peters") and undated
 * surnames.
 */
export interface ShortFormRange {
  readonly block: string;
  readonly fromYear: string | null;
  readonly toYear: string | null;
  /** Read full names with one given name ("George Bush") of those years instead, which may resolve to a fuller variant. */
  readonly given?: true;
}

export interface PendingDocument {
  readonly id: string;
  readonly published: string | null;
  /** Identifies the content that was queued; pass it back in `LinkedDocument.stamp`. */
  readonly stamp: string;
}

export interface PendingLinks {
  /** Documents written since they were last linked, with their dates. */
  readonly documents: readonly PendingDocument[];
  /** Full-name presence of removed documents: where it ended, nearby short forms may resolve differently. */
  readonly persons: readonly PersonYear[];
}

/** A stored document entity, as resolution reads it back. */
export interface EntityRow {
  readonly document: string;
  readonly published: string | null;
  readonly idx: number;
  readonly type: EntityType;
  readonly key: string;
  readonly name: string;
  readonly block: string;
  readonly form: NameForm;
  readonly initials: string | null;
  readonly auto: string;
  readonly entity: string | null;
  readonly gender: Gender | null;
}

/** Which stored document entities to read: every one, those whose canonical id is among `entities`, or short names (`ShortFormRange`). */
export type EntityRowQuery =
  | { readonly all: true }
  | { readonly entities: readonly string[] }
  | { readonly shortForms: readonly ShortFormRange[] };

/** New ids for a stored document entity. */
export interface EntityReassignment {
  readonly document: string;
  readonly idx: number;
  readonly block: string;
  readonly form: NameForm;
  readonly initials: string | null;
  readonly auto: string;
  readonly entity: string;
}

/** A user's correction; replayed in order after every resolution. */
export type EntityCorrection =
  /** `from` becomes part of `into`; `into` keeps its id and name. */
  | { readonly kind: 'merge'; readonly into: string; readonly from: string }
  /**
   * The mentions of `id` in `documents` move to `newId`, named `name`; so do
   * the single `mentions` (by their span in a document), when given.
   */
  | {
      readonly kind: 'split';
      readonly id: string;
      readonly documents: readonly string[];
      readonly newId: string;
      readonly name: string;
      readonly mentions?: readonly MentionRef[];
    }
  /** `id` is called `name` from now on; the id stays. */
  | { readonly kind: 'rename'; readonly id: string; readonly name: string };

/** One mention, by its character span in a document's text. */
export interface MentionRef {
  readonly document: string;
  readonly start: number;
  readonly end: number;
}

export type EntityCorrectionRecord = EntityCorrection & {
  /** Order of the corrections: 1, 2, … */
  readonly seq: number;
  /** ISO timestamp. */
  readonly at: string;
};

/**
 * One resolution step, written in one transaction:
 * - `documents`: the index of queued documents; writing it takes them off the
 *   queue (a document no longer queued, or changed since, is skipped);
 * - `reassign`: new ids for stored document entities;
 * - `names`: canonical names the corrections set, for every id they name;
 * - `consumed`: the `PendingLinks.persons` this step has dealt with;
 * - `correction`: a user correction to record along with its effect;
 * - `requeue`: documents whose entity index is dropped and queued again, first
 *   (a split of single mentions changes how their index is built);
 * - `rebuild`: recount every entity and resolve every office mention again.
 * Counts, first/last seen, aliases and names of every entity touched are
 * brought up to date, and office mentions near changed roles are resolved again.
 */
export interface EntityLinkUpdate {
  readonly documents?: readonly LinkedDocument[];
  readonly reassign?: readonly EntityReassignment[];
  readonly names?: readonly { readonly id: string; readonly name: string }[];
  readonly consumed?: readonly PersonYear[];
  readonly correction?: EntityCorrection;
  readonly requeue?: readonly string[];
  readonly rebuild?: boolean;
}

/** How `removeCorrection` removes. */
export interface RemoveCorrectionOptions {
  /** Remove it wherever it is in the order (revert); by default only when it is the last one (undo). */
  readonly anywhere?: boolean;
  /** Documents whose entity index is dropped and queued again in the same transaction (`EntityLinkUpdate.requeue`). */
  readonly requeue?: readonly string[];
}

// ---------------------------------------------------------------------------
// Entity queries.

export interface EntityListQuery {
  readonly type?: EntityType | undefined;
  /** Part of a canonical name or alias; case and accents are ignored. */
  readonly search?: string | undefined;
  readonly limit?: number | undefined;
  readonly offset?: number | undefined;
}

/** An office held, as the documents show it: first and last document dates. */
export interface RoleSpan extends Office {
  readonly from: string | null;
  readonly to: string | null;
  readonly documents: number;
}

export interface EntitySummary {
  readonly id: string;
  readonly type: EntityType;
  readonly name: string;
  readonly mentions: number;
  readonly documents: number;
  readonly firstSeen: string | null;
  readonly lastSeen: string | null;
  /** Oldest first. */
  readonly roles: readonly RoleSpan[];
}

export interface EntityPage {
  readonly total: number;
  readonly results: readonly EntitySummary[];
}

export interface EntityDetailQuery {
  /** Paging of `documentsList`. */
  readonly limit?: number | undefined;
  readonly offset?: number | undefined;
  /** How many co-mentioned entities to return. */
  readonly coMentioned?: number | undefined;
}

export interface EntityDocument {
  readonly id: string;
  readonly title: string | null;
  readonly published: string | null;
  readonly source: string | null;
  readonly kind: Kind;
  readonly mentions: number;
}

export interface CoMention {
  readonly id: string;
  readonly type: EntityType;
  readonly name: string;
  /** Documents mentioning both. */
  readonly count: number;
}

export interface EntityDetail extends EntitySummary {
  /** Other names the documents use, most used first. */
  readonly aliases: readonly string[];
  /** Its documents, newest first (undated last), one page. */
  readonly documentsList: readonly EntityDocument[];
  /** The entities sharing the most documents with it, most first. */
  readonly coMentioned: readonly CoMention[];
}

/** One holder's term in an office, as the corpus attests it (`officeTerms`). */
export interface OfficeTerm {
  readonly id: string;
  readonly name: string;
  /** Dates of the first and last documents that name the person in the office, in this term. */
  readonly firstAttested: string;
  readonly lastAttested: string;
  readonly documents: number;
  /** The successor's first evidence, where the corpus shows one; null for the latest holder. */
  readonly until: string | null;
}

export interface OfficeHolder {
  readonly id: string;
  readonly name: string;
  /** Date of the evidence that decided it. */
  readonly since: string;
  /** The document holding that evidence. */
  readonly document: string;
}

export interface DocumentEntityMention {
  readonly type: EntityType;
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** Canonical id and name; null while the document waits to be linked. */
  readonly id: string | null;
  readonly name: string | null;
  /** The role this document gives the entity (the first stated current one, else a former or incoming one), or null. */
  readonly role: string | null;
  /** Whose office `role` is; null when unknown or when the evidence disagrees (`role-owner.ts`). */
  readonly roleOf: string | null;
  /** `current`, `former` or `future`; null without a role. */
  readonly roleTense: 'current' | 'former' | 'future' | null;
}

export interface DocumentOfficeMention {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly office: Office;
  /** Whoever held the office on the document's date; null when unknown. */
  readonly id: string | null;
  readonly name: string | null;
}

export interface DocumentEntities {
  /** In text order. */
  readonly mentions: readonly DocumentEntityMention[];
  readonly officeMentions: readonly DocumentOfficeMention[];
}
