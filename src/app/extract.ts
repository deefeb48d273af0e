import { hasErrors, type Document, type Pipeline } from '../core/index.js';
import { ENTITIES_STAGE, linkBatch, linkBatchEvents, linkBatchQuotes, type BatchDocument } from '../link/index.js';
import { SUPPORTED_EXTENSIONS } from '../ingest/index.js';
import { failedDocument } from './failed-document.js';
import { listInputs } from './input-files.js';
import { DEFAULT_MAX_BYTES, inputUnits, readUnit } from './read-input.js';
import { readAhead } from './read-ahead.js';
import { defaultPipeline } from './pipeline.js';
import { toExtractRecord, type ExtractRecord } from './extract-record.js';

export interface ExtractOptions {
  readonly includeText?: boolean;
  readonly maxBytes?: number;
  readonly pipeline?: Pipeline;
  readonly readStdin?: () => Promise<Uint8Array>;
}

/**
 * Runs the whole pipeline without a store and yields one contract record per
 * input, in path order; a JSONL file yields one per record (path
 * `file:line`). Inputs that fail still yield a record whose messages say
 * why, so a batch never loses track of a file or a record.
 *
 * Entity ids are resolved across every document of the run (a surname in one
 * file links to the full name in another; "the Foreign Minister" to whoever
 * the run shows in office), so records come out once the last document is
 * processed. Only what the records need is kept meanwhile: no text unless
 * `includeText`.
 */
export async function* extractPaths(paths: readonly string[], options: ExtractOptions = {}): AsyncGenerator<ExtractRecord> {
  const pipeline = options.pipeline ?? defaultPipeline();
  const includeText = options.includeText ?? false;
  const readStdin = options.readStdin ?? (() => Promise.reject(new Error('no standard input was provided')));
  const listing = await listInputs(paths, { extensions: SUPPORTED_EXTENSIONS });
  for (const problem of listing.problems) {
    yield toExtractRecord(failedDocument(problem.path, 0, problem.code, problem.reason), { includeText });
  }
  const readOptions = { maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES, readStdin };
  const processed: { document: Document; linkAs: BatchDocument | null }[] = [];
  for await (const [, doc] of readAhead(inputUnits(listing.entries, readOptions), 8, (unit) => readUnit(unit, readOptions))) {
    if (doc === null) continue;
    if (hasErrors(doc.messages)) {
      processed.push({ document: slim(doc, includeText), linkAs: null });
      continue;
    }
    const { document, stages } = pipeline.run(doc);
    // Two inputs can be one document (same URL): link by position, so each keeps its own record.
    const linkAs = { id: `${processed.length}`, published: document.meta.published, stages: stages.filter((s) => s.name === ENTITIES_STAGE || KEPT_STAGES.has(s.name)) };
    processed.push({ document: slim(document, includeText), linkAs });
  }
  const batch = processed.flatMap((p) => (p.linkAs ? [p.linkAs] : []));
  const linked = linkBatch(batch);
  const quotes = linkBatchQuotes(batch.map((d) => ({ ...d, linked: linked.get(d.id) })));
  const events = linkBatchEvents(batch.map((d) => ({ ...d, linked: linked.get(d.id) })));
  for (const { document, linkAs } of processed) {
    const ofDoc = linkAs ? events.get(linkAs.id) : undefined;
    yield toExtractRecord(document, {
      includeText,
      linked: linkAs ? linked.get(linkAs.id) : undefined,
      quotes: linkAs ? quotes.get(linkAs.id) : undefined,
      times: ofDoc?.times,
      events: ofDoc?.events,
    });
  }
}

/** The stages whose quotes, times and events the record prints. */
const KEPT_STAGES: ReadonlySet<string> = new Set(['quotes', 'times', 'events']);

/** The document without its text when the record will not print it: a large run keeps only what it prints. */
function slim(doc: Document, includeText: boolean): Document {
  return includeText ? doc : { ...doc, text: '' };
}
