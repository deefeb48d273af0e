import type { Document, Kind, Message, StageRecord } from '../core/index.js';
import type {
  DocumentEntities,
  EntityCorrectionRecord,
  RemoveCorrectionOptions,
  EntityDetail,
  EntityDetailQuery,
  EntityLinkUpdate,
  EntityListQuery,
  EntityPage,
  EntityRow,
  EntityRowQuery,
  Office,
  OfficeHolder,
  OfficeTerm,
  PendingLinks,
  PersonYearRow,
} from './entity-types.js';
import type {
  DocumentFingerprint,
  FingerprintChunk,
  FingerprintPosting,
  ReuseCounts,
  ReuseDocument,
  ReusePage,
  ReuseQuery,
  ReuseUpdate,
} from './reuse-types.js';
import type {
  Engagement,
  EventLinkUpdate,
  EventMentionRow,
  EventNetwork,
  EventPage,
  EventQuery,
  EventWork,
  LinkableEvent,
  NetworkQuery,
  TimeRow,
} from './event-types.js';
import type { ShiftQuery, ShiftResult, TrendCountQuery, TrendDayCount } from './trend-types.js';
import type { PreparedRows } from './prepared-rows.js';
import type { QuoteCluster, QuoteLinkUpdate, QuoteMemberInfo, QuotePage, QuoteQuery, QuoteRow, QuoteWork, ShinglePosting } from './quote-types.js';

/** One processed document, ready to store: the document and each stage's output and version. */
export interface DocumentRecord {
  readonly document: Document;
  readonly stages: readonly StageRecord[];
  /**
   * Hash of the input as read (path, bytes, reader and stage versions), set by
   * ingest: a later run that computes the same hash for the same path skips
   * reading and extraction (see `sourceHashes`). Absent for stdin and reindex.
   */
  readonly sourceHash?: string | undefined;
  /** `prepareRows(document, stages)`, when computed off the writing thread; the writer computes them otherwise. */
  readonly prepared?: PreparedRows | undefined;
}

export interface PutResult {
  readonly inserted: number;
  /** Same id, different content: old annotations were replaced in the same transaction. */
  readonly updated: number;
  /** Same id, same content hash: nothing written. */
  readonly unchanged: number;
  /** Older documents dropped because the same path now yields a document with a new id. */
  readonly replaced: number;
}

export interface SearchFilters {
  /** Inclusive calendar dates, `YYYY-MM-DD`. */
  readonly from?: string | undefined;
  readonly to?: string | undefined;
  readonly source?: readonly string[] | undefined;
  readonly kind?: readonly Kind[] | undefined;
  readonly minister?: readonly string[] | undefined;
  readonly portfolio?: readonly string[] | undefined;
  /** Canonical entity ids (`person:winston-peters`): any of the ids within a type, every type given must match. */
  readonly person?: readonly string[] | undefined;
  readonly org?: readonly string[] | undefined;
  readonly place?: readonly string[] | undefined;
}

export type SearchSort = 'relevance' | 'date';

export interface SearchQuery {
  /** Full-text query in Parley's syntax (see query/README.md); empty or null lists every document. */
  readonly q?: string | null | undefined;
  readonly filters?: SearchFilters | undefined;
  readonly limit?: number | undefined;
  readonly offset?: number | undefined;
  /** `relevance` when there is a query, else `date` (newest first). */
  readonly sort?: SearchSort | undefined;
}

