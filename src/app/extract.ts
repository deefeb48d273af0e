import { hasErrors, type Pipeline } from '../core/index.js';
import { SUPPORTED_EXTENSIONS } from '../ingest/index.js';
import { failedDocument } from './failed-document.js';
import { listInputs } from './input-files.js';
import { DEFAULT_MAX_BYTES, readInput } from './read-input.js';
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
 * input, in path order. Inputs that fail still yield a record whose messages
 * say why, so a batch never loses track of a file.
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
  for await (const [, doc] of readAhead(listing.entries, 8, (entry) => readInput(entry, readOptions))) {
    const processed = hasErrors(doc.messages) ? doc : pipeline.run(doc).document;
    yield toExtractRecord(processed, { includeText });
  }
}
