import type { Kind } from '../core/index.js';
import type { EntityType, Office } from './entity-types.js';

// Types of the dates and engagements index (docs/events.md): written from each
// document's `times` and `events` stage outputs, merged into engagements by
// src/link/events, queried by src/app/events.ts.

export const EVENT_TYPES = ['meet', 'visit', 'call', 'dialogue', 'summit', 'agreement'] as const;
export type EventTypeName = (typeof EVENT_TYPES)[number];
export const EVENT_STATUSES = ['held', 'planned', 'cancelled'] as const;
export type EventStatusName = (typeof EVENT_STATUSES)[number];
/** Highest first: the order `level` compares by. */
export const EVENT_LEVELS = ['leader', 'minister', 'official', 'other'] as const;
export type EventLevelName = (typeof EVENT_LEVELS)[number];
export const TIME_GRAINS = ['day', 'week', 'month', 'quarter', 'year'] as const;
export type TimeGrainName = (typeof TIME_GRAINS)[number];

/** One temporal expression of a stored document: the extract contract's `times` item. */
export interface TimeRow {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly value: string | null;
  readonly grain: TimeGrainName | null;
  readonly until: { readonly value: string; readonly grain: TimeGrainName } | null;
  readonly relative: boolean;
  readonly direction: 'past' | 'future' | 'same' | null;
}

/** One engagement as one stored document reports it: the extract contract's `events` item, with `engagement`. */
export interface EventMentionRow {
  readonly type: EventTypeName;
  readonly date: string | null;
  readonly dateText: string | null;
  /** Canonical name of the place (its entity's), or the words naming it. */
  readonly place: string | null;
  readonly status: EventStatusName;
  readonly level: EventLevelName;
  readonly plover: string;
  readonly participants: readonly string[];
  readonly evidence: { readonly start: number; readonly end: number };
  readonly ploverMode: string | null;
  readonly cameo: string;
  readonly dateGrain: TimeGrainName | null;
  /** Canonical ids; null for an office no one is known to hold. */
  readonly participantIds: readonly (string | null)[];
  readonly trigger: { readonly text: string; readonly start: number; readonly end: number };
  /** The merged engagement (`ev-…`); null until linking has run. */
  readonly engagement: string | null;
}

export interface EngagementParticipant {
  /** Canonical entity id; null for an office no one is known to hold at the date. */
  readonly id: string | null;
  readonly name: string;
  /** `office` for an office no one is known to hold. */
  readonly type: EntityType | 'office';
  /** The office held on the engagement's date, as the corpus knows it (else as the report states it). */
  readonly role: string | null;
  readonly roleOf: string | null;
}

export interface EngagementHistoryItem {
  readonly status: EventStatusName;
  readonly document: string;
  readonly published: string | null;
}

export interface EngagementSource {
  readonly document: { readonly id: string; readonly title: string | null; readonly published: string | null; readonly source: string | null; readonly kind: Kind; readonly path: string };
  readonly evidence: { readonly start: number; readonly end: number; readonly text: string };
  readonly dateText: string | null;
  readonly status: EventStatusName;
}

/** One engagement merged from every report of it (docs/events.md, "An engagement"). */
export interface Engagement {
  readonly id: string;
  readonly type: EventTypeName;
  readonly status: EventStatusName;
  readonly level: EventLevelName;
  readonly plover: string;
  readonly ploverMode: string | null;
  readonly cameo: string;
  readonly date: string | null;
  readonly dateGrain: TimeGrainName | null;
  readonly place: { readonly id: string | null; readonly name: string } | null;
  readonly participants: readonly EngagementParticipant[];
  readonly countries: readonly string[];
  /** Each status with its first report, oldest first. */
  readonly history: readonly EngagementHistoryItem[];
  /** Every report, oldest first. */
  readonly sources: readonly EngagementSource[];
}

export interface EventFilters {
  readonly type?: readonly string[] | undefined;
  readonly status?: readonly string[] | undefined;
  readonly level?: readonly string[] | undefined;
  /** A participant's `roleOf`, or a country participant; folded, exact. */
  readonly country?: readonly string[] | undefined;
  /** Entity ids, or names matched against participants' names and entity aliases (folded, substring); any of them. */
  readonly participant?: readonly string[] | undefined;
  /**
   * `any` (default): an engagement with any listed country, and any listed
   * participant. `all`: only those with every listed country and every listed
   * participant together ("NZ–US meetings": both countries at one table).
   */
  readonly match?: 'any' | 'all' | undefined;
  /** Engagements with a report from one of these sources / of one of these kinds. */
  readonly source?: readonly string[] | undefined;
  readonly kind?: readonly Kind[] | undefined;
  /** Inclusive `YYYY-MM-DD`, on the engagement's date (undated engagements are left out by either). */
  readonly from?: string | undefined;
  readonly to?: string | undefined;
}