export interface SearchHit {
  readonly id: string;
  readonly title: string | null;
  readonly published: string | null;
  readonly source: string | null;
  readonly kind: Kind;
  /** HTML-escaped text around the matches, each match wrapped in `<mark>…</mark>`. */
  readonly snippet: string;
  /** Higher is better (negated BM25 on SQLite); 0 when there is no query. */
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

/** Counts over the documents that match a query and its filters. */
export interface Facets {
  readonly source: readonly FacetValue[];
  readonly kind: readonly FacetValue[];
  readonly year: readonly FacetValue[];
  readonly minister: readonly FacetValue[];
  readonly portfolio: readonly FacetValue[];
  /** Entity groups: `value` is the canonical id, `label` its name; counts are documents. */
  readonly person: readonly FacetValue[];
  readonly org: readonly FacetValue[];
  readonly place: readonly FacetValue[];
}

export interface StoredDocument {
  readonly document: Document;
  readonly stages: readonly StageRecord[];
  readonly contentHash: string;
  /** ISO timestamp of the last write. */
  readonly storedAt: string;
}

export interface StageVersion {
  readonly name: string;
  readonly version: number;
}

export interface StoreStats {
  readonly documents: number;
  readonly bytes: number;
  readonly textChars: number;
}

/** Things that differ between databases, set by each adapter; shared code reads flags, never dialect names. */
export interface StoreCapabilities {
  /** Human name for messages, e.g. `SQLite 3.53.0`. */
  readonly label: string;
  /** Whether `search` can return highlighted snippets natively. */
  readonly snippets: boolean;
}

/**
 * The one store interface. Domain methods only: no SQL types leak out.
 * Adapters: SQLite (default) and, later, PostgreSQL; both pass `contract.ts`.
 */
export interface Store {
  readonly capabilities: StoreCapabilities;
  /**
   * Idempotent: the same document twice is stored once; a changed one replaces its old version atomically.
   * Every document written is queued for entity resolution in the same transaction (`pendingLinks`).
   */
  putDocuments(records: readonly DocumentRecord[]): Promise<PutResult>;
  getDocument(id: string): Promise<StoredDocument | null>;
  /** Throws `QuerySyntaxError` for an unparsable query, `UsageError` for bad filters. */
  search(query: SearchQuery): Promise<SearchPage>;
  facets(query: SearchQuery): Promise<Facets>;
  /** Ids of documents whose recorded stage versions differ from `current` (missing, older or extra stages). */
  staleDocuments(current: readonly StageVersion[]): Promise<string[]>;
  /** Replaces the stage outputs and stage messages of one stored document (used by reindex); drops its entity index and queues it again. */
  putStages(id: string, stages: readonly StageRecord[], messages: readonly Message[]): Promise<void>;
  deleteDocument(id: string): Promise<boolean>;
  stats(): Promise<StoreStats>;
  /**
   * The stored `sourceHash` of each of these paths that has one: an ingest
   * whose input hashes the same needs no extraction. Paths never stored, or
   * stored without a source hash, are absent from the map.
   */
  sourceHashes(paths: readonly string[]): Promise<Map<string, string>>;

  // Entity resolution (written and read back by src/link). Every document write
  // queues the document for linking and marks what its old entities touched, in
  // the write's own transaction; `putEntityLinks` works the queue off in one.
  /** Documents waiting for their entity index, oldest first, and person presence that may have ended. */
  pendingLinks(limit: number): Promise<PendingLinks>;
  /** Full-name people of these blocks, per year they were seen in: what short names resolve against. */
  personYears(blocks: readonly string[]): Promise<PersonYearRow[]>;
  /** Stored document entities, selected by `query`. */
  entityRows(query: EntityRowQuery): Promise<EntityRow[]>;
  /** Writes an entity-resolution step in one transaction (see `EntityLinkUpdate`). */
  putEntityLinks(update: EntityLinkUpdate): Promise<void>;
  /** Every stored correction, in the order they were made. */
  entityCorrections(): Promise<EntityCorrectionRecord[]>;
  /**
   * Removes correction `seq` if it is the last one stored, for undo; false when
   * it is not (another was made since) or does not exist. With `anywhere`, it
   * goes wherever it is in the order (revert). `requeue` documents are dropped
   * from the entity index and queued again in the same transaction. The
   * entities keep their state until the next full resolution replays the rest.
   */
  removeCorrection(seq: number, options?: RemoveCorrectionOptions): Promise<boolean>;

  // Entity queries.
  /** Throws `UsageError` for a bad type, search, limit or offset. */
  listEntities(query: EntityListQuery): Promise<EntityPage>;
  getEntity(id: string, query?: EntityDetailQuery): Promise<EntityDetail | null>;
  /** Who held `office` at `date`: the person named in it by the latest evidence on or before that date. */
  officeHolder(office: Office, date: string): Promise<OfficeHolder | null>;
  /** Everyone the corpus shows in `office` (title and owner), term by term in date order, from credited current evidence. */
  officeHistory(office: Office): Promise<OfficeTerm[]>;
  /** A document's mentions and office mentions with their canonical entities; null for an unknown id. */
  documentEntities(id: string): Promise<DocumentEntities | null>;

