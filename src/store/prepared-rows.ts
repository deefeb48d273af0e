import type { Document, StageRecord } from '../core/index.js';
import { timeRows, type TimeInsert } from './sql/event-rows.js';
import { quoteRows, type QuoteInsert } from './sql/quote-rows.js';
import { stageOutputJson } from './sql/rows.js';

/**
 * The per-document rows a write derives from a document's stage outputs,
 * computed where the document was extracted (an ingest worker thread) so
 * the single writer only binds them: on the main thread they were a tenth
 * of its JavaScript time. Pure and the same on every adapter. A record
 * without them (reindex, a caller's own records) has them computed by the
 * writer, with the same functions.
 */
export interface PreparedRows {
  /** Each stage's output as `stage_runs.output` stores it, in stage order. */
  readonly outputs: readonly string[];
  readonly quotes: readonly QuoteInsert[];
  readonly times: readonly TimeInsert[];
}

/** The rows of `stages` run over `document`: pass the result with exactly these stages and this text. */
export function prepareRows(document: Document, stages: readonly StageRecord[]): PreparedRows {
  return {
    outputs: stages.map(stageOutputJson),
    quotes: quoteRows(stages, document.text),
    times: timeRows(stages, document.text),
  };
}
