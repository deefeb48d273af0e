import { message, type Message } from '../../core/index.js';
import { failedDocument } from '../failed-document.js';
import type { DocumentBudget } from './pool.js';
import type { Extracted, ExtractOutcome, ExtractTask, Extractor, Overrun } from './protocol.js';

export const DEFAULT_BUDGET: DocumentBudget = Object.freeze({ timeMs: 30_000, memoryMb: 1024, stackMb: 4 });

/** The message code for each way a document can overrun: what the user searches the summary for. */
const CODES: Readonly<Record<Overrun, string>> = Object.freeze({
  timeout: 'parse-timeout',
  memory: 'document-too-complex',
  stack: 'document-too-complex',
  crash: 'reader-crashed',
});

/**
 * Reads and extracts one input under the budget. A document that overruns
 * (time, memory, stack) or crashes its reader is read once more as plain
 * text, carrying a warning that names the budget; plain text has no markup
 * to nest or backtrack on, so most such documents still get stored. If that
 * fails too, the document fails with the same code and the batch goes on. A
 * JSONL record is not retried: it fails at once with that code.
 */
export async function extractWithinBudget(extractor: Extractor, task: ExtractTask, budget: DocumentBudget): Promise<Extracted> {
  const first = await extractor.run(task);
  if (first.kind !== 'overrun') return first;
  const cause = describeOverrun(task.path, first, budget);
  // A record has no plain-text form (its bytes are JSON) and is read the same way twice: no retry.
  if (task.format !== undefined) return { kind: 'document', document: failedDocument(task.path, task.size, CODES[first.overrun], `${cause}.`), stages: null, sourceHash: undefined };
  const warning: Message = message({ code: CODES[first.overrun], origin: 'ingest', reason: `${cause}; it was read again as plain text.` });
  const second = await extractor.run({ ...task, asText: true, warning });
  if (second.kind !== 'overrun') return second;
  const reason = `${cause}, and reading it as plain text failed too (${describeOverrun(task.path, second, budget)}).`;
  return { kind: 'document', document: failedDocument(task.path, task.size, CODES[first.overrun], reason), stages: null, sourceHash: undefined };
}

function describeOverrun(path: string, outcome: Extract<ExtractOutcome, { kind: 'overrun' }>, budget: DocumentBudget): string {
  switch (outcome.overrun) {
    case 'timeout':
      return `Reading ${path} took longer than its ${budget.timeMs} ms budget (raise it with --document-timeout)`;
    case 'memory':
      return `Reading ${path} needed more than the ${budget.memoryMb} MB of memory one document may use`;
    case 'stack':
      return `${path} nests too deeply to read within the ${budget.stackMb} MB stack one document may use (${outcome.detail})`;
    case 'crash':
      return `The reader crashed on ${path} (${outcome.detail})`;
  }
}
