import { message, type Document, type Message } from '../core/index.js';
import { failedDocument } from './build.js';
import type { RawInput, Reader } from './reader.js';
import { readerFor, recordsReaders } from './registry.js';
import { textReader } from './text.js';

export type { Reader, RawInput, RawRecord, RecordsReader } from './reader.js';
export { recordPath } from './reader.js';
export { readers, readerFor, recordsReaderFor, SUPPORTED_EXTENSIONS } from './registry.js';
export { markdownReader } from './markdown.js';
export { textReader } from './text.js';
export { aupmXmlReader } from './aupm-xml.js';
export { parseCalendarDate } from './calendar-date.js';
export { withFallbackPublished } from './build.js';

/** Enough of the file to recognise its format; decoding it leniently is fine for sniffing. */
const HEAD_BYTES = 4096;
const headDecoder = new TextDecoder('utf-8');

/**
 * Decodes, chooses a reader (by extension, else by content) and reads one
 * input. Never throws on content, and not on a reader's bug either: readers
 * are meant never to throw, but one input that finds a way (a stack overflow,
 * a parser's internal error) must not end the batch it is in. A reader that
 * throws gets a second chance as plain text, with a `reader-crashed` warning;
 * when even that throws, the document fails with a `reader-crashed` error.
 */
export function readDocument(input: RawInput): Document {
  let reader: Reader = textReader;
  let crash: unknown;
  try {
    reader = readerFor(input.path, headDecoder.decode(input.bytes.subarray(0, HEAD_BYTES)));
    return reader.read(input);
  } catch (error) {
    crash = error;
  }
  const first = crashMessage(input, reader.name, crash, reader === textReader ? 'error' : 'warning');
  if (reader !== textReader) {
    try {
      const plain = textReader.read(input);
      return { ...plain, messages: [first, ...plain.messages] };
    } catch (error) {
      return failedDocument(input, reader.name, 'other', [first, crashMessage(input, textReader.name, error, 'error')]);
    }
  }
  return failedDocument(input, reader.name, 'other', [first]);
}

/**
 * Reads one record of a multi-record file with the records reader named
 * `format` (as `recordsReaderFor` chose it for the file). Never throws: a
 * reader bug fails only this record, with a `reader-crashed` error (a record
 * has no plain-text form to fall back to).
 */
export function readRecord(input: RawInput, format: string): Document {
  const reader = recordsReaders.find((r) => r.name === format);
  if (!reader) return failedDocument(input, format, 'other', [message({ code: 'reader-crashed', severity: 'error', reason: `No records reader is called '${format}'.`, origin: `reader:${format}` })]);
  try {
    return reader.read(input);
  } catch (error) {
    return failedDocument(input, reader.name, 'other', [crashMessage(input, reader.name, error, 'error')]);
  }
}

function crashMessage(input: RawInput, reader: string, error: unknown, severity: 'error' | 'warning'): Message {
  const what = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  // The first line only, shortened: a message is for the user, not a stack trace.
  const brief = (what.split('\n')[0] ?? what).slice(0, 200);
  return message({
    code: 'reader-crashed',
    severity,
    reason:
      severity === 'warning'
        ? `The ${reader} reader failed on ${input.path} (${brief}); its text is kept as plain text.`
        : `The ${reader} reader failed on ${input.path} (${brief}); the document is not stored.`,
    origin: `reader:${reader}`,
  });
}
