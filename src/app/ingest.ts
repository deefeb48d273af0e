import { availableParallelism } from 'node:os';
import { hasErrors, UsageError, type Document, type Message, type Pipeline } from '../core/index.js';
import { SUPPORTED_EXTENSIONS } from '../ingest/index.js';
import { ENTITIES_STAGE, linkEvents, linkPending, linkQuotes, linkReuse, type EventLinkSummary, type LinkableRecord, type LinkReuseOptions, type LinkSummary, type QuoteKeys, type QuoteLinkSummary, type ReuseLinkSummary } from '../link/index.js';
import type { DocumentRecord, Store } from '../store/index.js';
import { defaultPipeline } from './pipeline.js';
import { listInputs, type InputProblem } from './input-files.js';
import { DEFAULT_MAX_BYTES, inputUnits, readInputBytes, type InputUnit } from './read-input.js';
import { readAhead } from './read-ahead.js';
import {
  DEFAULT_BUDGET,
  ExtractPool,
  extractWithinBudget,
  InlineExtractor,
  sourceHash,
  stagesModuleFor,
  type DocumentBudget,
  type Extracted,
  type Extractor,
  type StagesModule,
} from './extract-pool/index.js';

/**
 * Documents in flight (queued at a worker, or done and waiting their turn to
 * be stored) per worker. Enough that workers keep busy while this thread
 * writes a batch or links entities (0.5-1 s each on the AU PM corpus, while
 * a worker extracts a transcript in ~6 ms; a CPU profile with 64 showed
 * workers idle a third of the time), few enough that memory stays flat.
 */
const IN_FLIGHT_PER_WORKER = 256;
/** ...and at most this many bytes of input in flight, whatever the count. */
const IN_FLIGHT_BYTES = 64 * 1024 * 1024;
/**
 * A batch is written when it holds `batchSize` documents or this many bytes
 * of input, whichever comes first: a few large documents must not hold the
 * write lock (and keep a second ingest waiting) for long.
 */
const BATCH_BYTES = 4 * 1024 * 1024;

/**
 * ...and resolution runs once the documents waiting for it hold this many
 * bytes of text, whatever their count: their entity outputs are kept until
 * then (a few times the text's size), and the parts of one big text would
 * otherwise all be held at once.
 */
const LINK_BYTES = 16 * 1024 * 1024;

/** Without workers: files read ahead of the one being parsed, enough to hide disk latency. */
const READ_AHEAD = 8;

/** Stored source hashes are looked up for this many inputs (or records) at once... */
const HASH_LOOKUP_COUNT = 500;
/** ...or for the records holding this many bytes, whichever comes first. */
const HASH_LOOKUP_BYTES = 16 * 1024 * 1024;

export interface IngestProgress {
  /** Files (and stdin) finished: a JSONL file is done after its last record. */
  readonly done: number;
  readonly total: number;
  /** Inputs (JSONL records counted one by one) skipped so far because they hash the same as when they were stored. */
  readonly unchanged: number;
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
  /**
   * Where worker threads load `pipeline`'s stages from, when they are not all
   * built-in stages (`{ module: fileUrl, export: 'stages' }`, a `Stage[]`).
   * Without it such a pipeline runs on this thread, with no budget.
   */
  readonly stagesModule?: StagesModule;
  /** Extraction threads; by default one per core (`os.availableParallelism()`). Output is the same for any number. */
  readonly workers?: number;
  /**
   * Milliseconds one document's read and extraction may take (default
   * 30,000). Past it the document is stopped and read once more as plain
   * text, with a `parse-timeout` warning.
   */
  readonly documentBudgetMs?: number;
  /** Old-generation megabytes of one extraction worker (default 1,024): a document needing more is `document-too-complex`. */
  readonly documentMemoryMb?: number;
  /** Settings of the reuse linking that ends every run. */
  readonly reuse?: LinkReuseOptions;
  readonly readStdin?: () => Promise<Uint8Array>;
  readonly onProgress?: (progress: IngestProgress) => void;
  /** Called for each document's messages (including failures), e.g. to print them. */
  readonly onDocument?: (doc: Document) => void;
  /** `--published`: `YYYY-MM-DD` for documents with no date of their own (`publishedFrom: 'user'`). */
  readonly published?: string;
  /** Supplies elapsed seconds; the app layer may read the clock, stages never do. */
  readonly now?: () => number;
}

