import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { Document } from '../core/index.js';
import { readDocument, readRecord, recordPath, recordsReaderFor } from '../ingest/index.js';
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

/**
 * One document's worth of input, in input order: a one-document input (a
 * file, stdin); one record of a multi-record file (`.jsonl`), with its bytes
 * and its own path `file:line`; a failure in place of a record (too large)
 * or of a whole records file (unreadable, no records); and, after a records
 * file's last record, its end.
 */
export type InputUnit =
  | { readonly type: 'input'; readonly entry: InputEntry }
  | { readonly type: 'record'; readonly entry: InputEntry; readonly path: string; readonly format: string; readonly bytes: Uint8Array }
  | { readonly type: 'failed'; readonly entry: InputEntry; readonly failed: Document }
  /** `bytes`: the file's bytes in no record (line ends, blank lines), so byte counts add up to the file. */
  | { readonly type: 'end'; readonly entry: InputEntry; readonly bytes: number };

/**
 * Expands inputs into units. A records file is streamed (never held whole):
 * `--max-bytes` applies to each record, and to the file only for a plain
 * text read in parts. Never throws on content or on a file that cannot be
 * read.
 */
export async function* inputUnits(entries: readonly InputEntry[], options: Pick<ReadInputOptions, 'maxBytes'>): AsyncGenerator<InputUnit> {
  for (const entry of entries) {
    const reader = entry.type === 'file' ? recordsReaderFor(entry.path, entry.size) : null;
    if (!reader || entry.type !== 'file') {
      yield { type: 'input', entry };
      continue;
    }
    if (reader.fileLimit && entry.size > options.maxBytes) {
      yield { type: 'failed', entry, failed: tooLarge(entry.path, entry.size, options.maxBytes) };
      yield { type: 'end', entry, bytes: 0 };
      continue;
    }
    let records = 0;
    let inRecords = 0;
    let read = 0;
    const stream = createReadStream(entry.path);
    const chunks = async function* (): AsyncGenerator<Uint8Array> {
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        read += chunk.length;
        yield chunk;
      }
    };
    try {
      for await (const raw of reader.split(chunks(), options.maxBytes)) {
        records += 1;
        const path = recordPath(entry.path, raw.line);
        if ('tooLarge' in raw) {
          inRecords += raw.tooLarge;
          yield { type: 'failed', entry, failed: tooLarge(path, raw.tooLarge, options.maxBytes, 'record') };
        } else {
          inRecords += raw.bytes.byteLength;
          yield { type: 'record', entry, path, format: reader.name, bytes: raw.bytes };
        }
      }
      if (records === 0) {
        records += 1;
        yield { type: 'failed', entry, failed: failedDocument(entry.path, read, 'empty-document', `${entry.path} holds no records: every line is blank.`) };
      }
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const reason = code === 'ENOENT' ? `${entry.path} vanished before it could be read.` : `${entry.path} cannot be read: ${(error as Error).message}`;
      yield { type: 'failed', entry, failed: failedDocument(entry.path, 0, code === 'ENOENT' ? 'file-vanished' : 'unreadable', reason) };
    } finally {
      stream.destroy();
    }
    yield { type: 'end', entry, bytes: Math.max(0, read - inRecords) };
  }
}

/** The document of a unit that is one (an input, a record or a failure), read on this thread; null for an end. */
export async function readUnit(unit: InputUnit, options: ReadInputOptions): Promise<Document | null> {
  switch (unit.type) {
    case 'input':
      return readInput(unit.entry, options);
    case 'record':
      return readRecord({ path: unit.path, bytes: unit.bytes }, unit.format);
    case 'failed':
      return unit.failed;
    case 'end':
      return null;
  }
}

function tooLarge(path: string, size: number, max: number, what: 'document' | 'record' = 'document'): Document {
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  const over = `is ${mb(size)}, over the ${mb(max)} limit for one document`;
  return failedDocument(
    path,
    size,
    'document-too-large',
    what === 'record' ? `Record ${path} ${over}; shorten it, or raise the limit with --max-bytes.` : `${path} ${over}; split it, or raise the limit with --max-bytes.`,
  );
}