  // Text reuse (written and read back by src/link/reuse). Fingerprint stage
  // outputs go into the index with their document, which is queued in the
  // same transaction; `putReuse` works the queue off.
  /** Sizes the linker plans by. */
  reuseCounts(): Promise<ReuseCounts>;
  /** Documents waiting for their pairs, oldest first. */
  reusePending(limit: number): Promise<ReuseDocument[]>;
  /** These documents (by internal key), without their text; unknown keys are left out. */
  reuseDocumentInfo(docs: readonly number[]): Promise<ReuseDocument[]>;
  /** These documents (by internal key) with their text; unknown keys are left out. */
  reuseDocuments(docs: readonly number[]): Promise<Array<ReuseDocument & { readonly text: string }>>;
  documentFingerprints(doc: number): Promise<DocumentFingerprint[]>;
  /** For each distinct hash, at most `limit` postings (ask for one more than you accept to detect boilerplate). */
  fingerprintPostings(hashes: readonly bigint[], limit: number): Promise<Map<bigint, FingerprintPosting[]>>;
  /** The whole fingerprint index in hash order (then document, then start), in chunks. */
  allFingerprints(): Promise<FingerprintChunk[]>;
  /** Stores pairs and dequeues documents in one transaction; a pair replaces the same pair either way round. */
  putReuse(update: ReuseUpdate): Promise<void>;
  /** Throws `UsageError` for a bad share, kind, limit or offset. */
  listReuse(query: ReuseQuery): Promise<ReusePage>;

  // Quotes (docs/quotes.md). A document's `quotes` stage output is stored with
  // it and queued for clustering in the same transaction; src/link/quotes
  // works the queue off with `putQuoteLinks`.
  /** Newest first. Throws `QuerySyntaxError` for a bad `contains`, `UsageError` for bad filters, limit or offset. */
  quotes(query: QuoteQuery): Promise<QuotePage>;
  /** A cluster (`qc-…`) with its members oldest first; null for an unknown id. */
  quoteCluster(id: string): Promise<QuoteCluster | null>;
  /** A document's quotes in text order; null for an unknown document. */
  documentQuotes(id: string): Promise<QuoteRow[] | null>;
  /** Up to `limit` queued documents with their quotes, and the members of groups a removal touched. */
  quoteWork(limit: number): Promise<QuoteWork>;
  /** For each distinct hash stored, its first `limit` postings (earliest stored first); hashes found nowhere are left out. */
  quoteShinglePostings(hashes: readonly number[], limit: number): Promise<Map<number, ShinglePosting[]>>;
  /** Every quote of these groups (labels as stored). */
  quoteGroupMembers(groups: readonly number[]): Promise<QuoteMemberInfo[]>;
  /** Writes one clustering step in one transaction (see `QuoteLinkUpdate`). */
  putQuoteLinks(update: QuoteLinkUpdate): Promise<void>;
  /** Undoes every cluster and queues every document with quotes, in one transaction: the next step rebuilds them. */
  resetQuoteLinks(): Promise<void>;

  // Dates and engagements (docs/events.md). A document's `times` and `events`
  // stage outputs are stored with it and queued for linking in the same
  // transaction; src/link/events merges reports into engagements with
  // `putEventLinks`.
  /** Engagements oldest first (`order: 'desc'` newest first), undated last. Throws `UsageError` for bad filters, limit or offset. */
  events(query: EventQuery): Promise<EventPage>;
  /** One engagement (`ev-…`) with every report of it; null for an unknown id. */
  engagement(id: string): Promise<Engagement | null>;
  /** Who engages with whom over the engagements the filters pass. Throws `UsageError` for bad filters. */
  eventNetwork(query: NetworkQuery): Promise<EventNetwork>;
  /** A document's time expressions in text order; null for an unknown document. */
  documentTimes(id: string): Promise<TimeRow[] | null>;
  /** A document's event mentions with their engagements; null for an unknown document. */
  documentEvents(id: string): Promise<EventMentionRow[] | null>;
  /** Up to `limit` queued documents with their event mentions resolved, linked mentions that resolve differently now, and merge keys that lost reports. */
  eventWork(limit: number): Promise<EventWork>;
  /** The linked event mentions of these merge keys (documents not queued), resolved as now. */
  eventBucketMembers(buckets: readonly string[]): Promise<LinkableEvent[]>;
  /** Writes one linking step in one transaction (see `EventLinkUpdate`). */
  putEventLinks(update: EventLinkUpdate): Promise<void>;
  /** Undoes every engagement and queues every document with events, in one transaction. */
  resetEventLinks(): Promise<void>;

  // Phrase trends and language shifts (docs/trends.md).
  /** Dated documents in scope (or matching `q`) per day, source and kind, oldest first. Throws `QuerySyntaxError` for a bad `q`, `UsageError` for the rest. */
  trendCounts(query: TrendCountQuery): Promise<TrendDayCount[]>;
  /** The phrases whose use rose (towards side b) or fell most between two sides. Throws `UsageError` for bad sides or limits. */
  shifts(query: ShiftQuery): Promise<ShiftResult>;
  close(): Promise<void>;
}

export type * from './entity-types.js';
export type * from './reuse-types.js';
export type * from './quote-types.js';
export type * from './event-types.js';
export type * from './trend-types.js';
