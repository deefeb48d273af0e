// Shapes of the HTTP JSON API, as the browser sees them. They mirror
// src/store/store.ts and the document route; the UI never imports server code
// (it talks only to the API), so they are restated here.

export type Kind = 'release' | 'news' | 'speech' | 'other';
export type Sort = 'relevance' | 'date';

export interface SearchHit {
  readonly id: string;
  readonly title: string | null;
  readonly published: string | null;
  readonly source: string | null;
  readonly kind: Kind;
  /** Server-escaped HTML: text with each match wrapped in `<mark>`. The only API field inserted as HTML. */
  readonly snippet: string;
  readonly score: number;
}

export interface SearchPage {
  readonly total: number;
  readonly results: readonly SearchHit[];
}

export interface FacetValue {
  readonly value: string;
  /** For entity groups, the canonical name of the id in `value`. */
  readonly label?: string;
  readonly count: number;
}

export const FACET_GROUPS = ['source', 'kind', 'year', 'minister', 'portfolio', 'person', 'org', 'place'] as const;
export type FacetGroup = (typeof FACET_GROUPS)[number];
/** Groups the server does not know (entity groups on an older server) are absent. */
export type Facets = Readonly<Partial<Record<FacetGroup, readonly FacetValue[]>>>;

export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface DocumentMessage {
  readonly code: string;
  readonly severity: 'error' | 'warning' | 'info';
  readonly reason: string;
  readonly start: number | null;
  readonly end: number | null;
  readonly origin: string;
}

export interface DocumentDetail {
  readonly id: string;
  readonly path: string;
  readonly format: string;
  readonly title: string | null;
  readonly published: string | null;
  readonly publishedFrom: string | null;
  readonly source: string | null;
  readonly url: string | null;
  readonly byline: string | null;
  readonly kind: Kind;
  readonly ministers: readonly string[];
  readonly portfolios: readonly string[];
  readonly extra: Readonly<Record<string, string>>;
  readonly text: string;
  readonly messages: readonly DocumentMessage[];
  readonly stages: readonly { readonly name: string; readonly version: number }[];
  readonly segments: { readonly paragraphs?: readonly Span[]; readonly sentences?: readonly Span[] } | null;
  /** Absent from servers without the entity stage. */
  readonly entities?: readonly EntityMention[];
  readonly officeMentions?: readonly OfficeMention[];
  /** The document's quotes in text order (docs/quotes.md); absent from servers without the quote stage. */
  readonly quotes?: readonly QuoteRow[];
  /** Its time expressions in text order (docs/events.md); absent from servers without the times stage. */
  readonly times?: readonly TimeRow[];
  /** The engagements it reports, each as this document words it; absent from servers without the events stage. */
  readonly events?: readonly EventMention[];
}

export type EntityType = 'person' | 'org' | 'place';

/** One mention in a document's text; `text === doc.text.slice(start, end)`. */
export interface EntityMention extends Span {
  readonly type: EntityType;
  readonly text: string;
  /** Canonical id, the same across documents (`person:winston-peters`). */
  readonly id: string | null;
  /** Canonical name. */
  readonly name: string | null;
  /** The role the document gives this person, e.g. `Minister of Foreign Affairs`. */
  readonly role: string | null;
  /** Whose office: `New Zealand`; null when unknown. Absent from older servers. */
  readonly roleOf?: string | null;
  /** `former` ("former Prime Minister") or `future` ("Prime Minister-elect"); `current` otherwise. */
  readonly roleTense?: 'current' | 'former' | 'future' | null;
}

/**
 * An office named without a person ("the Foreign Minister"). The server may
 * resolve it to whoever held the office on the document's date; every field
 * past the span is optional so the UI shows what it is given.
 */
export interface OfficeMention extends Span {
  readonly text: string;
  readonly office?: Office | null;
  readonly id?: string | null;
  readonly name?: string | null;
}

