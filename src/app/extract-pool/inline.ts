import type { Pipeline } from '../../core/index.js';
import { extractOne } from './extract-one.js';
import type { ExtractOutcome, ExtractTask, Extractor, ReadSettings } from './protocol.js';

/**
 * Extraction on the calling thread, for a pipeline workers cannot load (its
 * stages exist only in the caller's memory). No time or memory budget can be
 * enforced here; a thrown error still fails only its own document.
 */
export class InlineExtractor implements Extractor {
  readonly threads = 0;

  constructor(
    private readonly pipeline: Pipeline,
    private readonly settings: ReadSettings,
  ) {}

  run(task: ExtractTask): Promise<ExtractOutcome> {
    return extractOne(this.pipeline, task, this.settings);
  }

  async close(): Promise<void> {}
}
