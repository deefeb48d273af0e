import type { Generated } from 'kysely';

/**
 * The dates and engagements index (migration `0009-events`), the same on
 * every adapter. Per document, rewritten whenever the document is: `times`,
 * `events` and `event_participants` (from the `times` and `events` stage
 * outputs). Work lists, written in the same transaction as the document
 * write that causes the work: `event_pending` (documents whose events are
 * not merged yet) and `event_dirty` (merge keys that lost a report). Across
 * the corpus, kept by each linking step: `engagements` with
 * `engagement_participants` and `engagement_countries` (what filters read).
 */
export interface EventTables {
  times: TimesTable;
  events: EventsTable;
  event_participants: EventParticipantsTable;
  event_pending: EventPendingTable;
  event_dirty: EventDirtyTable;
  engagements: EngagementsTable;
  engagement_participants: EngagementParticipantsTable;
  engagement_countries: EngagementCountriesTable;
}

export interface TimesTable {
  doc: number;
  ordinal: number;
  start: number;
  end: number;
  text: string;
  value: string | null;
  grain: string | null;
  until_value: string | null;
  until_grain: string | null;
  relative: number;
  direction: string | null;
}

export interface EventsTable {
  seq: Generated<number>;
  doc: number;
  ordinal: number;
  type: string;
  status: string;
  /** The stage's level; `linked_level` is the one linking computed from the corpus's roles. */
  level: string;
  plover: string;
  mode: string | null;
  cameo: string;
  date: string | null;
  grain: string | null;
  /** Index of the document's time expression that dates it. */
  time_idx: number | null;
  date_text: string | null;
  /** The place entity (`doc_entities.idx`) and the words naming it. */
  place_idx: number | null;
  place_name: string | null;
  place_text: string | null;
  place_start: number | null;
  place_end: number | null;
  trigger_text: string;
  trigger_start: number;
  trigger_end: number;
  evidence_start: number;
  evidence_end: number;
  /** The document's date, copied: undated merging compares it. */
  published: string | null;
  /** Merge key (type family and participants) as last linked; null until then. */
  bucket: string | null;
  engagement: string | null;
  linked_level: string | null;
}

export interface EventParticipantsTable {
  event: number;
  ordinal: number;
  /** `doc_entities.idx`; null for an office alone. */
  entity_idx: number | null;
  /** The entities stage's key, name and type: what stands in until resolution indexes the document. */
  entity_key: string | null;
  entity_name: string | null;
  entity_type: string | null;
  mention_text: string;
  mention_start: number;
  mention_end: number;
  /** An office alone; `office_of` '' when the owner is unknown. */
  office_title: string | null;
  office_of: string | null;
  /** The role the report states for the participant. */
  role_title: string | null;
  role_of: string | null;
  /** As linking resolved it: canonical id ('' for an office no one holds), name, type and role on the event's date. */
  linked_id: string | null;
  linked_name: string | null;
  linked_type: string | null;
  linked_role_title: string | null;
  linked_role_of: string | null;
}

export interface EventPendingTable {
  doc: number;
}

export interface EventDirtyTable {
  bucket: string;
}

export interface EngagementsTable {
  seq: Generated<number>;
  id: string;
  bucket: string;
  type: string;
  status: string;
  level: string;
  plover: string;
  mode: string | null;
  cameo: string;
  date: string | null;
  grain: string | null;
  /** The first day `date` covers (`2024-04` → `2024-04-01`): what date filters and the order compare. */
  day: string | null;
  place_id: string | null;
  place_name: string | null;
  /** JSON arrays: `EngagementParticipant[]`, country names, `EngagementHistoryItem[]`. */
  participants: string;
  countries: string;
  history: string;
  published: string | null;
  reports: number;
}

export interface EngagementParticipantsTable {
  engagement: number;
  ordinal: number;
  /** Canonical id, or `office:<label>` for an office no one is known to hold: the network's node key. */
  key: string;
  entity_id: string | null;
  name: string;
  folded: string;
  type: string;
}

export interface EngagementCountriesTable {
  engagement: number;
  country: string;
  folded: string;
}
