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