export interface IngestFailure {
  readonly path: string;
  readonly code: string;
  readonly reason: string;
}

export interface IngestSummary {
  /** Inputs read: files plus stdin, each record of a JSONL file counted as one. */
  readonly inputs: number;
  /** Documents stored or confirmed unchanged. */
  readonly documents: number;
  readonly inserted: number;
  readonly updated: number;
  readonly unchanged: number;
  /** Of `unchanged`, inputs whose source hash matched the stored one: read and hashed, never extracted. */
  readonly skippedUnchanged: number;
  /** Extraction threads started (0 when extraction ran on this thread, or nothing needed it). */
  readonly workers: number;
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
  /** Quote clusters: queued documents whose quotes were matched, and cluster records written (the same for any number of workers). */
  readonly quotes: QuoteLinkSummary;
  /** Engagements: queued documents whose event reports were merged, and engagement records written. */
  readonly events: EventLinkSummary;
}

/**
 * Reads every input, runs the pipeline and stores the results in batches.
 * One bad file never stops the batch: it is counted as a failure and the run
 * goes on. The caller decides the exit code from `failed`.
 *
 * This thread lists, reads and hashes inputs, and is the single writer: it
 * stores in input order whatever the number of workers, so the output is the
 * same for one worker or many. An input that hashes as it did when stored is
 * counted unchanged and never reaches a reader. Everything else is read and
 * extracted in worker threads, each document under a time and memory budget
 * (see extract-pool/README.md).
 */
