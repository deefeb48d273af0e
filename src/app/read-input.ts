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

/** An input's bytes, or the failed document that says why there are none. */
export type InputBytes = { readonly ok: true; readonly bytes: Uint8Array } | { readonly ok: false; readonly failed: Document };

/**
 * Reads one input's bytes without decoding them. Ingest hashes the bytes
 * before deciding whether a reader runs at all, and parses in a worker, so
 * reading and reading-into-a-document are separate steps. Never throws.
 */
export async function readInputBytes(entry: InputEntry, options: ReadInputOptions): Promise<InputBytes> {
  let bytes: Uint8Array;
  if (entry.type === 'stdin') {
    try {
      bytes = await options.readStdin();
    } catch (error) {
      return { ok: false, failed: failedDocument(entry.path, 0, 'unreadable', `Standard input cannot be read: ${(error as Error).message}`) };
    }
  } else {
    if (entry.size > options.maxBytes) return { ok: false, failed: tooLarge(entry.path, entry.size, options.maxBytes) };
    try {
      bytes = await readFile(entry.path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const reason =
        code === 'ENOENT'
          ? `${entry.path} vanished before it could be read.`
          : `${entry.path} cannot be read: ${(error as Error).message}`;
      return { ok: false, failed: failedDocument(entry.path, entry.size, code === 'ENOENT' ? 'file-vanished' : 'unreadable', reason) };
    }
  }
  // A file can grow between listing and reading; stdin has no size up front.
  if (bytes.byteLength > options.maxBytes) return { ok: false, failed: tooLarge(entry.path, bytes.byteLength, options.maxBytes) };
  return { ok: true, bytes };
}

/** Reads one input into a Document; every failure becomes a failed document, never an exception. */
export async function readInput(entry: InputEntry, options: ReadInputOptions): Promise<Document> {
  const read = await readInputBytes(entry, options);
  return read.ok ? readDocument({ path: entry.path, bytes: read.bytes }) : read.failed;
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
