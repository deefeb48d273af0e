import { NotFoundError, StoreError } from '../../core/index.js';
import { checkEntityDetail, checkEntityList } from '../entity-query.js';
import { checkSearch } from '../search-query.js';
import { getStoredDocument, sourceHashes, staleDocumentIds, storeStats } from '../sql/documents.js';
import { documentEntities, getEntity, listEntities, officeHistory, officeHolder } from '../sql/entities.js';
import { entityCorrections, entityRows, pendingLinks, personYears } from '../sql/entity-links.js';
import { facetDocuments, searchDocuments } from '../sql/search.js';
import type { Store, StoreCapabilities } from '../store.js';
import { connect } from './connection.js';
import { toStoreError } from './errors.js';
import { fts5FullText } from './full-text.js';
import { MatchCache } from '../sql/match-cache.js';
import type { TrendDayCount } from '../trend-types.js';
import { withReadPool } from '../read-pool/index.js';
import { waitForLock } from './lock-wait.js';
import { migrate } from './migrations.js';
import { SqliteEntityWriter } from './entity-writer.js';
import { SqliteWriter } from './writer.js';
import { SqliteReuseWriter } from './reuse-writer.js';
import { SqliteReuseReader } from './reuse-reader.js';
import { SqliteQuoteWriter } from './quote-writer.js';
import { SqliteQuoteReader } from './quote-reader.js';
import { fts5QuoteFullText } from './quote-full-text.js';
import { documentQuotes, listQuotes, quoteCluster, quoteGroupMembers, quoteWork } from '../sql/quotes.js';
import { checkQuotes } from '../quote-query.js';
import { listReuse, reuseCounts, reuseDocumentInfo, reuseDocuments, reusePending } from '../sql/reuse.js';
import { checkReuse } from '../reuse-query.js';
import { checkInteger } from '../check-integer.js';
import { SqliteEventWriter } from './event-writer.js';
import { trendCounts } from '../sql/trends.js';
import { shiftPhrases } from '../sql/shifts.js';
import { checkShifts, checkTrendCounts } from '../trend-query.js';
import { documentEvents, documentTimes, eventBucketMembers, eventNetwork, eventWork, getEngagement, listEvents } from '../sql/events.js';
import { checkEvents, checkNetwork } from '../event-query.js';

export interface SqliteStoreOptions {
  /**
   * How long one attempt at a lock blocks inside SQLite (1 s by default).
   * Writes then retry off the event loop until `lockWaitMs`.
   */
  readonly busyTimeoutMs?: number;
  /**
   * How long a write waits in all for another process's write lock before
   * failing with `StoreError`. Unbounded by default: a second ingest waits for
   * the first (SQLite's locks end with their process, so it never waits on a
   * dead one), reporting through `onLockWait`.
   */
  readonly lockWaitMs?: number;
  /** Called about once a second while a write waits for another process's lock, with the milliseconds waited. */
  readonly onLockWait?: (waitedMs: number) => void;
  /** A connection that only reads: no migrations, no writes (read workers). */
  readonly readOnly?: boolean;
  /** Reads in worker processes under a time budget (see `read-pool/`). */
  readonly readPool?: { readonly workers: number; readonly budgetMs: number };
}

/**
 * Opens (creating if needed) an SQLite store at `path`, or an in-memory one
 * for `:memory:`, and brings its schema up to date.
 */
