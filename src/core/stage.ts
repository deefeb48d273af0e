import type { Document } from './document.js';
import type { Message } from './message.js';

/** What a stage may read: the document and the outputs of the stages it requires. */
export interface StageContext {
  /** Outputs of earlier stages, by stage name. Only names listed in `requires` are present. */
  readonly outputs: ReadonlyMap<string, unknown>;
}

export interface StageResult<Output> {
  readonly output: Output;
  readonly messages: readonly Message[];
}

/**
 * A pipeline stage: a pure function of the document and the outputs it
 * requires. It never reads the clock (relative dates resolve against
 * `meta.published`) and never mutates its input.
 */
export interface Stage<Output = unknown> {
  readonly name: string;
  /** Bump when the output changes for the same input; stored documents with an older version are stale. */
  readonly version: number;
  readonly requires: readonly string[];
  run(doc: Document, context: StageContext): StageResult<Output>;
}

export interface StageRecord {
  readonly name: string;
  readonly version: number;
  readonly output: unknown;
}