export async function ingestPaths(store: Store, paths: readonly string[], options: IngestOptions = {}): Promise<IngestSummary> {
  const now = options.now ?? (() => performance.now() / 1000);
  const started = now();
  const pipeline = options.pipeline ?? defaultPipeline();
  const batchSize = options.batchSize ?? 200;
  const linkEvery = options.linkEvery ?? 1000;
  const readStdin = options.readStdin ?? (() => Promise.reject(new Error('no standard input was provided')));
  const workers = options.workers ?? availableParallelism();
  if (!Number.isInteger(workers) || workers < 1) throw new UsageError(`workers must be a positive whole number (got ${workers}).`);
  const budget: DocumentBudget = {
    ...DEFAULT_BUDGET,
    timeMs: positive('documentBudgetMs', options.documentBudgetMs ?? DEFAULT_BUDGET.timeMs),
    memoryMb: positive('documentMemoryMb', options.documentMemoryMb ?? DEFAULT_BUDGET.memoryMb),
  };
  const listing = await listInputs(paths, { extensions: SUPPORTED_EXTENSIONS });

  const failures: IngestFailure[] = listing.problems.map(toFailure);
  const messagesByCode = new Map<string, number>();
  for (const problem of listing.problems) count(messagesByCode, `ingest:${problem.code}`);
  const totals = { inserted: 0, updated: 0, unchanged: 0, replaced: 0, documents: 0, bytes: 0, skippedUnchanged: 0 };
  const bytesTotal = listing.entries.reduce((sum, e) => sum + (e.type === 'file' ? e.size : 0), 0);
  let batch: DocumentRecord[] = [];
  let batchBytes = 0;
  const linked = { documents: 0, reassigned: 0, seconds: 0 };
  // Stored and not yet resolved: their entity outputs, kept so they need not be read back (the text,
  // the other stages' outputs and the rows written are let go: they were most of a record's memory).
  let unlinked: LinkableRecord[] = [];
  let unlinkedBytes = 0;
  // Clustering keys the workers made for the quotes of documents not yet linked, by quote text.
  let quoteKeys = new Map<string, QuoteKeys>();
  const quotes = { documents: 0, quotes: 0, rebuilt: 0, clusters: 0 };
  const events = { documents: 0, events: 0, engagements: 0 };
  const link = async (): Promise<void> => {
    const began = now();
    const step = await linkPending(store, { records: unlinked });
    linked.documents += step.documents;
    linked.reassigned += step.reassigned;
    linked.seconds += now() - began;
    unlinked = [];
    unlinkedBytes = 0;
    // Quote clusters and engagements are order-independent, so each resolution step
    // works off their queues too: on the main thread, while the extraction workers go
    // on with the next documents, rather than all at the end.
    addCounts(quotes, await linkQuotes(store, { knownKeys: quoteKeys }));
    quoteKeys = new Map();
    // After entity resolution, which gives participants their canonical ids.
    addCounts(events, await linkEvents(store));
  };

  const flush = async (): Promise<void> => {
    if (batch.length === 0) return;
    // The same document can arrive twice in one batch (two paths, same URL): keep the last.
    const byId = new Map(batch.map((record) => [record.document.id, record]));
    const result = await store.putDocuments([...byId.values()]);
    // The store queued what it wrote, so a crash before resolution loses nothing: the next run resumes it.
    if (result.inserted + result.updated > 0) {
      for (const record of byId.values()) {
        unlinked.push({ document: { id: record.document.id }, stages: record.stages.filter((stage) => stage.name === ENTITIES_STAGE) });
        unlinkedBytes += record.document.bytes;
      }
    }
    if (unlinked.length >= linkEvery || unlinkedBytes >= LINK_BYTES) await link();
    totals.inserted += result.inserted;
    totals.updated += result.updated;
    totals.unchanged += result.unchanged + (batch.length - byId.size);
    totals.replaced += result.replaced;
    batch = [];
    batchBytes = 0;
  };

  // Stage names and versions are part of every source hash: a new stage version makes every input changed.
  const stages = pipeline.stages.map(({ name, version }) => ({ name, version }));
  const readOptions = { maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES, readStdin };
  const published = options.published === undefined ? null : checkPublished(options.published);
  const settings = { maxBytes: readOptions.maxBytes, stages, published };
  const stagesModule = stagesModuleFor(pipeline, options.stagesModule);
  const extractor: Extractor = stagesModule
    ? new ExtractPool({ size: workers, setup: { ...settings, stagesModule }, budget })
    : new InlineExtractor(pipeline, settings);

  // An input stored before is read and hashed here, and skipped if its hash is the stored one: an
  // unchanged corpus never starts a worker. A new file is read where it is extracted (a worker),
  // just before its turn. A JSONL record is read here (its file is streamed) and hashed on its own
  // path, `file:line`. Results come back in input order, whatever finished first.
  const load = async ({ unit, stored }: Looked): Promise<Step> => {
    switch (unit.type) {
      case 'end':
        return { kind: 'end', bytes: unit.bytes };
      case 'failed':
        return { kind: 'document', document: unit.failed, stages: null, sourceHash: undefined };
      case 'record': {
        if (stored !== undefined && sourceHash(unit.path, unit.bytes, stages, published) === stored) return { kind: 'unchanged', bytes: unit.bytes.byteLength };
        return extractWithinBudget(extractor, { path: unit.path, size: unit.bytes.byteLength, source: 'file', bytes: unit.bytes, format: unit.format }, budget);
      }
      case 'input': {
        const { entry } = unit;
        if (entry.type === 'file' && stored === undefined) return extractWithinBudget(extractor, { path: entry.path, size: entry.size, source: 'file' }, budget);
        const read = await readInputBytes(entry, readOptions);
        if (!read.ok) return { kind: 'document', document: read.failed, stages: null, sourceHash: undefined };
        if (stored !== undefined && sourceHash(entry.path, read.bytes, stages, published) === stored) return { kind: 'unchanged', bytes: read.bytes.byteLength };
        return extractWithinBudget(extractor, { path: entry.path, size: read.bytes.byteLength, source: entry.type, bytes: read.bytes }, budget);
      }
    }
  };
  const weight = ({ unit }: Looked): number => (unit.type === 'record' ? unit.bytes.byteLength : unit.type === 'input' && unit.entry.type === 'file' ? unit.entry.size : 0);
  const window = stagesModule ? { depth: workers * IN_FLIGHT_PER_WORKER, maxWeight: IN_FLIGHT_BYTES, weight } : READ_AHEAD;
  const units = withStoredHashes(store, inputUnits(listing.entries, readOptions));

  let done = 0;
  let inputs = 0;
  try {
    for await (const [{ unit }, step] of readAhead(units, window, load)) {
      if (unit.type === 'input' || unit.type === 'end') done += 1;
      if (unit.type !== 'end') inputs += 1;
      if (step.kind === 'end') {
        totals.bytes += step.bytes;
      } else if (step.kind === 'unchanged') {
        totals.bytes += step.bytes;
        totals.documents += 1;
        totals.unchanged += 1;
        totals.skippedUnchanged += 1;
      } else {
        const doc = step.document;
        totals.bytes += doc.bytes;
        countMessages(messagesByCode, doc.messages);
        options.onDocument?.(doc);
        if (hasErrors(doc.messages) || step.stages === null) {
          const first = doc.messages.find((m) => m.severity === 'error') as Message;
          failures.push({ path: doc.path, code: first.code, reason: first.reason });
        } else {
          batch.push({ document: doc, stages: step.stages, sourceHash: step.sourceHash, prepared: step.prepared });
          step.quoteKeys?.forEach((keys, i) => quoteKeys.set(step.prepared!.quotes[i]!.text, keys));
          batchBytes += doc.bytes;
          totals.documents += 1;
          if (batch.length >= batchSize || batchBytes >= BATCH_BYTES) await flush();
        }
      }
      options.onProgress?.({ done, total: listing.entries.length, unchanged: totals.skippedUnchanged, bytesDone: totals.bytes, bytesTotal, path: unit.type === 'record' ? unit.path : unit.entry.path });
    }
  } finally {
    await extractor.close();
  }
  await flush();
  // Always, even with nothing new: it also finishes what a crashed run left queued.
  await link();
  const reuseStarted = now();
  const reuse = { ...(await linkReuse(store, options.reuse)), seconds: 0 };
  reuse.seconds = now() - reuseStarted;
  // Like reuse: always, so a crashed run's queue (and groups a replaced document left) are worked off.
  addCounts(quotes, await linkQuotes(store));
  addCounts(events, await linkEvents(store));

  const seconds = Math.max(now() - started, 1e-9);
  return {
    inputs,
    documents: totals.documents,
    inserted: totals.inserted,
    updated: totals.updated,
    unchanged: totals.unchanged,
    skippedUnchanged: totals.skippedUnchanged,
    workers: extractor.threads,
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
    quotes,
    events,
  };
}