export interface Office {
  readonly title: string;
  /** Whose office: `New Zealand`, `United States`, `NATO`; null when unknown. */
  readonly of: string | null;
}

/** An office held, as seen in the documents: dates are the first and last documents that show it. */
export interface Role extends Office {
  readonly from: string | null;
  readonly to: string | null;
}

/** One holder's term in an office, as `/api/offices` gives it. */
export interface OfficeTerm {
  /** The holder's entity id. */
  readonly id: string;
  readonly name: string;
  /** Dates (ISO) of the first and last documents naming the holder in the office, in this term. */
  readonly firstAttested: string;
  readonly lastAttested: string;
  readonly documents: number;
  /** The successor's first evidence; null for the latest holder. */
  readonly until: string | null;
}

export interface OfficeHistory {
  /** The office asked for, its title canonical ("Foreign Minister" → "Minister of Foreign Affairs"). */
  readonly office: Office;
  /** Term by term in date order; empty when the documents name no holder. */
  readonly terms: readonly OfficeTerm[];
}

export interface EntitySummary {
  readonly id: string;
  readonly type: EntityType;
  readonly name: string;
  readonly mentions: number;
  readonly documents: number;
  readonly firstSeen: string | null;
  readonly lastSeen: string | null;
  readonly roles: readonly Role[];
}

export interface EntityPage {
  readonly total: number;
  readonly results: readonly EntitySummary[];
}

export interface EntityDocument {
  readonly id: string;
  readonly title: string | null;
  readonly published: string | null;
  readonly source: string | null;
  readonly kind: Kind;
  /** Mentions of the entity in this document. */
  readonly mentions: number;
}

export interface CoMention {
  readonly id: string;
  readonly type: EntityType;
  readonly name: string;
  /** Documents mentioning both. */
  readonly count: number;
}

export interface EntityDetail extends Omit<EntitySummary, 'roles'> {
  readonly aliases: readonly string[];
  readonly roles: readonly (Role & { readonly documents: number })[];
  readonly documentsList: readonly EntityDocument[];
  readonly coMentioned: readonly CoMention[];
}

/** One document of a reuse pair, as the pair listings give it. */
export interface ReuseSide {
  readonly id: string;
  readonly path: string;
  readonly title: string | null;
  readonly published: string | null;
  /** The outlet. */
  readonly source: string | null;
  readonly kind: Kind;
}

/** One reused passage: offsets into each document's `text`. */
export interface ReusePassage {
  readonly source: Span;
  readonly target: Span;
}

/** Two documents sharing text. `source` is the earlier one (the release). */
export interface ReusePair {
  readonly source: ReuseSide;
  readonly target: ReuseSide;
  /** Fraction (0–1) of the source's text found in the target. */
  readonly sourceShare: number;
  /** Fraction (0–1) of the target's text taken from the source. */
  readonly targetShare: number;
  /** Days from source to target; null when either date is unknown. */
  readonly lagDays: number | null;
  readonly passages: readonly ReusePassage[];
}

export interface ReusePage {
  readonly total: number;
  readonly pairs: readonly ReusePair[];
}

/** `direct`: a whole utterance in quotation marks; `partial`: a few quoted words in reported speech; `turn`: a transcript speaker's turn. */
export type QuoteKind = 'direct' | 'partial' | 'turn';

/** How the speaker was found, strongest first (src/extract/quotes/types.ts). */
export type SpeakerVia = 'cue' | 'pronoun' | 'role' | 'label' | 'nearby' | 'intro' | 'release';

export interface QuoteSpeaker {
  /** Entity id; null only for an office no one is known to hold. */
  readonly id: string | null;
  /** Canonical name; the office title when only the office is known. */
  readonly name: string;
  /** The words naming the speaker at this quote; an empty span at 0 for a release's minister from metadata. */
  readonly mention: Span & { readonly text: string };
  readonly via: SpeakerVia;
  /** Only for a speaker named by office ("the Foreign Minister said"). */
  readonly office?: Office;
}

