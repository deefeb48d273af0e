import { aupmXmlReader } from './aupm-xml.js';
import { jsonlReader } from './jsonl.js';
import { markdownReader } from './markdown.js';
import type { Reader, RecordsReader } from './reader.js';
import { textReader } from './text.js';
import { TEXT_PARTS_OVER, textPartsReader } from './text-parts.js';

/** Every reader, in sniffing order: the most specific signature first, plain text last as the catch-all. */
export const readers: readonly Reader[] = Object.freeze([markdownReader, aupmXmlReader, textReader]);

/** Formats whose files hold many documents, one per record; chosen by extension only. */
export const recordsReaders: readonly RecordsReader[] = Object.freeze([jsonlReader, textPartsReader]);

/** Extensions (lower case, no dot) a folder walk should pick up. Files without an extension are read too when named explicitly. */
export const SUPPORTED_EXTENSIONS: readonly string[] = Object.freeze([...new Set([...readers, ...recordsReaders].flatMap((r) => r.extensions))]);

/**
 * Chooses the reader for one input: by extension, else by sniffing the
 * decoded head (`<stdin>`, no extension, unknown extension). One exception:
 * a `.txt` that opens with YAML front matter is Markdown with front matter
 * (that is how Beehive releases are often saved), so content wins there.
 */
export function readerFor(path: string, head: string): Reader {
  const extension = extensionOf(path);
  const byExtension = extension === null ? undefined : readers.find((r) => r.extensions.includes(extension));
  if (byExtension === textReader && markdownReader.sniff(head)) return markdownReader;
  if (byExtension) return byExtension;
  return readers.find((r) => r.sniff(head)) ?? textReader;
}

/**
 * The records reader for a file whose extension names a multi-record format
 * (`.jsonl`, `.ndjson`), or, given its `size`, for a plain-text file too big
 * to read as one document (`text-parts`); null for a one-document file.
 * Never by content: a stray `{` opening a text file must not turn it into
 * records, and stdin is one document.
 */
export function recordsReaderFor(path: string, size = 0): RecordsReader | null {
  const extension = extensionOf(path);
  if (extension === null) return null;
  if (size > TEXT_PARTS_OVER && textReader.extensions.includes(extension)) return textPartsReader;
  return recordsReaders.find((r) => r.extensions.includes(extension)) ?? null;
}

function extensionOf(path: string): string | null {
  if (path === '<stdin>' || path === '-') return null;
  const name = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? null : name.slice(dot + 1).toLowerCase();
}