export async function openSqliteStore(path: string, options: SqliteStoreOptions = {}): Promise<Store> {
  const { raw, db } = connect(path, options.busyTimeoutMs ?? 1000, options.readOnly);
  if (!options.readOnly) {
    try {
      await waitForLock(() => migrate(db, path), options);
    } catch (error) {
      await db.destroy();
      throw toStoreError(error, path);
    }
  }
  const reuseWriter = new SqliteReuseWriter(raw, db);
  const reuseReader = new SqliteReuseReader(raw, db);
  const quoteWriter = new SqliteQuoteWriter(raw, db);
  const eventWriter = new SqliteEventWriter(raw, db);
  const writer = new SqliteWriter(raw, db, reuseWriter, quoteWriter, eventWriter);
  const entityWriter = new SqliteEntityWriter(raw, db);
  const fullText = fts5FullText(db);
  const quoteReader = new SqliteQuoteReader(raw, db);
  const quoteContext = { db, fullText: fts5QuoteFullText(db) };
  // Another connection's commit changes data_version, this one's own writes total_changes().
  const generation = raw.prepare('select total_changes() as t');
  const version = () => `${raw.pragma('data_version', { simple: true }) as number}:${(generation.get() as { t: number }).t}`;
  const searchContext = { db, fullText, cache: new MatchCache(version), totals: new MatchCache<readonly TrendDayCount[]>(version) };
  const capabilities: StoreCapabilities = {
    label: `SQLite ${(raw.prepare('select sqlite_version() as v').get() as { v: string }).v}`,
    snippets: true,
  };
  let closed = false;

  /** Runs one store operation: a closed store and driver errors both become `StoreError`. */
  const run = async <T>(operation: () => Promise<T> | T): Promise<T> => {
    if (closed) throw new StoreError(`The store for '${path}' is closed: open it again.`);
    try {
      return await operation();
    } catch (error) {
      throw toStoreError(error, path);
    }
  };
  /**
   * Synchronous write transactions hold Kysely's single connection while they
   * run, so they never start inside a transaction Kysely has open.
   */
  const write = <T>(operation: () => T): Promise<T> => run(() => db.connection().execute(() => waitForLock(async () => operation(), options)));

  const store: Store = {
    capabilities,
    putDocuments: (records) => write(() => writer.putDocuments(records, new Date().toISOString())),
    getDocument: (id) => run(() => getStoredDocument(db, id)),
    search: (query) => run(() => searchDocuments(searchContext, checkSearch(query))),
    facets: (query) => run(() => facetDocuments(searchContext, checkSearch(query))),
    staleDocuments: (current) => run(() => staleDocumentIds(db, current)),
    putStages: async (id, stages, messages) => {
      const found = await write(() => writer.putStages(id, stages, messages, new Date().toISOString()));
      if (!found) throw new NotFoundError(`No stored document has id '${id}': ingest it first, or check the id.`);
    },
    deleteDocument: (id) => write(() => writer.deleteDocument(id)),
    stats: () => run(() => storeStats(db)),
    sourceHashes: (paths) => run(() => sourceHashes(db, paths)),
    pendingLinks: (limit) => run(() => pendingLinks(db, limit)),
    personYears: (blocks) => run(() => personYears(db, blocks)),
    entityRows: (query) => run(() => entityRows(db, query)),
    putEntityLinks: (update) => write(() => entityWriter.putEntityLinks(update, new Date().toISOString())),
    entityCorrections: () => run(() => entityCorrections(db)),
    removeCorrection: (seq, options) => write(() => entityWriter.removeCorrection(checkInteger('seq', seq, 1, Number.MAX_SAFE_INTEGER), options)),
    listEntities: (query) => run(() => listEntities(db, checkEntityList(query))),
    getEntity: (id, query = {}) => run(() => getEntity(db, id, checkEntityDetail(query))),
    officeHolder: (office, date) => run(() => officeHolder(db, office, date)),
    officeHistory: (office) => run(() => officeHistory(db, office)),
    documentEntities: (id) => run(() => documentEntities(db, id)),
    reuseCounts: () => run(() => reuseCounts(db)),
    reusePending: (limit) => run(() => reusePending(db, limit)),
    reuseDocumentInfo: (docs) => run(() => reuseDocumentInfo(db, docs)),
    reuseDocuments: (docs) => run(() => reuseDocuments(db, docs)),
    documentFingerprints: (doc) => run(() => reuseReader.documentFingerprints(doc)),
    fingerprintPostings: (hashes, limit) => run(() => reuseReader.fingerprintPostings(hashes, limit)),
    allFingerprints: () => run(() => reuseReader.allFingerprints()),
    putReuse: (update) => write(() => reuseWriter.putReuse(update)),
    listReuse: (query) => run(() => listReuse(db, checkReuse(query))),
    quotes: (query) => run(() => listQuotes(quoteContext, checkQuotes(query))),
    quoteCluster: (id) => run(() => quoteCluster(db, id)),
    documentQuotes: (id) => run(() => documentQuotes(db, id)),
    quoteWork: (limit) => run(() => quoteWork(db, checkInteger('limit', limit, 1, Number.MAX_SAFE_INTEGER))),
    quoteShinglePostings: (hashes, limit) => run(() => quoteReader.shinglePostings(hashes, limit)),
    quoteGroupMembers: (groups) => run(() => quoteGroupMembers(db, groups)),
    putQuoteLinks: (update) => write(() => quoteWriter.putQuoteLinks(update)),
    resetQuoteLinks: () => write(() => quoteWriter.resetQuoteLinks()),
    events: (query) => run(() => listEvents(db, checkEvents(query))),
    engagement: (id) => run(() => getEngagement(db, id)),
    eventNetwork: (query) => run(() => eventNetwork(db, checkNetwork(query))),
    documentTimes: (id) => run(() => documentTimes(db, id)),
    documentEvents: (id) => run(() => documentEvents(db, id)),
    eventWork: (limit) => run(() => eventWork(db, checkInteger('limit', limit, 1, Number.MAX_SAFE_INTEGER))),
    eventBucketMembers: (buckets) => run(() => eventBucketMembers(db, buckets)),
    putEventLinks: (update) => write(() => eventWriter.putEventLinks(update)),
    resetEventLinks: () => write(() => eventWriter.resetEventLinks()),
    trendCounts: (query) => run(() => trendCounts(searchContext, quoteContext, checkTrendCounts(query))),
    shifts: (query) => run(() => shiftPhrases(searchContext, quoteContext, checkShifts(query))),
    close: async () => {
      if (closed) return;
      closed = true;
      await db.destroy();
    },
  };
  // An in-memory database exists in this connection only: no other process can read it.
  return options.readPool && path !== ':memory:' ? withReadPool(store, path, options.readPool) : store;
}