/** The document a quote is in, as quote rows give it. */
export interface QuoteDocument {
  readonly id: string;
  readonly title: string | null;
  readonly published: string | null;
  readonly source: string | null;
  readonly kind: Kind;
  readonly path: string;
}

/** One quote (docs/quotes.md): `text` is `document.text.slice(start, end)`, the quoted words without the outer marks. */
export interface QuoteRow extends Span {
  /** `<documentId>:<start>`, stable while the document is unchanged. */
  readonly id: string;
  readonly document: QuoteDocument;
  readonly text: string;
  readonly kind: QuoteKind;
  /** The speech verb as written ("says"), or null. */
  readonly cue: string | null;
  /** Null when nobody can be told without guessing. */
  readonly speaker: QuoteSpeaker | null;
  /** The cluster of documents carrying the same quote; null when no other document does. */
  readonly cluster: string | null;
  /** Documents in the cluster; 1 when none. */
  readonly clusterSize: number;
}

export interface QuotePage {
  readonly total: number;
  readonly results: readonly QuoteRow[];
}

export interface QuoteClusterMember extends QuoteRow {
  /** Days after the earliest member; null when either date is unknown. */
  readonly lagDays: number | null;
}

/** One quote travelling across documents: members oldest first. */
export interface QuoteCluster {
  readonly id: string;
  readonly size: number;
  readonly earliest: { readonly id: string; readonly published: string | null };
  readonly members: readonly QuoteClusterMember[];
}

export const EVENT_TYPES = ['meet', 'visit', 'call', 'dialogue', 'summit', 'agreement'] as const;
export type EventType = (typeof EVENT_TYPES)[number];
export const EVENT_STATUSES = ['held', 'planned', 'cancelled'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];
/** Highest first, as the API compares them. */
export const EVENT_LEVELS = ['leader', 'minister', 'official', 'other'] as const;
export type EventLevel = (typeof EVENT_LEVELS)[number];
export type TimeGrain = 'day' | 'week' | 'month' | 'quarter' | 'year';

/** One time expression in a document (docs/events.md `times`): `text === doc.text.slice(start, end)`. */
export interface TimeRow extends Span {
  readonly text: string;
  /** TIMEX3: `2024-04-11`, `2024-W15`, `2024-04`, `2024-Q2`, `2024`; null when relative with no publication date. */
  readonly value: string | null;
  readonly grain: TimeGrain | null;
  /** A range's last value ("3–5 April"). */
  readonly until: { readonly value: string; readonly grain: TimeGrain } | null;
  /** Resolved against the publication date. */
  readonly relative: boolean;
  readonly direction: 'past' | 'future' | 'same' | null;
}

/** One engagement as one document reports it (docs/events.md `events`). */
export interface EventMention {
  readonly type: EventType;
  readonly date: string | null;
  readonly dateText: string | null;
  readonly place: string | null;
  readonly status: EventStatus;
  readonly level: EventLevel;
  readonly plover: string;
  readonly participants: readonly string[];
  readonly evidence: Span;
  readonly ploverMode: string | null;
  readonly cameo: string;
  readonly dateGrain: TimeGrain | null;
  readonly participantIds: readonly (string | null)[];
  readonly trigger: Span & { readonly text: string };
  /** The merged engagement (`ev-…`); null until linked. */
  readonly engagement: string | null;
}

export interface EngagementParticipant {
  /** Entity id; null for an office no one is known to hold on the date. */
  readonly id: string | null;
  readonly name: string;
  readonly type: EntityType | 'office';
  readonly role: string | null;
  readonly roleOf: string | null;
}

/** One report of an engagement: the document and the sentence that says so. */
export interface EngagementSource {
  readonly document: QuoteDocument;
  readonly evidence: Span & { readonly text: string };
  readonly dateText: string | null;
  readonly status: EventStatus;
}

