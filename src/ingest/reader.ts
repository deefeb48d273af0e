import type { Document } from '../core/index.js';

/** Raw bytes of one input, before any decoding. */
export interface RawInput {
  /** As the user gave it (relative or absolute); `<stdin>` for standard input. */
  readonly path: string;
  readonly bytes: Uint8Array;
}

/**
 * Turns one file into one Document. Readers never throw on bad content: they
 * return a document whose messages say what went wrong; an `error`-severity
 * message means the document must not be stored.
 */
export interface Reader {
  readonly name: string;
  /** Lower-case extensions without the dot, e.g. `md`, `markdown`. */
  readonly extensions: readonly string[];
  /** Whether decoded text looks like this format, for stdin and unknown extensions. */
  sniff(head: string): boolean;
  read(input: RawInput): Document;
}

/** One record of a multi-record file, split from its bytes but not yet read. */
export type RawRecord =
  /** `bytes` is a copy, owned by the record (safe to send to a worker). */
  | { readonly line: number; readonly bytes: Uint8Array }
  /** Over the size limit: only its size is known, its bytes were never held. */
  | { readonly line: number; readonly tooLarge: number };

/**
 * A format whose file holds many documents (JSONL: one per line). The file
 * is never read whole: `split` streams it into records, and each record is
 * read into its own Document with its own path, `recordPath(file, line)`,
 * so messages, failures and unchanged-input skips work per record.
 */
export interface RecordsReader {
  readonly name: string;
  /** Lower-case extensions without the dot. Chosen by extension only: a record format is never sniffed. */
  readonly extensions: readonly string[];
  /** Whether `--max-bytes` refuses the whole file too, not only a record over it (a text read in parts is still one document's file). */
  readonly fileLimit: boolean;
  /** The file's bytes in chunks → its records in file order; blank records are skipped. A record over `maxBytes` is reported by size and never held. */
  split(chunks: AsyncIterable<Uint8Array>, maxBytes: number): AsyncGenerator<RawRecord>;
  /** One record (`path` is `recordPath(file, line)`, `bytes` the record's) into one Document; never throws on content. */
  read(input: RawInput): Document;
}

/** `archive.jsonl` and line 12 → `archive.jsonl:12`, the path of that record's document. */
export function recordPath(file: string, line: number): string {
  return `${file}:${line}`;
}

/** The line of a record path (`archive.jsonl:12` → 12), or null for a whole-file path. */
export function recordLine(path: string): number | null {
  const m = /:(\d+)$/.exec(path);
  return m ? Number(m[1]) : null;
}