/** A unit with the source hash stored for its path, if any. */
interface Looked {
  readonly unit: InputUnit;
  readonly stored: string | undefined;
}

type Step = Extracted | { readonly kind: 'end'; readonly bytes: number };

/**
 * Looks up stored source hashes a slice of units at a time: the records of
 * a JSONL file are only known as it streams, and a million paths must not be
 * asked for, or held, at once.
 */
async function* withStoredHashes(store: Store, units: AsyncIterable<InputUnit>): AsyncGenerator<Looked> {
  let slice: InputUnit[] = [];
  let bytes = 0;
  const pathOf = (u: InputUnit): string | null => (u.type === 'record' ? u.path : u.type === 'input' && u.entry.type === 'file' ? u.entry.path : null);
  const lookUp = async function* (): AsyncGenerator<Looked> {
    const taken = slice;
    slice = [];
    bytes = 0;
    const paths = taken.flatMap((u) => pathOf(u) ?? []);
    const stored = paths.length > 0 ? await store.sourceHashes(paths) : new Map<string, string>();
    for (const unit of taken) {
      const path = pathOf(unit);
      yield { unit, stored: path === null ? undefined : stored.get(path) };
    }
  };
  for await (const unit of units) {
    slice.push(unit);
    if (unit.type === 'record') bytes += unit.bytes.byteLength;
    if (slice.length >= HASH_LOOKUP_COUNT || bytes >= HASH_LOOKUP_BYTES) yield* lookUp();
  }
  yield* lookUp();
}

/** Adds each count of `step` to `total`'s. */
function addCounts<T extends object>(total: { -readonly [K in keyof T]: number }, step: T): void {
  for (const key of Object.keys(total) as (keyof T)[]) total[key] += (step[key] as number) ?? 0;
}

/** A calendar date `YYYY-MM-DD` that exists, or a usage error naming the value and the fix. */
function checkPublished(value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  if (!m || !date || date.getUTCFullYear() !== Number(m[1]) || date.getUTCMonth() + 1 !== Number(m[2]) || date.getUTCDate() !== Number(m[3])) {
    throw new UsageError(`--published '${value}' is not a calendar date: give it as YYYY-MM-DD, e.g. --published 2026-02-02.`);
  }
  return value;
}

function positive(name: string, value: number): number {
  if (!Number.isFinite(value) || value <= 0) throw new UsageError(`${name} must be a positive number (got ${value}).`);
  return value;
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
