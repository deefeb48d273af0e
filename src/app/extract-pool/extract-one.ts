import { hasErrors, type Document, type Pipeline, type StageRecord } from '../../core/index.js';
import { readDocument, readRecord, textReader, withFallbackPublished, type RawInput } from '../../ingest/index.js';
import { readInputBytes } from '../read-input.js';
// Not the store's index: that would load the SQLite driver into every worker.
import { prepareRows, type PreparedRows } from '../../store/prepared-rows.js';
import { QUOTE_CLUSTER_DEFAULTS } from '../../link/quotes/options.js';
import { quoteKeys as keysOf } from '../../link/quotes/shingles.js';
import type { ExtractOutcome, ExtractTask, ReadSettings } from './protocol.js';
import { sourceHash } from './source-hash.js';

/**
 * One input's whole per-document work, the same in a worker and on the main
 * thread: read the file unless the task carries its bytes, hash it, read it
 * into a document and run the pipeline. A thrown error (a reader or stage
 * bug, a stack overflow on deep nesting) becomes an outcome, so one document
 * never takes the others down.
 */
export async function extractOne(pipeline: Pipeline, task: ExtractTask, settings: ReadSettings): Promise<ExtractOutcome> {
  const { path } = task;
  const bytes = task.bytes ?? (await readFileBytes(task, settings));
  if (!(bytes instanceof Uint8Array)) return bytes;
  const hash = task.source === 'file' ? sourceHash(path, bytes, settings.stages, settings.published) : undefined;
  try {
    let doc = withFallbackPublished(read(task, { path, bytes }), settings.published);
    if (task.warning) doc = { ...doc, messages: [...doc.messages, task.warning] };
    if (hasErrors(doc.messages)) return { kind: 'document', document: doc, stages: null, sourceHash: hash };
    const { document, stages } = pipeline.run(doc);
    const prepared = preparedRows(document, stages);
    const quoteKeys = prepared?.quotes.map((q) => keysOf(q.text, QUOTE_CLUSTER_DEFAULTS));
    return { kind: 'document', document, stages, sourceHash: hash, prepared, quoteKeys };
  } catch (error) {
    return { kind: 'overrun', overrun: isStackOverflow(error) ? 'stack' : 'crash', detail: describeError(error) };
  }
}

/** The writer's rows; when they cannot be made (an output that is not plain data), the writer tries and reports it, as it always has. */
function preparedRows(document: Document, stages: readonly StageRecord[]): PreparedRows | undefined {
  try {
    return prepareRows(document, stages);
  } catch {
    return undefined;
  }
}

function read(task: ExtractTask, input: RawInput) {
  // A record's bytes are JSON: read as plain text they would store the markup, so a record keeps its reader (and is not retried).
  if (task.format !== undefined) return readRecord(input, task.format);
  return task.asText ? textReader.read(input) : readDocument(input);
}

async function readFileBytes(task: ExtractTask, settings: ReadSettings): Promise<Uint8Array | ExtractOutcome> {
  const read = await readInputBytes({ type: 'file', path: task.path, size: task.size }, { maxBytes: settings.maxBytes, readStdin: noStdin });
  return read.ok ? read.bytes : { kind: 'document', document: read.failed, stages: null, sourceHash: undefined };
}

function noStdin(): Promise<Uint8Array> {
  return Promise.reject(new Error('a task reads a file or carries its bytes'));
}

export function describeError(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

function isStackOverflow(error: unknown): boolean {
  return error instanceof RangeError && /call stack/i.test(error.message);
}