export interface EventQuery extends EventFilters {
  readonly limit?: number | undefined;
  readonly offset?: number | undefined;
  /** `asc` (default): oldest first; undated last either way. */
  readonly order?: 'asc' | 'desc' | undefined;
}

export interface EventPage {
  readonly total: number;
  readonly results: readonly Engagement[];
}

export interface NetworkQuery extends EventFilters {
  readonly by?: 'person' | 'country' | undefined;
}

export interface NetworkNode {
  readonly id: string;
  readonly label: string;
  readonly type: string;
  /** Engagements it takes part in. */
  readonly weight: number;
}

export interface NetworkEdge {
  readonly source: string;
  readonly target: string;
  /** Engagements the two share. */
  readonly weight: number;
  readonly events: readonly string[];
}

export interface EventNetwork {
  readonly nodes: readonly NetworkNode[];
  readonly edges: readonly NetworkEdge[];
}

// Linking (src/link/events). Event mentions are named by the store's internal key.

/** A participant of an event mention as the corpus resolves it now. */
export interface ResolvedParticipant {
  readonly ordinal: number;
  /** Canonical entity id: the document entity's, or the office holder's on the event's date; null for an office no one is known to hold. */
  readonly id: string | null;
  readonly name: string;
  readonly type: EntityType | 'office';
  /** The office the participant held on the event's date as the store knows it (credited evidence on or before the date), else as the report states it; null: none known. */
  readonly role: Office | null;
  /** True when `role` comes from the corpus's evidence rather than the report alone. */
  readonly roleFromCorpus: boolean;
}

/** An event mention with what merging needs. */
export interface LinkableEvent {
  readonly event: number;
  readonly doc: number;
  readonly documentId: string;
  readonly published: string | null;
  readonly kind: Kind;
  readonly ordinal: number;
  readonly type: EventTypeName;
  readonly status: EventStatusName;
  /** The stage's level. */
  readonly level: EventLevelName;
  readonly plover: string;
  readonly ploverMode: string | null;
  readonly cameo: string;
  readonly date: string | null;
  readonly grain: TimeGrainName | null;
  readonly place: { readonly id: string | null; readonly name: string } | null;
  readonly participants: readonly ResolvedParticipant[];
  /** Its merge key as last linked; null when new. */
  readonly bucket: string | null;
}

export interface EventWork {
  /** Queued documents (internal keys). */
  readonly documents: readonly number[];
  /** Their event mentions, and linked ones whose participants resolve differently now (an entity merged or split, an office's holder found). */
  readonly events: readonly LinkableEvent[];
  /** Merge keys that lost a member (a document replaced or deleted). */
  readonly dirtyBuckets: readonly string[];
}

export interface EngagementRecord {
  readonly id: string;
  readonly bucket: string;
  readonly type: EventTypeName;
  readonly status: EventStatusName;
  readonly level: EventLevelName;
  readonly plover: string;
  readonly ploverMode: string | null;
  readonly cameo: string;
  readonly date: string | null;
  readonly grain: TimeGrainName | null;
  readonly place: { readonly id: string | null; readonly name: string } | null;
  readonly participants: readonly EngagementParticipant[];
  readonly countries: readonly string[];
  readonly history: readonly EngagementHistoryItem[];
  /** Date of its first report. */
  readonly published: string | null;
  readonly reports: number;
}

/** One linking step, written in one transaction. */
export interface EventLinkUpdate {
  /** Documents whose events are linked now (dequeued). */
  readonly done: readonly number[];
  /** Merge keys rebuilt: cleared from the work list; their engagements dropped before `engagements` are written. */
  readonly buckets: readonly string[];
  /** Each event mention of those keys: its key, engagement, level and participants as resolved. */
  readonly events: readonly {
    readonly event: number;
    readonly bucket: string;
    readonly engagement: string;
    readonly level: EventLevelName;
    readonly participants: readonly ResolvedParticipant[];
  }[];
  readonly engagements: readonly EngagementRecord[];
}