/** One engagement merged from every report of it (docs/events.md, "An engagement"). */
export interface Engagement {
  readonly id: string;
  readonly type: EventType;
  readonly status: EventStatus;
  readonly level: EventLevel;
  readonly plover: string;
  readonly ploverMode: string | null;
  readonly cameo: string;
  /** The date as precise as its reports give it (a TIMEX3 value: day, week, month…); null when undated. */
  readonly date: string | null;
  readonly dateGrain: TimeGrain | null;
  readonly place: { readonly id: string | null; readonly name: string } | null;
  readonly participants: readonly EngagementParticipant[];
  readonly countries: readonly string[];
  readonly history: readonly { readonly status: EventStatus; readonly document: string; readonly published: string | null }[];
  /** Every report, oldest first. */
  readonly sources: readonly EngagementSource[];
}

export interface EventPage {
  readonly total: number;
  readonly results: readonly Engagement[];
}

export interface NetworkNode {
  /** An entity id (by person) or a country name (by country). */
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

export interface Stats {
  readonly documents: number;
  readonly bytes: number;
}

export interface ErrorBody {
  readonly error: { readonly code: string; readonly message: string; readonly position?: number };
}

/** `/api/trends` buckets and measures (docs/trends.md). */
export const TREND_BUCKETS = ['day', 'week', 'month', 'quarter', 'year'] as const;
export type TrendBucket = (typeof TREND_BUCKETS)[number];
export const TREND_MEASURES = ['share', 'count', 'per-million'] as const;
export type TrendMeasure = (typeof TREND_MEASURES)[number];

/** One bucket of one series. With `per-million`, `matches` is occurrences and `total` words. */
export interface TrendPoint {
  /** `2024-04-11`, `2024-W15`, `2024-04`, `2024-Q2` or `2024`. */
  readonly bucket: string;
  /** The bucket's first and last day, inclusive. */
  readonly from: string;
  readonly to: string;
  readonly matches: number;
  readonly total: number;
  /** The measure; with smoothing, the mean of the trailing window (matches and total stay raw). */
  readonly value: number;
}

export interface TrendSeries {
  readonly phrase: string;
  /** The outlet with `split=source`, else null. */
  readonly source: string | null;
  /** The kind with `split=kind`, else null. */
  readonly kind: string | null;
  readonly points: readonly TrendPoint[];
}

export interface TrendsResponse {
  readonly by: TrendBucket;
  readonly measure: TrendMeasure;
  /** The first and last bucket's dates; null when no dated document is in scope. */
  readonly from: string | null;
  readonly to: string | null;
  readonly series: readonly TrendSeries[];
}

/** One side of a shift: a period (from, to) or a group (`kind:release`). */
export interface ShiftSide {
  readonly from: string | null;
  readonly to: string | null;
  readonly group: string | null;
  readonly documents: number;
  readonly words: number;
}

export interface ShiftDocument {
  readonly id: string;
  readonly published: string | null;
  readonly title: string | null;
  readonly source: string | null;
}

export interface ShiftSpeaker {
  /** Entity id; null when the speaker is not resolved to an entity. */
  readonly id: string | null;
  readonly name: string;
  readonly published: string | null;
  /** The document the quote is in. */
  readonly document: string;
}

export interface ShiftPhrase {
  readonly phrase: string;
  /** Weighted log-odds z-score: positive rises from a to b. */
  readonly z: number;
  readonly delta: number;
  readonly aCount: number;
  readonly bCount: number;
  readonly aDocs: number;
  readonly bDocs: number;
  /** The earliest documents in scope using it. */
  readonly first: readonly ShiftDocument[];
  /** The earliest quoted speakers of it. */
  readonly speakers: readonly ShiftSpeaker[];
}

export interface ShiftsResponse {
  readonly a: ShiftSide;
  readonly b: ShiftSide;
  readonly rising: readonly ShiftPhrase[];
  readonly falling: readonly ShiftPhrase[];
}
