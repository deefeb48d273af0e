import type { Document, Message, StageRecord } from '../../core/index.js';
import type { QuoteKeys } from '../../link/index.js';
import type { PreparedRows } from '../../store/index.js';

/**
 * Where workers load the pipeline's stages from. Stages are functions, which
 * cannot cross to a thread, so a worker imports the module itself and picks
 * the stages by name; their versions must match the ones the main thread
 * hashed, or the worker refuses to start.
 */
export interface StagesModule {
  /** A module URL (file: URL string). */
  readonly module: string;
  /** The export holding a `Stage[]`. */
  readonly export: string;
}

export interface StageVersion {
  readonly name: string;
  readonly version: number;
}

/** What every task is read and hashed with: the same in every worker and on this thread. */
export interface ReadSettings {
  /** Larger files are refused before they are read (`document-too-large`). */
  readonly maxBytes: number;
  /** Part of every source hash. */
  readonly stages: readonly StageVersion[];
  /** `--published`: the date of documents with none of their own (part of the source hash when set). */
  readonly published?: string | null;
}

/** What a worker is started with (`workerData`). */
export interface WorkerSetup extends ReadSettings {
  readonly stagesModule: StagesModule;
}

/** One input to read, hash, and (unless unchanged) read into a document and extract. */
export interface ExtractTask {
  readonly path: string;
  /** The size the listing saw: a larger file than allowed is refused without reading it. */
  readonly size: number;
  /** Files get a source hash; stdin does not (there is no path to compare it by). */
  readonly source: 'file' | 'stdin';
  /**
   * The bytes, when the caller has them already (stdin; a file it read to
   * compare hashes). Otherwise whoever runs the task reads the file, just
   * before parsing it, so nothing is read far ahead of its turn.
   */
  readonly bytes?: Uint8Array;
  /**
   * The records reader (`jsonl`) when the task is one record of a
   * multi-record file: `path` is then the record's (`file:line`) and `bytes`
   * its bytes. A record is always read by its records reader, the retry too.
   */
  readonly format?: string;
  /** Read with the plain-text reader, whatever the file looks like: the retry after an overrun. */
  readonly asText?: boolean;
  /** Added to the document's messages before the stages run (the overrun that caused the retry). */
  readonly warning?: Message;
}

/** How a document's extraction went past its budget, or broke. */
export type Overrun = 'timeout' | 'memory' | 'stack' | 'crash';

/** What reading and extracting one input came to, once it did not overrun. */
export type Extracted =
  /** The bytes hash as stored: nothing was read into a document (decided before any task is sent). */
  | { readonly kind: 'unchanged'; readonly bytes: number }
  /**
   * `stages` is null when the input could not be read into a document (its
   * error messages say why): no stage ran. `sourceHash` is absent for stdin.
   */
  | {
      readonly kind: 'document';
      readonly document: Document;
      readonly stages: readonly StageRecord[] | null;
      readonly sourceHash: string | undefined;
      /** The rows the store derives from `stages`, computed here so the single writer need not (absent when `stages` is null). */
      readonly prepared?: PreparedRows;
      /** Clustering keys of `prepared.quotes`, in order, made with the default settings: the linking step need not make them. */
      readonly quoteKeys?: readonly QuoteKeys[];
    };

export type ExtractOutcome = Extracted | { readonly kind: 'overrun'; readonly overrun: Overrun; readonly detail: string };

/** Worker → main. */
export type WorkerReply = { readonly type: 'ready' } | ({ readonly type: 'outcome'; readonly id: number } & { readonly outcome: ExtractOutcome });

/** Main → worker. */
export interface WorkerRequest {
  readonly id: number;
  readonly task: ExtractTask;
}

/** Runs tasks somewhere: worker threads under a budget, or this thread. */
export interface Extractor {
  run(task: ExtractTask): Promise<ExtractOutcome>;
  /** Threads started so far (0 on this thread). */
  readonly threads: number;
  close(): Promise<void>;
}
