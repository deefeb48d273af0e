import { readFile } from 'node:fs/promises';
import type { Document } from '../core/index.js';
import { readDocument } from '../ingest/index.js';
import { failedDocument } from './failed-document.js';
import type { InputEntry } from './input-files.js';

export interface ReadInputOptions {
  /** Larger files are refused before they are read, so one stray dump cannot exhaust memory. */
  readonly maxBytes: number;
  readonly readStdin: () => Promise<Uint8Array>;
}

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/** Reads one input into a Document; every failure becomes a failed document, never an exception. */
export async function readInput(entry: InputEntry, options: ReadInputOptions): Promise<Document> {
  let bytes: Uint8Array;
  if (entry.type === 'stdin') {
    try {
      bytes = await options.readStdin();
    } catch (error) {
      return failedDocument(entry.path, 0, 'unreadable', `Standard input cannot be read: ${(error as Error).message}`);
    }
  } else {
    if (entry.size > options.maxBytes) return tooLarge(entry.path, entry.size, options.maxBytes);
    try {
      bytes = await readFile(entry.path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const reason =
        code === 'ENOENT'
          ? `${entry.path} vanished before it could be read.`
          : `${entry.path} cannot be read: ${(error as Error).message}`;
      return failedDocument(entry.path, entry.size, code === 'ENOENT' ? 'file-vanished' : 'unreadable', reason);
    }
  }
  // A file can grow between listing and reading; stdin has no size up front.
  if (bytes.byteLength > options.maxBytes) return tooLarge(entry.path, bytes.byteLength, options.maxBytes);
  return readDocument({ path: entry.path, bytes });
}

function tooLarge(path: string, size: number, max: number): Document {
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  return failedDocument(
    path,
    size,
    'document-too-large',
    `${path} is ${mb(size)}, over the ${mb(max)} limit for one document; split it, or raise the limit with --max-bytes.`,
  );
}
