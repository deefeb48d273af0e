import { hasErrors, type Document, type Message, type Pipeline } from '../core/index.js';
import { SUPPORTED_EXTENSIONS } from '../ingest/index.js';
import { linkPending, linkReuse, type LinkReuseOptions, type LinkSummary, type ReuseLinkSummary } from '../link/index.js';
import type { DocumentRecord, Store } from '../store/index.js';
import { defaultPipeline } from './pipeline.js';
import { listInputs, type InputProblem } from './input-files.js';
import { DEFAULT_MAX_BYTES, readInput } from './read-input.js';
import { readAhead } from './read-ahead.js';

/** Files read ahead of the one being parsed; enough to hide disk latency, small enough to bound memory. */
const READ_AHEAD = 8;

export interface IngestProgress {
  readonly done: number;
  readonly total: number;
  readonly bytesDone: number;
  readonly bytesTotal: number;
  readonly path: string;
}

export interface IngestOptions {
  readonly maxBytes?: number;
  /** Documents per store transaction. */
  readonly batchSize?: number;
  /**
   * Entity resolution runs after a batch once this many documents wait for it
   * (and always at the end of the run): fewer, larger resolution steps cost
   * less in all, since most entities recur in every batch.
   */
  readonly linkEvery?: number;
  readonly pipeline?: Pipeline;
  /** Settings of the reuse linking that ends every run. */
  readonly reuse?: LinkReuseOptions;
  readonly readStdin?: () => Promise<Uint8Array>;
  readonly onProgress?: (progress: IngestProgress) => void;
  /** Called for each document's messages (including failures), e.g. to print them. */
  readonly onDocument?: (doc: Document) => void;
  /** Supplies elapsed seconds; the app layer may read the clock, stages never do. */
  readonly now?: () => number;
}

export interface IngestFailure {
  readonly path: string;
  readonly code: string;
  readonly reason: string;
}

export interface IngestSummary {
  /** Inputs read (files plus stdin). */
  readonly inputs: number;
  /** Documents stored or confirmed unchanged. */
  readonly documents: number;
  readonly inserted: number;
  readonly updated: number;
  readonly unchanged: number;
  readonly replaced: number;
  readonly failed: number;
  readonly failures: readonly IngestFailure[];
  /** Folder files passed over by extension. */
  readonly skipped: Readonly<Record<string, number>>;
  readonly bytes: number;
  readonly seconds: number;
  readonly megabytesPerSecond: number;
  readonly documentsPerSecond: number;
  /** Every message raised, counted by `origin:code`. */
  readonly messagesByCode: Readonly<Record<string, number>>;
  /** Entity resolution: documents indexed, stored document entities that changed id, seconds it took. */
  readonly linked: LinkSummary & { readonly seconds: number };
  /** Text reuse: queued documents compared with the index, pairs stored, how, and seconds it took. */
  readonly reuse: ReuseLinkSummary & { readonly seconds: number };
}

/**
 * Reads every input, runs the pipeline and stores the results in batches.
 * One bad file never stops the batch: it is counted as a failure and the run
 * goes on. The caller decides the exit code from `failed`.
 */
export async function ingestPaths(store: Store, paths: readonly string[], options: IngestOptions = {}): Promise<IngestSummary> {
  const now = options.now ?? (() => performance.now() / 1000);
  const started = now();
  const pipeline = options.pipeline ?? defaultPipeline();
  const batchSize = options.batchSize ?? 200;
  const linkEvery = options.linkEvery ?? 1000;
  const readStdin = options.readStdin ?? (() => Promise.reject(new Error('no standard input was provided')));
  const listing = await listInputs(paths, { extensions: SUPPORTED_EXTENSIONS });

  const failures: IngestFailure[] = listing.problems.map(toFailure);
  const messagesByCode = new Map<string, number>();
  for (const problem of listing.problems) count(messagesByCode, `ingest:${problem.code}`);
  const totals = { inserted: 0, updated: 0, unchanged: 0, replaced: 0, documents: 0, bytes: 0 };
  const bytesTotal = listing.entries.reduce((sum, e) => sum + (e.type === 'file' ? e.size : 0), 0);
  let batch: DocumentRecord[] = [];
  const linked = { documents: 0, reassigned: 0, seconds: 0 };
  // Stored and not yet resolved; kept so their stage outputs need not be read back.
  let unlinked: DocumentRecord[] = [];
  const link = async (): Promise<void> => {
    const began = now();
    const step = await linkPending(store, { records: unlinked });
    linked.documents += step.documents;
    linked.reassigned += step.reassigned;
    linked.seconds += now() - began;
    unlinked = [];
  };

  const flush = async (): Promise<void> => {
    if (batch.length === 0) return;
    // The same document can arrive twice in one batch (two paths, same URL): keep the last.
    const byId = new Map(batch.map((record) => [record.document.id, record]));
    const result = await store.putDocuments([...byId.values()]);
    // The store queued what it wrote, so a crash before resolution loses nothing: the next run resumes it.
    if (result.inserted + result.updated > 0) unlinked.push(...byId.values());
    if (unlinked.length >= linkEvery) await link();
    totals.inserted += result.inserted;
    totals.updated += result.updated;
    totals.unchanged += result.unchanged + (batch.length - byId.size);
    totals.replaced += result.replaced;
    batch = [];
  };

  let done = 0;
  const readOptions = { maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES, readStdin };
  for await (const [entry, doc] of readAhead(listing.entries, READ_AHEAD, (e) => readInput(e, readOptions))) {
    totals.bytes += doc.bytes;
    done += 1;
    if (hasErrors(doc.messages)) {
      countMessages(messagesByCode, doc.messages);
      const first = doc.messages.find((m) => m.severity === 'error') as Message;
      failures.push({ path: doc.path, code: first.code, reason: first.reason });
      options.onDocument?.(doc);
    } else {
      const processed = pipeline.run(doc);
      countMessages(messagesByCode, processed.document.messages);
      options.onDocument?.(processed.document);
      batch.push(processed);
      totals.documents += 1;
      if (batch.length >= batchSize) await flush();
    }
    options.onProgress?.({ done, total: listing.entries.length, bytesDone: totals.bytes, bytesTotal, path: entry.path });
  }
  await flush();
  // Always, even with nothing new: it also finishes what a crashed run left queued.
  await link();
  const reuseStarted = now();
  const reuse = { ...(await linkReuse(store, options.reuse)), seconds: 0 };
  reuse.seconds = now() - reuseStarted;

  const seconds = Math.max(now() - started, 1e-9);
  return {
    inputs: listing.entries.length,
    documents: totals.documents,
    inserted: totals.inserted,
    updated: totals.updated,
    unchanged: totals.unchanged,
    replaced: totals.replaced,
    failed: failures.length,
    failures,
    skipped: Object.fromEntries(listing.skipped),
    bytes: totals.bytes,
    seconds,
    megabytesPerSecond: totals.bytes / 1024 / 1024 / seconds,
    documentsPerSecond: totals.documents / seconds,
    messagesByCode: Object.fromEntries([...messagesByCode].sort((a, b) => b[1] - a[1])),
    linked,
    reuse,
  };
}

function toFailure(problem: InputProblem): IngestFailure {
  return { path: problem.path, code: problem.code, reason: problem.reason };
}

function countMessages(counts: Map<string, number>, messages: readonly Message[]): void {
  for (const m of messages) count(counts, `${m.origin}:${m.code}`);
}

function count(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}
