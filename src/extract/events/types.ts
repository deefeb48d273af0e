import type { Span, TextSpan } from '../../core/index.js';
import type { Office } from '../entities/index.js';

/** What kind of engagement. */
export type EventType = 'meet' | 'visit' | 'call' | 'dialogue' | 'summit' | 'agreement';

/** Whether it happened: from tense, modality and words such as "postponed". */
export type EventStatus = 'held' | 'planned' | 'cancelled';

/** The highest level among the participants' roles on the event's date. */
export type EventLevel = 'leader' | 'minister' | 'official' | 'other';

/**
 * PLOVER category and mode (docs/events.md has the table): CONSULT with
 * modes visit, third-party, multilateral, phone; AGREE for a promised or
 * planned meeting; SUPPORT for a signing.
 */
export interface PloverCode {
  readonly category: 'CONSULT' | 'AGREE' | 'SUPPORT';
  readonly mode: 'visit' | 'third-party' | 'multilateral' | 'phone' | null;
  /** The nearest CAMEO code (e.g. `040` consult, `042` make a visit, `043` host a visit, `041` discuss by telephone, `036` express intent to meet, `057` sign formal agreement). */
  readonly cameo: string;
}

/** One participant: an entity of the document, or an office no one in the document is named holding. */
export interface EventParticipant {
  /** Index into `EntitiesOutput.entities`; null for an office alone. */
  readonly entity: number | null;
  /** The words that name it in the evidence sentence (or an empty span at 0 for the release's minister taken from metadata). */
  readonly mention: TextSpan;
  /** For an office named without a person ("the Foreign Minister of Belgium"): resolved by date across the corpus. */
  readonly office?: Office;
  /** Role on the event's date as the document states it, for `level`. */
  readonly role?: Office;
}

/** One engagement as one document reports it. */
export interface EngagementMention {
  readonly type: EventType;
  readonly status: EventStatus;
  readonly level: EventLevel;
  readonly plover: PloverCode;
  /** Two or more, or one with a place for a visit; in the order the sentence names them. */
  readonly participants: readonly EventParticipant[];
  /** A place mention (an entity index and its words), or null. */
  readonly place: { readonly entity: number; readonly mention: TextSpan } | null;
  /** The resolved date (TIMEX3 value) or null; `dateText` the words it came from. */
  readonly date: string | null;
  readonly dateGrain: 'day' | 'week' | 'month' | 'quarter' | 'year' | null;
  /** Index into `TimesOutput.times` of the expression that dates it; null when undated, or dated by the publication date alone. */
  readonly time: number | null;
  readonly dateText: string | null;
  /** The word that names the engagement: "met", "talks", "visit", "phone call", "signed". */
  readonly trigger: TextSpan;
  /** The sentence that supports it. */
  readonly evidence: Span;
}

export interface EventsOutput {
  readonly events: readonly EngagementMention[];
}
